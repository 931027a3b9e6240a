import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { htmlToMdast } from './html-to-mdast.ts';

/** Each block as its type, its line and its text. */
const outline = (nodes: RootContent[]): [string, number, string][] =>
  nodes.map((n) => [n.type, n.position!.start.line, textOf(n)]);

function textOf(node: unknown): string {
  const n = node as { value?: string; children?: unknown[]; alt?: string };
  if (typeof n.value === 'string') return n.value;
  if (n.children) return n.children.map(textOf).join('');
  return n.alt ?? '';
}

describe('htmlToMdast', () => {
  it("reads a body written in HTML as Markdown blocks, each on its element's line", () => {
    const blocks = htmlToMdast(
      '<p>Intro &amp; more.</p>\n<h2>Day <em>one</em></h2>\n<ul>\n<li>A by X</li>\n<li><p>B</p></li>\n</ul>\n' +
        '<blockquote><p>Said so.</p></blockquote>\n<pre><code class="language-go">x := 1\n</code></pre>\n<hr>\nloose <b>text</b>',
      10,
    );
    expect(outline(blocks)).toEqual([
      ['paragraph', 10, 'Intro & more.'],
      ['heading', 11, 'Day one'],
      ['list', 12, 'A by XB'],
      ['blockquote', 16, 'Said so.'],
      ['code', 17, 'x := 1'],
      ['thematicBreak', 19, ''],
      ['paragraph', 19, 'loose text'],
    ]);
    expect(blocks[4]).toMatchObject({ lang: 'go' });
    const list = blocks[2] as Extract<RootContent, { type: 'list' }>;
    expect(list.children.map((item) => item.position!.start.line)).toEqual([13, 14]);
  });

  it('keeps bold, italic, code, links, images and line breaks as their Markdown nodes', () => {
    const [p] = htmlToMdast(
      '<p><b>B</b> <i>I</i> <cite>C</cite> <code>x()</code> <a href="https://ex.com">L</a><br><img src="a.png" alt="A"></p>',
    );
    const types = (p as { children: { type: string }[] }).children
      .map((c) => c.type)
      .filter((t) => t !== 'text');
    expect(types).toEqual([
      'strong',
      'emphasis',
      'emphasis',
      'inlineCode',
      'link',
      'break',
      'image',
    ]);
  });

  it('leaves out what no reader sees, and reads a table as a table of its rows', () => {
    const blocks = htmlToMdast(
      '<script>alert(1)</script><style>p{}</style><table><thead><tr><th>Talk</th><th>By</th></tr></thead><tbody><tr><td>T</td><td>X</td></tr><tr><td colspan="2">Lunch</td></tr></tbody></table>',
    );
    expect(blocks.map((b) => b.type)).toEqual(['table']);
    const table = blocks[0]!;
    const cells =
      table.type === 'table'
        ? table.children.map((row) => row.children.map((cell) => textOf(cell)))
        : [];
    expect(cells).toEqual([
      ['Talk', 'By'],
      ['T', 'X'],
      ['Lunch', ''],
    ]);
    // A cell spanning two columns leaves the next cell under its own header.
    const spanned = htmlToMdast(
      '<table><tr><th colspan="2">Day one</th><th>Room</th></tr><tr><td>9:00</td><td>Keynote</td><td>A</td></tr></table>',
    )[0]!;
    expect(
      spanned.type === 'table' ? spanned.children.map((r) => r.children.map(textOf)) : [],
    ).toEqual([
      ['Day one', '', 'Room'],
      ['9:00', 'Keynote', 'A'],
    ]);
  });

  it("keeps a table cell's links and emphasis, and a cell spanning rows in its column", () => {
    const [table] = htmlToMdast(
      '<table><tr><th>Time</th><th>Talk</th><th>Room</th></tr>' +
        '<tr><td rowspan="2">9:00</td><td><a href="https://x.org/slides">Quiet <em>Queues</em></a></td><td>A</td></tr>' +
        '<tr><td><strong>Lunch</strong></td><td>B</td></tr>' +
        '<tr><td>10:00</td><td>Close</td><td>A</td></tr></table>',
      7,
    );
    expect(
      table?.type === 'table' ? table.children.map((r) => r.children.map(textOf)) : [],
    ).toEqual([
      ['Time', 'Talk', 'Room'],
      ['9:00', 'Quiet Queues', 'A'],
      ['', 'Lunch', 'B'],
      ['10:00', 'Close', 'A'],
    ]);
    const cell = table?.type === 'table' ? table.children[1]!.children[1]! : undefined;
    expect(cell?.children[0]).toMatchObject({
      type: 'link',
      url: 'https://x.org/slides',
      children: [{ type: 'text', value: 'Quiet ' }, { type: 'emphasis' }],
      position: { start: { line: 7 } },
    });
    const lunch = table?.type === 'table' ? table.children[2]!.children[1]! : undefined;
    expect(lunch?.children[0]?.type).toBe('strong');
  });

  it('reads HTML nested deeper than the call stack goes', () => {
    const depth = 20_000;
    const deep = htmlToMdast(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`);
    expect(outline(deep).map(([type, , text]) => [type, text])).toEqual([['paragraph', 'deep']]);
    const inline = htmlToMdast(`<p>${'<b>'.repeat(depth)}bold${'</b>'.repeat(depth)}</p>`);
    expect(textOf(inline[0])).toBe('bold');
  });
});
