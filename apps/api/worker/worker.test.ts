import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.ts';
import { createCatalogHolder } from '../src/catalog-holder.ts';
import { readCatalogText } from '../src/node/catalog-file.ts';
import { codeStamp } from '../src/node/code-stamp.ts';
import { fixtureCatalog } from '../test/fixture-catalog.ts';
import { CATALOG_ASSET } from './asset-paths.ts';
import { buildWorker } from './build-worker.ts';
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

describe('a Workers build', () => {
  it('answers with one Last-Modified from every isolate, the time it was built', async () => {
    const catalog = JSON.stringify(fixtureCatalog());
    const dir = await mkdtemp(join(tmpdir(), 'confnotes-worker-built-'));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
      const built = await buildWorker(JSON.parse(catalog), dir);
      // An isolate is a fresh instance of the module, started whenever Workers need one.
      const startIsolate = async (at: string) => {
        vi.setSystemTime(new Date(at));
        const copy = join(dir, `isolate-${at.replace(/\W/g, '')}.js`);
        await copyFile(built.script, copy);
        const { default: isolate } = (await import(pathToFileURL(copy).href)) as {
          default: typeof worker;
        };
        const res = await isolate.fetch(new Request('http://x/api'), assets(catalog), undefined);
        expect(res.status).toBe(200);
        return res.headers.get('last-modified');
      };
      expect(await startIsolate('2026-03-01T11:00:00Z')).toBe('Sun, 01 Mar 2026 10:00:00 GMT');
      expect(await startIsolate('2026-03-02T09:30:00Z')).toBe('Sun, 01 Mar 2026 10:00:00 GMT');
    } finally {
      vi.useRealTimers();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers with the version and ETags the Node server gives the same catalog', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'confnotes-worker-tag-'));
    try {
      const built = await buildWorker(fixtureCatalog(), dir);
      const file = join(built.assets, CATALOG_ASSET);
      const json = await readFile(file, 'utf8');
      const { default: isolate } = (await import(pathToFileURL(built.script).href)) as {
        default: typeof worker;
      };
      // As `CATALOG_FILE=dist/worker/assets/catalog.json npm start` serves it, with its code's tag.
      const { catalog, text } = await readCatalogText(file);
      const node = createApp(createCatalogHolder(catalog, text), { codeTag: codeStamp() });
      for (const path of ['/api', '/api/posts?limit=1', '/healthz']) {
        const [onWorkers, onNode] = [
          await isolate.fetch(new Request(`http://x${path}`), assets(json), undefined),
          await node.request(path),
        ];
        expect(onWorkers.headers.get('etag'), path).toBe(onNode.headers.get('etag'));
        const version = (body: unknown) => (body as { catalog?: { version?: string } }).catalog;
        expect(version(await onWorkers.json())?.version, path).toBe(
          version(await onNode.json())?.version,
        );
      }
      // Given the tag the Node server gives the source the catalog was built from, it is that one.
      const tagged = await buildWorker(fixtureCatalog(), join(dir, 'tagged'), { tag: 'given-tag' });
      const { default: taggedIsolate } = (await import(pathToFileURL(tagged.script).href)) as {
        default: typeof worker;
      };
      const res = await taggedIsolate.fetch(new Request('http://x/api'), assets(json), undefined);
      expect(((await res.json()) as { catalog: { version: string } }).catalog.version).toBe(
        'given-tag',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('built from a catalog file, serves its text as Node does, under the same ETag', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'confnotes-worker-file-'));
    try {
      // As `confnotes export` or an editor may leave it: not the text JSON.stringify makes.
      const file = join(dir, 'catalog.json');
      await writeFile(file, `${JSON.stringify(fixtureCatalog(), null, 2)}\n`);
      const { catalog, text } = await readCatalogText(file);
      const built = await buildWorker(catalog, join(dir, 'worker'), text);
      const asset = await readFile(join(built.assets, CATALOG_ASSET), 'utf8');
      const { default: isolate } = (await import(pathToFileURL(built.script).href)) as {
        default: typeof worker;
      };
      const onWorkers = await isolate.fetch(
        new Request('http://x/api/catalog'),
        assets(asset),
        undefined,
      );
      const onNode = await createApp(createCatalogHolder(catalog, text), {
        codeTag: codeStamp(),
      }).request('/api/catalog');
      expect(onWorkers.headers.get('etag')).toBe(onNode.headers.get('etag'));
      expect(await onWorkers.text()).toBe(await onNode.text());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
