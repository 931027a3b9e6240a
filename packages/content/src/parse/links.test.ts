import { describe, expect, it } from 'vitest';
import { links } from './links.ts';
import { parseMarkdown } from './mdast.ts';

describe('links', () => {
  it('reads inline links and references in document order, with file positions', () => {
    const body =
      '# [Deck](https://speakerdeck.com/a)\n\nSee [the video][v] and [code](https://github.com/x/y).\n\n[v]: https://youtu.be/z\n';
    expect(links(parseMarkdown(body), 5)).toEqual([
      { url: 'https://speakerdeck.com/a', text: 'Deck', line: 5, column: 3, kind: 'slides' },
      { url: 'https://youtu.be/z', text: 'the video', line: 7, column: 5, kind: 'video' },
      { url: 'https://github.com/x/y', text: 'code', line: 7, column: 24, kind: 'github' },
    ]);
  });

  it('resolves a reference by its case-insensitive label, defined before or after it', () => {
    const body = '[A][Slides] [B][deck]\n\n[slides]: https://example.com/a.pdf\n\n[deck]: /b\n';
    expect(links(parseMarkdown(body), 1).map((l) => [l.url, l.kind])).toEqual([
      ['https://example.com/a.pdf', 'slides'],
      ['/b', 'other'],
    ]);
  });
});
