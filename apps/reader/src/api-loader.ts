import { createApiClient } from '@confnotes/api/client';
import { Catalog } from '@confnotes/content/portable';
import { z } from 'zod';
import type { Loader } from './reader.tsx';

/**
 * A loader that reads the whole catalog from a running confnotes API (`GET /api/catalog`)
 * through its typed client, and checks it against the schema before showing it.
 */
export function apiLoader(baseUrl: string): Loader {
  return async (progress) => {
    const url = baseUrl.replace(/\/+$/, '');
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
    progress(`checking the catalog from ${url}`);
    const parsed = Catalog.safeParse(await response.json());
    if (!parsed.success) {
      throw new Error(
        `The API at ${url} sent something that is not a catalog:\n${z.prettifyError(parsed.error)}`,
      );
    }
    return { catalog: parsed.data, diagnostics: [] };
  };
}
