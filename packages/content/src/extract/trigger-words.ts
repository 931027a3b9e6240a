// Most blocks of a post hold none of the words a pattern family needs ("talk", "by", "gave"):
// a substring search in the lower-cased block rules the family out before its regular
// expressions scan the text.

let lastText = '';
let lastFolded = '';

/**
 * The text lower-cased, with the long s (ſ) read as "s": every letter that a case-insensitive
 * pattern matches against an ASCII letter of a trigger word becomes that letter (the Kelvin sign
 * lower-cases to "k" already), so a trigger word absent from the folded text is absent from
 * every match.
 */
export function foldedText(text: string): string {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    lastFolded = lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
    lastText = text;
  }
  return lastFolded;
}

/**
 * Whether a case-insensitive pattern that needs one of these lower-case words could match in
 * `text`.
 * @example mentionsAny('Ann GAVE a talk', ['gave', 'gives']) // true
 */
export function mentionsAny(text: string, words: readonly string[]): boolean {
  const folded = foldedText(text);
  for (const w of words) if (folded.includes(w)) return true;
  return false;
}
