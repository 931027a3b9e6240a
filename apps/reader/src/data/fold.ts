// What the list filter compares: case and accents ignored, so `monica` finds "Mónica". The
// folded text keeps one UTF-16 unit per unit of the original, so positions found in it are
// positions in the title, for highlighting the matched characters.

const MARKS = /\p{M}/gu;
const ASCII = /^[\u0000-\u007f]*$/;

/** `text` lower-cased and without accents, the same length as `text`. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const bare = lower.normalize('NFD').replace(MARKS, '');
    // A character whose folded form has another length (ß, a lone combining mark) stays.
    out += bare.length === char.length ? bare : lower.length === char.length ? lower : char;
  }
  return out;
}

/** A query folded as text is, for comparing with folded text. */
export const foldQuery = (query: string) => query.toLowerCase().normalize('NFD').replace(MARKS, '');
