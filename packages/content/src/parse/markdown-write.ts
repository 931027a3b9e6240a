// Markdown written over a span of the source (a template tag, a shortcode) without moving any
// offset: what it stands for, padded with spaces, its line breaks kept.

/** Text as a link's or an image's text: one line, brackets and backslashes escaped. */
export const escapeText = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/[\\[\]]/g, '\\$&');

/** A destination as Markdown writes it: in angle brackets when it holds spaces or parentheses. */
export const destination = (url: string): string => (/[\s()]/.test(url) ? `<${url}>` : url);

/** A link's or an image's title, with its leading space; none when there is no title. */
export const titled = (title: string | undefined): string =>
  title ? ` "${title.replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&')}"` : '';

/** A piece of Markdown to write over a span: at `at` (from the span's start), or after the last. */
export interface Piece {
  readonly text: string;
  readonly at?: number;
}

/**
 * `span` written over with `pieces` in order, every other character a space and every line break
 * kept; undefined when they do not fit: past its end, over each other, a line break of one not
 * on a line break of the other, or (`indent`, the columns before a span that starts its line)
 * so far in that the line would read as indented code.
 * @example layOut('{{< x a="b" >}}', [{ text: 'b', at: 8 }], -1) // '        b      '
 */
export function layOut(span: string, pieces: readonly Piece[], indent: number): string | undefined {
  const out = span.replace(/[^\n]/g, ' ').split('');
  let cursor = 0;
  for (const piece of pieces) {
    const at = piece.at ?? (cursor === 0 ? 0 : cursor + 1);
    if (at < cursor || at + piece.text.length > span.length) return undefined;
    for (let i = 0; i < piece.text.length; i++) {
      if ((piece.text[i] === '\n') !== (span[at + i] === '\n')) return undefined;
      out[at + i] = piece.text[i]!;
    }
    cursor = at + piece.text.length;
  }
  const written = out.join('');
  if (indent >= 0) {
    const first = written.search(/\S/);
    if (first === -1 || written.slice(0, first).includes('\n') || indent + first >= 4)
      return undefined;
  }
  return written;
}
