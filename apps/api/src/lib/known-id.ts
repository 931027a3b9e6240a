import { ApiError, invalidParameter } from '../http/api-error.ts';
import type { Snapshot } from '../snapshot.ts';
import { idSuggestion } from './id-suggestion.ts';

/**
 * Refuses a filter by an id no record has (`speaker=jon-fiedler`), as pretalx does: an empty
 * list would read as "none", where the client made a typo or holds an id the catalog no longer
 * has. Free-text filters (`tag`, `q`) are not ids and may match nothing. The 400 names the id
 * the client likely meant, when the catalog makes one of the text it gave.
 */
export function requireKnownIds(
  snapshot: Snapshot,
  query: { readonly event?: string | undefined; readonly speaker?: string | undefined },
): void {
  for (const [name, id, known] of [
    ['event', query.event, () => snapshot.index.events],
    ['speaker', query.speaker, () => snapshot.index.speakers],
  ] as const) {
    if (id === undefined || known().has(id)) continue;
    // A name where an id is asked for (`speaker=Jerome Petazzoni`) is one step from it.
    const suggestion = idSuggestion(id, (x) => known().has(x));
    if (suggestion)
      throw new ApiError(
        400,
        'invalid_parameter',
        `No ${name} has the id "${id}"; did you mean ${name}=${suggestion}?`,
        { parameter: name, suggestion },
      );
    throw invalidParameter(
      name,
      `No ${name} has the id "${id}": the ids are listed at /api/${name}s.`,
    );
  }
}
