import stringWidth from 'string-width';
import type { Role } from '../theme.ts';
import { clusterCells, MAY_SPLIT } from './emoji-cells.ts';
import { hasControls, visible } from './visible.ts';

/** A run of text with one style: what the layout wraps and what `lineToAnsi` paints. */
export type Piece = {
  /** Printable text: already passed through `visible`. */
  readonly text: string;
  /** Roles from the outermost to the innermost; a later role's attributes win. */
  readonly roles: readonly Role[];
  /** Target of the link this text belongs to. */
  readonly url?: string;
  /** Line of the Markdown body (1-based) this text came from. */
  readonly source: number;
};

/**
 * Turns untrusted text into pieces: each control character becomes its visible stand-in in a
 * piece of its own with the `control` role, so the reader sees that something odd was there.
 */
export function safePieces(
  text: string,
  roles: readonly Role[],
  source: number,
  url?: string,
): Piece[] {
  const base = { roles, source, ...(url === undefined ? {} : { url }) };
  if (!hasControls(text)) return [{ ...base, text: visible(text) }];
  const pieces: Piece[] = [];
  let plain = '';
  for (const char of text) {
    if (char === '\t' || !hasControls(char)) {
      plain += char;
      continue;
    }
    if (plain) pieces.push({ ...base, text: visible(plain) });
    plain = '';
    pieces.push({ ...base, roles: [...roles, 'control'], text: visible(char) });
  }
  if (plain) pieces.push({ ...base, text: visible(plain) });
  return pieces;
}

/**
 * Display width in terminal cells (wide CJK and emoji count two; an emoji sequence as this
 * terminal draws it, see emoji-cells.ts).
 */
export function cells(text: string): number {
  // Most text is ASCII; skip the grapheme-aware measurement for it.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  if (!MAY_SPLIT.test(text)) return stringWidth(text);
  let width = 0;
  for (const { segment } of GRAPHEMES.segment(text)) width += clusterCells(segment);
  return width;
}

// What a terminal draws as one character: an emoji joined with zero-width joiners (a family), a
// flag (two regional indicators), a letter and its accents. Cut between code points, a family
// measured 2 cells a person, and a cut could leave half of one at a line's end.
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// Text is segmented this many code units at a time: segmenting a long run whole at each cut
// would make wrapping it quadratic.
const WINDOW = 256;

/**
 * Splits `text` between grapheme clusters so that the head fits in `width` cells (at least one
 * cluster).
 */
export function splitAtWidth(text: string, width: number): [string, string] {
  let used = 0;
  let index = 0;
  while (index < text.length) {
    const end = Math.min(text.length, index + WINDOW);
    let taken = 0;
    for (const { segment } of GRAPHEMES.segment(text.slice(index, end))) {
      // The window's last cluster may go on past it: it is measured again with what follows.
      if (end < text.length && taken > 0 && index + taken + segment.length === end) break;
      const w = cells(segment);
      if (used + w > width && index + taken > 0) {
        return [text.slice(0, index + taken), text.slice(index + taken)];
      }
      used += w;
      taken += segment.length;
    }
    index += taken;
  }
  return [text, ''];
}

// Chinese and Japanese put no spaces between words: a line may break before any of their
// characters (as a browser breaks them), except before closing punctuation.
const IDEOGRAPHS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff01-\\uff60';
export const IDEOGRAPHIC = new RegExp(`[${IDEOGRAPHS}]`, 'u');
const IDEOGRAPHIC_SPLIT = new RegExp(`([${IDEOGRAPHS}])`, 'u');
const NO_BREAK_BEFORE = /[、。，．！？：；」』）】〉》〕ー]/u;

/**
 * Greedy word wrap of styled pieces into lines of at most `width` cells. Spaces are break
 * opportunities, as is the start of a Chinese or Japanese character; `\n` forces a break, and a
 * word longer than a line is cut.
 */
