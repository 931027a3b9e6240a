// What a catalog build can reuse from the previous build of the same content: each post's
// event and each event's talk merge. Both are pure functions of their inputs, so the memo is
// keyed by those inputs and a rebuild after one changed post redoes only that post's event and
// merge. A build with a memo gives exactly the catalog a build without one gives.

import { createHash } from 'node:crypto';

// Inputs are remembered by their SHA-256: an event's merge is keyed by its candidates as JSON,
// which at 50,000 posts came to 25 MB, held through the build and written again in the memo
// (some 75 MB more at the start of storing the catalog). A digest holds no less.
const digestOf = (input: string) => createHash('sha256').update(input).digest('base64url');

/** One event's talk merge, in indices local to the event's distinct titles. */
export interface EventMerge {
  readonly groups: number[][];
  readonly near: [number, number][];
}

interface StoredMemo {
  readonly version: 2;
  readonly eventsKey: string;
  readonly events: [string, string][];
  readonly talks: [string, EventMerge][];
}

/**
 * Results of earlier builds, and the ones this build used: `toJSON` keeps only those, so the
 * memo never outgrows the content.
 * @example const memo = CatalogMemo.fromJSON(saved); buildCatalog({ ...input, memo }); save(JSON.stringify(memo));
 */
export class CatalogMemo {
  #eventsKey = '';
  readonly #events: Map<string, string>;
  readonly #talks: Map<string, EventMerge>;
  readonly #usedEvents = new Map<string, string>();
  readonly #usedTalks = new Map<string, EventMerge>();

  constructor(stored?: StoredMemo) {
    this.#eventsKey = stored?.eventsKey ?? '';
    this.#events = new Map(stored?.events ?? []);
    this.#talks = new Map(stored?.talks ?? []);
  }

  /** A memo from `JSON.parse` of a saved one; an unknown shape gives an empty memo. */
  static fromJSON(value: unknown): CatalogMemo {
    const stored = value as StoredMemo | undefined;
    const ok =
      stored?.version === 2 &&
      typeof stored.eventsKey === 'string' &&
      Array.isArray(stored.events) &&
      Array.isArray(stored.talks);
    return new CatalogMemo(ok ? stored : undefined);
  }

  /** The curated events changed: every post's event is looked for again. */
  useEvents(events: string): void {
    const eventsKey = digestOf(events);
    if (eventsKey === this.#eventsKey) return;
    this.#eventsKey = eventsKey;
    this.#events.clear();
  }

  /** The id of the curated event of a post with this digest, or '' for none. */
  event(digest: string, find: () => string): string {
    let id = this.#events.get(digest);
    if (id === undefined) id = find();
    this.#usedEvents.set(digest, id);
    return id;
  }

  /** The talk merge of an event's candidates, given as `input` (their JSON). */
  talkMerge(input: string, merge: () => EventMerge): EventMerge {
    const key = digestOf(input);
    const result = this.#talks.get(key) ?? merge();
    this.#usedTalks.set(key, result);
    return result;
  }

  toJSON(): StoredMemo {
    return {
      version: 2,
      eventsKey: this.#eventsKey,
      events: [...this.#usedEvents],
      talks: [...this.#usedTalks],
    };
  }
}
