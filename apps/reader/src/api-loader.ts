import { createApiClient } from '@confnotes/api/client';
import { acceptCatalog, loadSchemas } from './data/catalog-check.ts';
import type { Loader } from './reader.tsx';

/**
 * Why fetch failed, said for the user: fetch only says "fetch failed" and keeps the reason (a
 * refused connection, an unknown host, a port it will not use) in its `cause`. "Is it running?"
 * fits a refused connection only; anything else is more likely a wrong address.
 */
function unreachable(url: string, error: unknown): string {
  const outer = error instanceof Error ? error : new Error(String(error));
  const reason = outer.cause instanceof Error ? outer.cause : outer;
  const code = (reason as NodeJS.ErrnoException).code;
  const hint =
    code === 'ECONNREFUSED'
      ? 'Is it running? Start it with npm start -w @confnotes/api.'
      : 'Check the address given to --api.';
  return `The API at ${url} could not be reached (${reason.message || code || outer.message}). ${hint}`;
}

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
      throw new Error(unreachable(url, cause));
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