export function wrapPieces(pieces: readonly Piece[], width: number): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  let word: Piece[] = [];
  let wordWidth = 0;
  let space: Piece | undefined;
  let afterIdeograph = false;

  const breakLine = () => {
    lines.push(line);
    line = [];
    lineWidth = 0;
    space = undefined;
  };
  const flushWord = () => {
    if (!word.length) return;
    const spaceWidth = space && lineWidth > 0 ? 1 : 0;
    if (lineWidth > 0 && lineWidth + spaceWidth + wordWidth > width) breakLine();
    else if (space && lineWidth > 0) {
      line.push(space);
      lineWidth += 1;
    }
    for (let piece of word) {
      let w = cells(piece.text);
      while (lineWidth + w > width) {
        const [head, tail] = splitAtWidth(piece.text, Math.max(1, width - lineWidth));
        const headWidth = cells(head);
        if (lineWidth > 0 && headWidth > width - lineWidth) {
          breakLine();
          continue;
        }
        line.push({ ...piece, text: head });
        breakLine();
        piece = { ...piece, text: tail };
        // Measuring the whole rest at every line made a long run without spaces (a paragraph
        // of Japanese) quadratic; a short rest is measured exactly, as a cut can split a cluster.
        w = tail.length > 4 * width ? w - headWidth : cells(tail);
      }
      if (piece.text) {
        line.push(piece);
        lineWidth += w;
      }
    }
    word = [];
    wordWidth = 0;
    space = undefined;
  };

  for (const piece of pieces) {
    for (const part of piece.text.split(/(\n| +)/)) {
      if (!part) continue;
      if (part === '\n') {
        flushWord();
        breakLine();
      } else if (part[0] === ' ') {
        flushWord();
        if (lineWidth > 0) space = { ...piece, text: ' ' };
      } else {
        const tokens = IDEOGRAPHIC.test(part) ? part.split(IDEOGRAPHIC_SPLIT) : [part];
        for (const token of tokens) {
          if (!token) continue;
          const ideograph = IDEOGRAPHIC.test(token);
          // A line may break before a Chinese or Japanese character, unless it is closing
          // punctuation, and after one: the break is taken before the next token, once it is
          // known that it may start a line (a 。 left alone at the start of a line otherwise).
          if (ideograph ? !NO_BREAK_BEFORE.test(token) : afterIdeograph) flushWord();
          word.push({ ...piece, text: token });
          wordWidth += cells(token);
          afterIdeograph = ideograph;
        }
        continue;
      }
      afterIdeograph = false;
    }
  }
  flushWord();
  if (line.length || !lines.length) lines.push(line);
  return lines;
}

/** Cuts a line of pieces to `width` cells, ending with `…` when something was cut. */
export function clipPieces(pieces: readonly Piece[], width: number): readonly Piece[] {
  if (cells(plainText(pieces)) <= width) return pieces;
  const out: Piece[] = [];
  let room = width - 1;
  for (const piece of pieces) {
    const [head] = splitAtWidth(piece.text, room);
    const headWidth = cells(head);
    if (headWidth > room) break;
    out.push({ ...piece, text: head });
    room -= headWidth;
    if (head.length < piece.text.length) break;
  }
  out.push({ text: '…', roles: out.at(-1)?.roles ?? [], source: pieces[0]?.source ?? 0 });
  return out;
}

/** The plain text of a line of pieces. */
export function plainText(pieces: readonly Piece[]): string {
  let text = '';
  for (const piece of pieces) text += piece.text;
  return text;
}

/** Cuts `text` to `width` cells, ending with `…` when something was cut. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  if (cells(text) <= width) return text;
  return `${splitAtWidth(text, Math.max(1, width - 1))[0]}…`;
}

/** Keeps the last `width` cells of `text`, starting with `…` when something was cut. */
export function fitEnd(text: string, width: number): string {
  if (width <= 0) return '';
  if (cells(text) <= width) return text;
  const chars = Array.from(GRAPHEMES.segment(text), (s) => s.segment);
  let start = chars.length;
  let used = 1;
  while (start > 0 && used + cells(chars[start - 1]!) <= width) used += cells(chars[--start]!);
  return `…${chars.slice(start).join('')}`;
}
