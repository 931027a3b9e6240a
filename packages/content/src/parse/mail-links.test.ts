import { describe, expect, it } from 'vitest';
import { plainMail } from './mail-links.ts';
import { parseArticle } from './parse-article.ts';

const htmlOf = (body: string) =>
  parseArticle(`---\ntitle: T\n---\n${body}`, 'posts/t.md').post!.html;

describe('mail links of a post', () => {
  it('keep their address when their fields only fill in a message', () => {
    expect(plainMail('mailto:a@example.org')).toBe(true);
    expect(plainMail('mailto:a@example.org?subject=Hi&body=There&CC=b@example.org')).toBe(true);
    expect(htmlOf('[write](mailto:a@example.org?subject=Hi&body=x)')).toContain(
      '<a href="mailto:a@example.org?subject=Hi&#x26;body=x">write</a>',
    );
  });

  it.each([
    ['Markdown', '[write to me](mailto:a@example.org?subject=Hi&attach=/etc/passwd)'],
    [
      'raw HTML, the field written with a reference',
      '<a href="MAILTO:a@example.org?&#x61;ttach=~/.ssh/id_rsa">write to me</a>',
    ],
    [
      'a field in upper case, beside a footnote',
      '[write to me](mailto:a@example.org?ATTACHMENT=x)[^1]\n\n[^1]: n',
    ],
  ])(
    'lose their address, and keep their words, when a field would attach a file (%s)',
    (_, body) => {
      const html = htmlOf(body);
      expect(html).not.toMatch(/href="mailto/i);
      expect(html).toMatch(/<a>write to me<\/a>/);
    },
  );
});
