import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const broken = (body: string) =>
  parseArticle(`---\ntitle: x\n---\n${body}\n`, 'posts/x.md')
    .diagnostics.filter((d) => d.code === 'malformed-link')
    .map((d) => [d.line, d.column, d.message.slice(d.message.indexOf('`'))]);

describe('malformed links', () => {
  it('are found where code, a link or HTML stands between the text and the `(`', () => {
    expect(broken('[a]`x`(http://y)')).toEqual([[4, 1, '`[a]`x`(http://y)`.']]);
    expect(broken('[a] [l](u) (#x)')).toEqual([[4, 1, '`[a] [l](u) (#x)`.']]);
    expect(broken('[a]www.b.com (http://c)')).toEqual([[4, 1, '`[a]www.b.com (http://c)`.']]);
  });

  it('are found after a tab, in headings and table cells, and as empty brackets', () => {
    expect(broken('x [a]\t(www.x.com) y')).toEqual([[4, 3, '`[a]\t(www.x.com)`.']]);
    expect(broken('# [h] (/x)')).toEqual([[4, 3, '`[h] (/x)`.']]);
    expect(broken('| [a] (http://x) |\n|---|\n| []z |')).toEqual([
      [4, 3, '`[a] (http://x)`.'],
      [6, 3, '`[]z |`.'],
    ]);
  });

  it('are not reported for text with parentheses but no brackets before them', () => {
    expect(broken('Jane Doe (ACME) talked (at length) about [links](http://x).')).toEqual([]);
  });
});
