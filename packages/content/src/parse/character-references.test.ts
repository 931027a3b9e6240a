import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from './character-references.ts';
import { parseArticle } from './parse-article.ts';

describe('decodeCharacterReferences', () => {
  it('reads named, decimal and hexadecimal references as their characters', () => {
    expect(decodeCharacterReferences('I&#8217;m &amp; you &ndash; &#x1F680; &hellip;')).toBe(
      'I’m & you – 🚀 …',
    );
  });

  it('keeps as written what stands for nothing or for a control character', () => {
    for (const text of [
      '&nosuch;',
      '&#27;[31m',
      '&#x9b;',
      '&#xD800;',
      '&#1114112;',
      'R&D',
      'a & b',
    ])
      expect(decodeCharacterReferences(text), text).toBe(text);
  });

  it("reads a WordPress export's title, subtitle and description as a page shows them", () => {
    const { post } = parseArticle(
      '---\ntitle: "Container Days: what I&#8217;m taking home"\nsubtitle: Tips &amp; tricks\n' +
        'description: "&ldquo;Great&rdquo;"\nslug: a&amp;b\n---\nBody\n',
      'posts/x.md',
    );
    expect(post).toMatchObject({
      title: 'Container Days: what I’m taking home',
      subtitle: 'Tips & tricks',
      description: '“Great”',
    });
  });
});
