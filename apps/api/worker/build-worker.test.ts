import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../test/fixture-catalog.ts';
import { buildWorker, MAX_ASSET_BYTES } from './build-worker.ts';

describe('buildWorker', () => {
  it('refuses a catalog past the size of one Workers static asset, before writing anything', async () => {
    const catalog = fixtureCatalog();
    const body = 'x'.repeat(MAX_ASSET_BYTES);
    catalog.posts.push(makePost('long-read', { body }));
    const dir = await mkdtemp(join(tmpdir(), 'confnotes-worker-large-'));
    try {
      await expect(buildWorker(catalog, dir)).rejects.toThrow(
        /^The catalog is 25\.1 MiB as JSON, past the 25 MiB Workers take for one static asset.*CATALOG_FILE=/,
      );
      await expect(access(join(dir, 'worker.js'))).rejects.toThrow();
      await expect(access(join(dir, 'assets'))).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
