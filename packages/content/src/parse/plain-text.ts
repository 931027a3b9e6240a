import type { Nodes } from 'mdast';
import { htmlNodeTextBlocks } from './html-text.ts';

// Raw HTML is not among them: in a paragraph it is a tag between words (`Hi <b>there</b>`);
// in these, whose children are all blocks, it is a block of HTML, read for its text.
const flowTypes = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Whether a node of this type holds blocks only, so that raw HTML in it is a block of HTML. */
export const holdsBlocks = (type: string): boolean => flowTypes.has(type);

const blockTypes = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'table',
  'tableRow',
  'footnoteDefinition',
  'thematicBreak',
]);

// White space other than a single space: a run to collapse. Testing first spares building a
// new string for most text, which has none. `\s` but the space is spelled out, as a class of
// listed characters is searched several times faster than `[^\S ]`.
const needsCollapse =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| \s/;

/** `value` with each run of white space as one space; the string itself when it has none. */
function collapseSpaces(value: string): string {
  return needsCollapse.test(value) ? value.replace(/\s+/g, ' ') : value;
}

const hasText = /\S/;
const lineBreakTag = /^<br\s*\/?>$/i;

/**
 * The readable text of a node: text, inline code, image alt, code blocks and the text of
 * blocks of HTML (not of tags between words, nor of scripts and styles). Blocks
 * are separated by a blank line; runs of spaces and line breaks inside a paragraph become one
 * space.
 * @example plainText(parseArticle('Hi *there*\n\n- a\n- b', 'posts/a.md').tree!) === 'Hi there\n\na\n\nb'
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
      return lineBreakTag.test(node.value) ? ' ' : '';
    case 'definition':
    case 'yaml':
    case 'thematicBreak':
      return '';
    default: {
      if (!('children' in node)) return '';
      const children = node.children as Nodes[];
      if (node.type === 'tableRow') return children.map(plainText).join(' | ');
      let blocks = flowTypes.has(node.type);
      for (const child of children) if (blockTypes.has(child.type)) blocks = true;
      if (!blocks) {
        let out = '';
        for (const child of children) out += plainText(child);
        return out;
      }
      // Blocks with text, a blank line apart. Joined, not concatenated: the result is one flat
      // string, which the word count then reads character by character.
      const parts: string[] = [];
      for (const child of children) {
        const part =
          child.type === 'html' ? htmlNodeTextBlocks(child).join('\n\n') : plainText(child);
        if (hasText.test(part)) parts.push(part);
      }
      return parts.join('\n\n');
    }
  }
}

// Letters and digits (`\p{L}`, `\p{N}`) of the Basic Multilingual Plane, found out on first
// sight (0 not yet, 1 yes, 2 no); ASCII up front. Code points above it ask the expression.
const letterOrDigit = /[\p{L}\p{N}]/u;
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) bmp[c] = letterOrDigit.test(String.fromCharCode(c)) ? 1 : 2;

function bmpWordChar(code: number): boolean {
  let known = bmp[code]!;
  if (known === 0) {
    known = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
    bmp[code] = known;
  }
  return known === 1;
}

/** Whether a letter or digit starts at `i`; a lone surrogate is none, as in a `u` expression. */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return bmp[c] === 1;
  if (c < 0xd800 || c > 0xdbff) return bmpWordChar(c);
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
  return letterOrDigit.test(text.slice(i, i + 2));
}

// Characters as the word count sees them: 0 other, 1 letter or digit, 2 joiner (' ’ -).
const asciiClass = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) asciiClass[c] = bmp[c] === 1 ? 1 : c === 0x27 || c === 0x2d ? 2 : 0;
// The count as a machine of three states: 0 outside a word, 1 in a word, 2 at a joiner right
// after a word (a letter or digit next continues the word). Indexed by state * 3 + class.
const nextState = new Uint8Array([0, 1, 0, 0, 1, 2, 0, 1, 0]);
const wordStarts = new Uint8Array([0, 1, 0, 0, 0, 0, 0, 0, 0]);
// The same machine for an ASCII character, nearly every character read, in one lookup:
// indexed by state * 128 + code, the next state, plus 4 when a word starts there.
const asciiStep = new Uint8Array(3 * 0x80);
for (let state = 0; state < 3; state++)
  for (let c = 0; c < 0x80; c++) {
    const at = state * 3 + asciiClass[c]!;
    asciiStep[state * 0x80 + c] = nextState[at]! | (wordStarts[at]! << 2);
  }

/**
 * Words in a text: runs of letters or digits (with inner apostrophes and hyphens), that is
 * the matches of `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` (global, Unicode), counted in one
 * pass without building them; but Chinese and Japanese, written without spaces, count each
 * ideograph and kana as a word, as word processors count them.
 * @example countWords("It's a well-known fact: 42.") === 5
 */
export function countWords(text: string): number {
  return textLength(text).words;
}

/**
 * `countWords`, and how many of the words are Chinese or Japanese characters (which are read
 * faster, a character at a time), in one pass.
 * @example textLength('Go 很好') // { words: 3, cjk: 2 }
 */
export function textLength(text: string): { words: number; cjk: number } {
  let count = 0;
  let cjk = 0;
  let state = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const step = asciiStep[(state << 7) | c]!;
      count += step >> 2;
      state = step & 3;
      continue;
    }
    let kind: number;
    if (c === 0x2019) kind = 2;
    else if (isCjkCode(c, text.charCodeAt(i + 1))) {
      cjk++;
      count++;
      state = 0;
      if (c >= 0xd800) i++;
      continue;
    } else {
      kind = wordCharAt(text, i) ? 1 : 0;
      // The second half of a pair is no character of its own.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++;
      }
    }
    const at = state * 3 + kind;
    count += wordStarts[at]!;
    state = nextState[at]!;
  }
  return { words: count, cjk };
}

/**
 * Whether a code unit (with the next, for a pair) is a Han ideograph, a kana or an iteration
 * mark: the characters of Chinese and Japanese, which put no space between words. Hangul is
 * written with spaces and counts by them.
 */
function isCjkCode(c: number, next: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9d) ||
    c === 0x3005 ||
    // Planes 2 and 3: the rarer ideographs, as a pair of code units.
    (c >= 0xd840 && c <= 0xd8bf && next >= 0xdc00 && next <= 0xdfff)
  );
}
