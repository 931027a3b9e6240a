import { describe, expect, it } from 'vitest';
import { HtmlSourceMap, type SourcePiece } from './html-source-map.ts';

/** Appends each text node in turn; returns the text and, for each piece, its source slice. */
function place(raw: string, values: string[], start = { line: 1, column: 1 }) {
  const map = new HtmlSourceMap(raw, start);
  const pieces: SourcePiece[] = [];
  let text = '';
  for (const v of values) text = map.append(text, v, pieces);
  const lines = raw.split('\n');
  const sourceOf = (p: SourcePiece) => {
    const line = lines[p.line - start.line]!;
    const from = p.line === start.line ? p.column - start.column : p.column - 1;
    return line.slice(from, from + p.length);
  };
  return {
    text,
    pieces,
    sources: pieces.map((p) => [text.slice(p.at, p.at + p.length), sourceOf(p)]),
  };
}

/** The source from where the text's character at `offset` stands (one-line sources). */
function sourceAt(raw: string, pieces: SourcePiece[], offset: number): string {
  const p = pieces.findLast((q) => q.at <= offset)!;
  return raw.slice(p.column - 1 + Math.min(offset - p.at, p.length));
}

describe('HtmlSourceMap', () => {
  it('places each text node where it stands in the source, past the markup', () => {
    const { text, sources } = place('<p>Jane Doe spoke on <strong>Scaling Widgets</strong>.</p>', [
      'Jane Doe spoke on ',
      'Scaling Widgets',
      '.',
    ]);
    expect(text).toBe('Jane Doe spoke on Scaling Widgets.');
    for (const [flat, source] of sources) expect(source).toBe(flat);
    expect(sources.map(([flat]) => flat)).toContain('Scaling Widgets');
  });

  it('places a character reference at its `&`, and the words after it where they stand', () => {
    const raw = '<p>Bob &amp; Ann on &#8220;Networking&#8221; today</p>';
    const { text, pieces } = place(raw, ['Bob & Ann on “Networking” today']);
    expect(text).toBe('Bob & Ann on “Networking” today');
    const at = (word: string) => sourceAt(raw, pieces, text.indexOf(word));
    expect(at('&')).toMatch(/^&amp; Ann/);
    expect(at('Ann')).toMatch(/^Ann on/);
    expect(at('“')).toMatch(/^&#8220;Networking/);
    expect(at('Networking')).toMatch(/^Networking&#8221;/);
    expect(at('”')).toMatch(/^&#8221; today/);
    expect(at('today')).toMatch(/^today</);
  });

  it('collapses white space, `&nbsp;` among it, and keeps lines and columns right after a line break', () => {
    const raw = '<li>Secrets\n   at&nbsp;Scale</li>';
    const { text, pieces } = place(raw, ['Secrets\n   at\u00a0Scale'], { line: 10, column: 5 });
    expect(text).toBe('Secrets at Scale');
    expect(pieces[0]).toMatchObject({ line: 10, column: 9 });
    expect(pieces.find((p) => text.slice(p.at, p.at + p.length) === 'at')).toMatchObject({
      line: 11,
      column: 4,
    });
    expect(pieces.at(-1)).toMatchObject({ line: 11, column: 12 });
  });

  it('steps over comments and a `>` inside a quoted attribute value', () => {
    const raw = '<!-- a > b --><a title="x > y" href="/t">Talk</a>';
    const { pieces } = place(raw, ['Talk']);
    expect(raw.slice(pieces[0]!.column - 1, pieces[0]!.column + 3)).toBe('Talk');
  });

  it('places characters outside the Basic Multilingual Plane, written out or as references', () => {
    const raw = '<p>Rocket 🚀 talk &#128640; end</p>';
    const { text, pieces } = place(raw, ['Rocket 🚀 talk 🚀 end']);
    expect(text).toBe('Rocket 🚀 talk 🚀 end');
    // Where the second rocket and the word after it start in the source.
    const at = (offset: number) => sourceAt(raw, pieces, offset);
    expect(at(text.indexOf('🚀'))).toMatch(/^🚀 talk/);
    expect(at(text.lastIndexOf('🚀'))).toMatch(/^&#128640;/);
    expect(at(text.indexOf('end'))).toMatch(/^end</);
  });

  it('gives no pieces to text it cannot find, and still places the text after it', () => {
    const { text, pieces, sources } = place('<p>First</p><p>Third</p>', ['Moved', 'Third']);
    expect(text).toBe('MovedThird');
    expect(pieces).toHaveLength(1);
    expect(sources[0]).toEqual(['Third', 'Third']);
  });
});
