import type { Block } from '../blocks.ts';

// Letters, digits, and the apostrophes and hyphens inside a word ("don't", "well-known").
const isWordChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x27 ||
  c === 0x2d ||
  c >= 0x80;

/**
 * Whether a post writes `word` (lower case, three letters or more) as a word of its own in
 * lower case somewhere: one search per block, where a set of all its words cost a tenth of the
 * analysis of posts with many such headings.
 */
export function writtenInLowerCase(blocks: readonly Block[], word: string): boolean {
  if (word.length < 3) return false;
  for (const b of blocks) {
    const text = b.flat.text;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      const after = at + word.length;
      if (after < text.length && isWordChar(text.charCodeAt(after))) continue;
      return true;
    }
  }
  return false;
}

/**
 * Whether a side's last word is one the post also writes in lower case. A title mostly ends in
 * an ordinary word the prose uses too ("Elastic Workflows", "the workflows"); a person's surname
 * is written capitalised wherever it stands.
 */
export function endsInOrdinaryWord(text: string, blocks: readonly Block[]): boolean {
  const last = /(\p{Lu}[\p{Ll}'’-]{2,})[\s.,:;!?)]*$/u.exec(text)?.[1];
  return last !== undefined && writtenInLowerCase(blocks, last.toLowerCase());
}
