import { createApiClient } from '@confnotes/api/client';
import { acceptCatalog, loadSchemas } from './data/catalog-check.ts';
import type { Loader } from './reader.tsx';

/**
 * A loader that reads the whole catalog from a running confnotes API (`GET /api/catalog`)
 * through its typed client; its list fields are checked before the first frame, every record
 * against its schema after it.
 */
export function apiLoader(baseUrl: string): Loader {
  return async (progress) => {
    const url = baseUrl.replace(/\/+$/, '');
    // The schemas load while the API answers.
    loadSchemas();
    progress(`asking ${url} for its catalog`);
    const api = createApiClient(url);
    let response: Response;
    try {
      response = await api.api.catalog.$get();
    } catch (cause) {
      throw new Error(
        `The API at ${url} could not be reached (${(cause as Error).message}). Is it running? Start it with npm start -w @confnotes/api.`,
      );
    }
    if (!response.ok) {
      throw new Error(
        `The API at ${url} answered ${response.status} ${response.statusText} for /api/catalog.`,
      );
    }
    progress(`reading the catalog from ${url}`);
    return acceptCatalog(await response.json(), url, `The API at ${url} sent something that`);
  };
}
