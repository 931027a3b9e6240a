import { createApiClient } from '@confnotes/api/client';
import { acceptCatalog, loadSchemas } from './data/catalog-check.ts';
import type { Loader } from './reader.tsx';

/**
 * A loader that reads the whole catalog from a running confnotes API (`GET /api/catalog`)
 * through its typed client, given the server's address with or without its `/api`; its list
 * fields are checked before the first frame, every record against its schema after it.
 */
export function apiLoader(baseUrl: string): Loader {
  return async (progress) => {
    // The server announces itself as `http://host:port/api`: that address, pasted as it is,
    // names the same API as the server's own address.
    const url = baseUrl.replace(/\/+$/, '').replace(/\/api$/, '');
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
