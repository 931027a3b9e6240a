import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSearchIndex } from '../search/search-index.ts';
import { fixtureCatalog } from './fixtures/catalog.ts';

// The README's "Queries and search" examples, run as written against this repository's content:
// the package's own entries in place of the installed package, and a fetch that serves an index.
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const seeds = fileURLToPath(new URL('../../../../content', import.meta.url));
const src = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'confnotes-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function blocks(): string[] {
  const section = /\n### Queries and search\n([\s\S]*?)\n### /.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** A block as a module of its own, giving what it declares. */
async function run(code: string, name: string): Promise<Record<string, unknown>> {
  const names = [...code.matchAll(/^const (?:\{ ([^}]+) \}|(\w+)) =/gm)].flatMap((m) =>
    (m[1] ?? m[2]!).split(',').map((n) => n.trim()),
  );
  const file = join(work, `${name}.ts`);
  writeFileSync(
    file,
    `${code
      .replaceAll("'@confnotes/content/search'", JSON.stringify(src('search.ts')))
      .replaceAll("'@confnotes/content'", JSON.stringify(src('index.ts')))
      .replaceAll(
        "loadCatalog('content')",
        `loadCatalog(${JSON.stringify(seeds)}, { cacheDir: ${JSON.stringify(join(work, 'cache'))} })`,
      )}\nexport { ${names.join(', ')} };\n`,
  );
  return (await import(file)) as Record<string, unknown>;
}

describe('the README on queries and search', () => {
  it('gives two examples', () => {
    expect(blocks()).toHaveLength(2);
  });

  it('queries and searches the content as its comments say', async () => {
    const done = await run(blocks()[0]!, 'node');
    expect((done.talks as { id: string }[]).map((t) => t.id)).toEqual([
      'understanding-docker-security',
    ]);
    expect(done.talk).toBeDefined();
    expect(done.tagged).not.toHaveLength(0);
    const hits = done.hits as { type: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.type === 'talk' || hit.type === 'speaker')).toBe(true);
    expect(done.total).toBeGreaterThanOrEqual(hits.length);
    expect(JSON.parse(done.json as string).format).toBe('confnotes-search-index');
  });

  it('loads an index in the browser from what fetch gives', async () => {
    const served = createSearchIndex(fixtureCatalog);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(served)));
    try {
      const done = await run(blocks()[1]!, 'browser');
      expect((done.index as { size: number }).size).toBe(served.size);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
