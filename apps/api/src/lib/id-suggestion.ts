import { slugify } from '@confnotes/content/portable';

/**
 * The id a client most likely meant by one no record has: the id the catalog makes of the same
 * text, when a record has it. A name, a title or an id typed in capitals
 * (`Jerome Petazzoni`, `Diogo Mónica`, `DOCKERCON-EU-2015-DAY-TWO`) is one step from the id.
 * @example idSuggestion('Jerome Petazzoni', (id) => ids.has(id)) // 'jerome-petazzoni'
 */
export function idSuggestion(given: string, known: (id: string) => boolean): string | undefined {
  const id = slugify(given);
  return id !== given && id !== '' && known(id) ? id : undefined;
}
