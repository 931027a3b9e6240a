import type { Snapshot } from './snapshot.ts';

/** What every handler finds on its context: the snapshot this request was started on. */
export interface AppEnv {
  Variables: {
    snapshot: Snapshot;
    /** Set by a route whose answer is streamed, too large to keep: stored and compressed never. */
    streamed?: true;
  };
}
