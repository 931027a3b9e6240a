// A post's rendered HTML as plain text, for the feeds of a post that has no excerpt (a code
// block alone): the build runs in Node, which has no DOM to read text with. The HTML is the
// core's sanitized output, which escapes `<` and `&` in text as numeric references.

// A tag, attribute values and all: a value may hold `>` (`alt="a > b"`).
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
// Where a block ends, a reader sees a line end: the words of two paragraphs stay apart.
const BLOCK_END =
  /<\/(?:p|li|pre|h[1-6]|blockquote|tr|td|th|dt|dd|figcaption|table|ul|ol)>|<br\s*\/?>/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;

/**
 * The text a reader sees in sanitized HTML: tags dropped, references decoded, blocks on lines
 * of their own, and a code block's lines as they are.
 * @example htmlText('<pre><code>a &#x3C; b\nc</code></pre>') === 'a < b\nc'
 */
export function htmlText(html: string): string {
  return html
    .replace(BLOCK_END, '\n')
    .replace(TAG, '')
    .replace(REFERENCE, (_, hex: string, decimal: string, name: string) =>
      hex || decimal
        ? String.fromCodePoint(Number.parseInt(hex ?? decimal, hex ? 16 : 10))
        : NAMED[name.toLowerCase()]!,
    )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
