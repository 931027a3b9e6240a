import type { Html } from 'mdast';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './html-blocks.ts';

const html = (value: string): Html => ({
  type: 'html',
  value,
  position: { start: { line: 3, column: 1, offset: 20 }, end: { line: 3, column: 1, offset: 20 } },
});

const spansOf = (value: string) =>
  htmlBlocks(html(value)).flatMap((b) =>
    b.flat.spans.map((s) => [s.kind, b.flat.text.slice(s.start, s.end), s.url]),
  );

describe('htmlBlocks', () => {
  it('reads headings, paragraphs, quotes and list items as Markdown blocks', () => {
    const blocks = htmlBlocks(
      html(
        '<h2>Day one</h2><p>First <em>para</em>.</p><blockquote><p>Said so.</p></blockquote>' +
          '<ul><li>A by X<ul><li>Nested</li></ul>More of A</li><li><p>B by Y</p></li></ul>',
      ),
    );
    expect(blocks.map((b) => [b.kind, b.flat.text, b.depth, b.item, b.opensList])).toEqual([
      ['heading', 'Day one', 2, undefined, undefined],
      ['paragraph', 'First para.', 0, undefined, undefined],
      ['quote', 'Said so.', 0, undefined, undefined],
      ['item', 'A by X', 1, undefined, true],
      ['item', 'Nested', 2, 3, true],
      ['paragraph', 'More of A', 1, 3, undefined],
      ['item', 'B by Y', 1, undefined, false],
    ]);
  });

  it('sets apart bold, italic, cited, coded, quoted and linked words', () => {
    expect(
      spansOf(
        '<p><b>One</b>, <strong>Two</strong>, <i>Three</i>, <cite>Four</cite>, <code>five()</code>, ' +
          '<q>Six</q> and <a href="https://ex.com/s">Seven</a></p>',
      ),
    ).toEqual([
      ['strong', 'One', undefined],
      ['strong', 'Two', undefined],
      ['emphasis', 'Three', undefined],
      ['emphasis', 'Four', undefined],
      ['code', 'five()', undefined],
      ['quote', 'Six', undefined],
      ['link', 'Seven', 'https://ex.com/s'],
    ]);
  });

  it('reads a table row by row, cells joined as in Markdown, with the header row as header', () => {
    const [row, ...rest] = htmlBlocks(
      html(
        '<table>\n<thead><tr><th>Time</th><th>Talk</th></tr></thead>\n<tbody>\n' +
          '<tr>\n<td>10:00</td>\n<td><p>Secrets</p><p>by Ann</p></td>\n</tr>\n</tbody></table>',
      ),
    );
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ kind: 'row', header: ['Time', 'Talk'] });
    expect(row!.flat.text).toBe('10:00 | Secrets by Ann');
    expect(row!.cells!.map((c) => row!.flat.text.slice(c.start, c.end))).toEqual([
      '10:00',
      'Secrets by Ann',
    ]);
  });

  it('leaves out what no reader sees, and keeps a line break as one', () => {
    const blocks = htmlBlocks(
      html(
        '<div><script>var talk = "by Evil";</script><style>p{}</style>Talk<br>by Ann</div>' +
          '<!-- more -->',
      ),
    );
    expect(blocks.map((b) => b.flat.text)).toEqual(['Talk\nby Ann']);
  });

  it('places words in the body: lines and columns count from where the HTML starts', () => {
    const [p] = htmlBlocks(html('<p>\n  Jane &amp; <strong>Bob</strong></p>'));
    expect(p!.flat.text).toBe('Jane & Bob');
    const bob = p!.flat.pieces.find((piece) => p!.flat.text.slice(piece.at).startsWith('Bob'));
    expect(bob).toMatchObject({ line: 4, column: 22 });
  });

  it('reads HTML nested deeper than the call stack goes', () => {
    const depth = 20_000;
    const blocks = htmlBlocks(html(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`));
    expect(blocks.map((b) => b.flat.text)).toEqual(['deep']);
  });

  it('reads nothing from a comment or from white space', () => {
    expect(htmlBlocks(html('<!-- more -->'))).toEqual([]);
    expect(htmlBlocks(html('<p>  </p>'))).toEqual([]);
  });
});
