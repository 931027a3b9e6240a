// The escapes hast-util-to-html writes with its default settings, so HTML built as a string
// here is byte for byte what the hast pipeline prints: in text `<` and `&`; in a
// double-quoted attribute NUL, `"`, `&`, `'` and backtick; each as an upper-case hexadecimal
// reference (`&#x3C;`).
const textSpecial = /[&<]/;
const textSpecials = /[&<]/g;
const attributeSpecial = /[\0"&'`]/;
const attributeSpecials = /[\0"&'`]/g;

const reference = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;

/**
 * Escapes text content as hast-util-to-html does.
 * @example escapeText('1 < 2 & 3 > 2') === '1 &#x3C; 2 &#x26; 3 > 2'
 */
export function escapeText(value: string): string {
  return textSpecial.test(value) ? value.replace(textSpecials, reference) : value;
}

/**
 * Escapes a double-quoted attribute value as hast-util-to-html does.
 * @example escapeAttribute('a "b" & c') === 'a &#x22;b&#x22; &#x26; c'
 */
export function escapeAttribute(value: string): string {
  return attributeSpecial.test(value) ? value.replace(attributeSpecials, reference) : value;
}

const asciiAlphanumeric = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// ASCII characters a URL keeps as they are: `!#$&'()*+,-./0-9:;=?@A-Z_a-z~`, as a table, as
// this runs on every character of every link.
const keptAscii = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  keptAscii[c] = /[!#$&-;=?-Z_a-z~]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Percent-encodes a Markdown link or image destination as the Markdown engine does for the
 * `href` and `src` it writes (micromark's `normalizeUri`): characters outside the URL-safe
 * ASCII set are encoded as UTF-8, a `%` stays when two letters or digits follow it, and a lone
 * surrogate becomes U+FFFD.
 * @example normalizeUri('a b/é?x="1"') === 'a%20b/%C3%A9?x=%221%22'
 */
export function normalizeUri(value: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let replace = '';
    let skip = 0;
    if (
      c === 0x25 &&
      asciiAlphanumeric(value.charCodeAt(i + 1)) &&
      asciiAlphanumeric(value.charCodeAt(i + 2))
    )
      skip = 2;
    else if (c < 0x80) {
      if (keptAscii[c] === 0) replace = value[i]!;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (c < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        replace = value.slice(i, i + 2);
        skip = 1;
      } else replace = '\uFFFD';
    } else replace = value[i]!;
    if (replace) {
      out += value.slice(start, i) + encodeURIComponent(replace);
      start = i + skip + 1;
    }
    i += skip;
  }
  return start === 0 ? value : out + value.slice(start);
}
