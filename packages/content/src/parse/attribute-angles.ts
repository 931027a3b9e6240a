// The HTML printers (hast-util-to-html, and `htmlFromTree`, which prints what it prints) leave
// `<` and `>` as they are inside a quoted attribute value, as HTML allows. But whoever finds
// tags in a post's HTML by pattern (`<pre`, `<img`), as a site does to mark up code blocks or
// pictures, then finds one inside an `alt` or a `title` and adds attributes there: the quote
// that adds ends the value early, and what the author wrote after the tag's name becomes
// attributes of the element, event handlers included. Written as character references, every
// `<` left in the HTML opens a tag, and every `>` in a tag closes it.

// A quoted value holding an angle bracket; text can look like one too (`a="b>c"`), so it only
// says whether the tags need a look. The run before the bracket holds none, so that a value
// without one is read once, not read again backwards from its closing quote.
const ANGLED_VALUE = /="[^"<>]*[<>]/;
// A start tag as the printers write it: a name, then attributes, each value in double quotes
// (a `"` inside one is written `&#x22;`), since text never holds a raw `<`.
const START_TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;
const QUOTED = /"[^"]*"/g;
const ANGLE = /[<>]/g;

const reference = (c: string) => (c === '<' ? '&#x3C;' : '&#x3E;');
const valuesEscaped = (tag: string) =>
  tag.replace(QUOTED, (value) => value.replace(ANGLE, reference));

/**
 * `html` as the printers wrote it, with each `<` and `>` inside an attribute value written as
 * a character reference, which a browser reads the same.
 * @example escapeAttributeAngles('<img alt="a <b>">') // '<img alt="a &#x3C;b&#x3E;">'
 */
export function escapeAttributeAngles(html: string): string {
  if (!ANGLED_VALUE.test(html)) return html;
  return html.replace(START_TAG, (tag) => (tag.includes('="') ? valuesEscaped(tag) : tag));
}
