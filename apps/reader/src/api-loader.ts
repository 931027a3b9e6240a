import type { Loader } from './reader.tsx';

/** A loader that reads the catalog from a running confnotes API. */
export function apiLoader(url: string): Loader {
  return async () => {
    throw new Error(
      `Reading from an API (${url}) needs @confnotes/api/client, which is not available in this build.`,
    );
  };
}
