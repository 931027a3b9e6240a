import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const htmlOf = (body: string) =>
  parseArticle(`---\ntitle: T\n---\n${body}`, 'posts/t.md').post!.html;

describe('a raw HTML link whose text is an address', () => {
  it('keeps its text and its address, with no second link inside it', () => {
    expect(htmlOf('See <a href="https://x.example/">https://x.example/</a> now.')).toBe(
      '<p id="p-1">See <a href="https://x.example/">https://x.example/</a> now.</p>',
    );
    expect(htmlOf('## Docs at <a href="http://y.example">www.y.example</a>')).toContain(
      '<a href="http://y.example">www.y.example</a></h2>',
    );
  });

  it('leaves the links the Markdown engine makes outside it', () => {
    const html = htmlOf(
      'Text www.example.com, <a href="http://y.example">the www.y.example site</a> and https://z.example.',
    );
    expect([...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['http://www.example.com', 'www.example.com'],
      ['http://y.example', 'the www.y.example site'],
      ['https://z.example', 'https://z.example'],
    ]);
  });
});
