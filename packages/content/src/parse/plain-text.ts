import type { Nodes } from 'mdast';

const blockTypes = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'table',
  'tableRow',
  'html',
  'footnoteDefinition',
  'thematicBreak',
]);

// JavaScript's `\s`: where a run of white space starts that must become one space.
const isSpace = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  (c >= 0x80 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** `value` with each run of white space as one space; the string itself when it has none. */
function collapseSpaces(value: string): string {
  // Most text has only single spaces: look before building a new string.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x20 ? isSpace(value.charCodeAt(i + 1)) : isSpace(c))
      return value.replace(/\s+/g, ' ');
  }
  return value;
}

const hasText = /\S/;

/**
 * The readable text of a node: text, inline code, image alt and code blocks; no HTML. Blocks
 * are separated by a blank line; runs of spaces and line breaks inside a paragraph become one
 * space.
 * @example plainText(parseMarkdown('Hi *there*\n\n- a\n- b')) === 'Hi there\n\na\n\nb'
 */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return collapseSpaces(node.value);
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
    case 'definition':
    case 'yaml':
    case 'thematicBreak':
      return '';
    default: {
      if (!('children' in node)) return '';
      const children = node.children as Nodes[];
      if (node.type === 'tableRow') return children.map(plainText).join(' | ');
      let blocks = false;
      for (const child of children) if (blockTypes.has(child.type)) blocks = true;
      let out = '';
      if (!blocks) {
        for (const child of children) out += plainText(child);
        return out;
      }
      // Blocks with text, a blank line apart.
      let first = true;
      for (const child of children) {
        const part = plainText(child);
        if (!hasText.test(part)) continue;
        out = first ? part : `${out}\n\n${part}`;
        first = false;
      }
      return out;
    }
  }
}

// Letters and digits (`\p{L}`, `\p{N}`): a table for ASCII, a cache filled on first sight for
// the rest of the Basic Multilingual Plane, the expression for the planes above it.
const letterOrDigit = /[\p{L}\p{N}]/u;
const bmp = new Uint8Array(0x10000); // 0 unknown, 1 yes, 2 no
for (let c = 0; c < 0x80; c++) bmp[c] = letterOrDigit.test(String.fromCharCode(c)) ? 1 : 2;

function isWordChar(code: number): boolean {
  if (code > 0xffff) return letterOrDigit.test(String.fromCodePoint(code));
  let known = bmp[code]!;
  if (known === 0) {
    // A lone surrogate is no letter, as in the `u` expression.
    const lone = code >= 0xd800 && code <= 0xdfff;
    known = !lone && letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
    bmp[code] = known;
  }
  return known === 1;
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d; // ' ’ -

/**
 * Words in a text: runs of letters or digits (with inner apostrophes and hyphens), that is
 * the matches of `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` (global, Unicode), counted in one
 * pass without building them.
 * @example countWords("It's a well-known fact: 42.") === 5
 */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let code = text.codePointAt(i)!;
    if (!isWordChar(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    for (;;) {
      while (i < n && isWordChar((code = text.codePointAt(i)!))) i += code > 0xffff ? 2 : 1;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.codePointAt(i + 1)!)) i++;
      else break;
    }
  }
  return count;
}
