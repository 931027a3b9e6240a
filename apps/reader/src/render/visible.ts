// Text from articles is untrusted: a title or a paragraph may hold escape sequences that would
// drive the terminal (recolour it, set the clipboard with OSC 52, spoof a hyperlink with OSC 8,
// ring the bell, reorder text with bidi overrides). Every run of catalog text passes through
// `visible` before it is styled, so such characters are shown as inert, printable text.

import { drawsPresentationWide } from './emoji-cells.ts';

// C0 controls (tab aside), DEL and the C1 range.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates, plus marks and separators that move or break text,
// and the Hangul fillers: blank, yet one or two cells wide in terminals where the layout's
// measure counts none, so a line of them ran past the window.
const INVISIBLE =
  /[\u061c\u115f\u1160\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\u3164\ufeff\uffa0]/g;
// A hyphenation point, invisible unless a line breaks there, and a cell wide in terminals.
const SOFT_HYPHEN = '\u00ad';
// The selector that asks for a symbol's emoji form (❤️). A terminal that draws the pair one cell
// wide (tmux, xterm) draws the symbol alone the same, and without the selector every measure
// agrees with it, Ink's own included, which counts the pair two cells and wrapped the line again.
const PRESENTATION = /\ufe0f/g;

const hex = (char: string): string =>
  `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/** Caret notation for C0 and DEL (`^[` for ESC, `^G` for BEL), `<U+009B>` for the rest. */
function showControl(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  if (code === 0x7f) return '^?';
  return hex(char);
}

/**
 * Replaces every control character, bidi control, line separator and Hangul filler with a
 * visible stand-in; tabs become spaces and soft hyphens go, and so do emoji presentation
 * selectors in a terminal that draws them narrow (see emoji-cells.ts). A newline is kept only
 * when `keepNewlines` is set.
 */
export function visible(text: string, keepNewlines = false): string {
  const drawn =
    !drawsPresentationWide() && text.includes('\ufe0f') ? text.replace(PRESENTATION, '') : text;
  // Nearly all text is clean: one test instead of three replacements and their copies.
  if (!hasControls(drawn) && !drawn.includes('\t')) return drawn;
  let out = drawn.replaceAll('\t', '    ').replaceAll(SOFT_HYPHEN, '');
  out = keepNewlines
    ? out.replace(CONTROL, (c) => (c === '\n' ? c : showControl(c)))
    : out.replace(CONTROL, showControl);
  return out.replace(INVISIBLE, hex);
}

/** Whether `text` holds anything `visible` would replace (a tab aside). */
export function hasControls(text: string): boolean {
  return ANY.test(text);
}

const ANY =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\u3164\ufeff\uffa0]/;
