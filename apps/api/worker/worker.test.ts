import { describe, expect, it, vi } from 'vitest';
import { fixtureCatalog } from '../test/fixture-catalog.ts';
import { CATALOG_ASSET } from './asset-paths.ts';
import worker, { type WorkerEnv } from './worker.ts';

/** An `ASSETS` binding that serves the catalog, or answers 404 for it as a deploy without one. */
function assets(catalog: string | undefined): WorkerEnv {
  return {
    ASSETS: {
      fetch: async (request) => {
        const path = new URL(typeof request === 'string' ? request : request.url).pathname;
        return path === CATALOG_ASSET && catalog !== undefined
          ? new Response(catalog)
          : new Response('Not Found', { status: 404 });
      },
    },
  };
}

describe('the Workers entry', () => {
  it('answers as the API does when the catalog cannot be read, and reads it on the next request', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = await worker.fetch(
      new Request('http://x/api/posts'),
      assets(undefined),
      undefined,
    );
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toMatch(/^application\/json/);
    // A page on another site reads this error as it reads every other.
    expect(failed.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe(
      'internal_error',
    );

    const served = await worker.fetch(
      new Request('http://x/api/posts?limit=1'),
      assets(JSON.stringify(fixtureCatalog())),
      undefined,
    );
    expect(served.status).toBe(200);
  });
});
