import { slugify } from '@confnotes/content/portable';

/**
 * The id a client most likely meant by one no record has: the id the catalog makes of the same
 * text, when a record has it. A name, a title or an id typed in capitals
 * (`Jerome Petazzoni`, `Diogo Mónica`, `DOCKERCON-EU-2015-DAY-TWO`) is one step from the id.
 * @example idSuggestion('Jerome Petazzoni', (id) => ids.has(id)) // 'jerome-petazzoni'
 */
export function idSuggestion(given: string, known: (id: string) => boolean): string | undefined {
  // An event's id is written in its file and may keep accents (`zürich-2024`), which slugify
  // drops: the same text composed (a Mac's file name decomposes ü into u and a mark) and in
  // lower case is looked for first.
  const composed = given.normalize('NFC');
  for (const id of [composed, composed.toLowerCase(), slugify(given)]) {
    if (id !== given && id !== '' && known(id)) return id;
  }
  return undefined;
}
