import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchIndex } from '@confnotes/content/portable';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { type LoadCatalog, resolveLoadCatalog } from './load-catalog.ts';
import { startServer } from './start-server.ts';

// The content sits in a package of its own, so its default cache goes inside it and goes with it.
const root = mkdtempSync(join(tmpdir(), 'confnotes-api-stored-search-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'package.json'), '{}\n');
const content = join(root, 'content');
cpSync(fileURLToPath(new URL('../../../../content', import.meta.url)), content, {
  recursive: true,
});

/** The core's loader, storing the index of any catalog, and telling whether a stored one was read. */
async function watchedLoad(log: (line: string) => void) {
  const inner = await resolveLoadCatalog(log, { prepareSearchAt: 1 });
  const reads: (SearchIndex | undefined)[] = [];
  const load: LoadCatalog = async (dir) => {
    const loaded = await inner(dir);
    const read = loaded.text?.search;
    return {
      ...loaded,
      text: { ...loaded.text, search: read && (() => reads[reads.push(read()) - 1]) },
    };
  };
  return { load, reads };
}

const config = () => readConfig({ CONTENT_DIR: content, PORT: '0', SITE_DIR: '' });

async function searchIds(url: string, q: string): Promise<string[]> {
  const res = await fetch(`${url}/api/search?q=${encodeURIComponent(q)}&limit=50`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { data: { type: string; id: string }[] };
  return body.data.map((hit) => `${hit.type}:${hit.id}`);
}

describe('a content directory’s search index', () => {
  it('is stored after the server starts, and read by the next start’s first search', async () => {
    const lines: string[] = [];
    const first = await watchedLoad((line) => lines.push(line));
    const server = await startServer(config(), { load: first.load, log: (l) => lines.push(l) });
    let built: string[];
    try {
      // Asked for while the index is being stored: the search waits for it, and other requests
      // are answered meanwhile.
      let listedFirst = false;
      const searching = searchIds(server.url, 'docker').then((ids) => ({ ids, listedFirst }));
      const listed = await fetch(`${server.url}/api/posts?limit=1`);
      listedFirst = true;
      expect(listed.status).toBe(200);
      const searched = await searching;
      expect(searched.listedFirst).toBe(true);
      built = searched.ids;
      expect(built.length).toBeGreaterThan(2);
      expect(lines.find((l) => /search index/.test(l))).toMatch(/^Stored the search index of \d+/);
      // Read from the store, not built on the server's thread.
      expect(first.reads).toHaveLength(1);
      expect(first.reads[0]).toBeDefined();
    } finally {
      await server.close();
    }

    const again: string[] = [];
    const second = await watchedLoad((line) => again.push(line));
    const restarted = await startServer(config(), { load: second.load, log: (l) => again.push(l) });
    try {
      expect(await searchIds(restarted.url, 'docker')).toEqual(built);
      expect(second.reads).toHaveLength(1);
      expect(second.reads[0]).toBeDefined();
      expect(await searchIds(restarted.url, 'Jérôme')).toContain('speaker:jerome-petazzoni');
    } finally {
      await restarted.close();
    }
    // Nothing to store again for the same catalog.
    expect(again.some((l) => /search index/.test(l))).toBe(false);
  });
});
