import type { Snapshot } from './snapshot.ts';

/** What every handler finds on its context: the snapshot this request was started on. */
export interface AppEnv {
  Variables: { snapshot: Snapshot };
}
