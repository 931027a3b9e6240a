import { invalidParameter } from '../http/api-error.ts';
import type { Snapshot } from '../snapshot.ts';

/**
 * Refuses a filter by an id no record has (`speaker=jon-fiedler`), as pretalx does: an empty
 * list would read as "none", where the client made a typo or holds an id the catalog no longer
 * has. Free-text filters (`tag`, `q`) are not ids and may match nothing.
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
    throw invalidParameter(
      name,
      `No ${name} has the id "${id}": the ids are listed at /api/${name}s.`,
    );
  }
}
