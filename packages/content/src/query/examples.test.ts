import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../node/load-catalog.ts';
import * as portable from '../portable.ts';
import type { Catalog } from '../schema/catalog.ts';

// The `@example` of every function of the query helpers and of search, run against the content
// of this repository, as a reader of the package would try it on theirs: an example that names a
// record no content has answers undefined or nothing, and shows nothing of what the function does.
const seeds = fileURLToPath(new URL('../../../../content', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'confnotes-examples-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const folders = ['query', 'search'].map((name) =>
  fileURLToPath(new URL(`../${name}/`, import.meta.url)),
);
// Internal helpers whose examples speak of their own data (a talk in hand, packed postings).
const skipped = new Set([
  'mentioned-posts.ts',
  'check-catalog.ts',
  'rank-sort.ts',
  'index-bytes.ts',
]);

interface Example {
  readonly file: string;
  readonly code: string;
}

/** Each example as code: its lines, with a trailing `// value` turned into a comparison. */
function examplesOf(folder: string): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(folder).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  )) {
    if (skipped.has(file)) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    for (const match of text.matchAll(/@example([^\n]*(?:\n\s*\* (?!@)[^\n]*)*)/g)) {
      const lines = match[1]!
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean);
      out.push({ file, code: lines.join('\n') });
    }
  }
  return out;
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

let catalog: Catalog;
beforeAll(async () => {
  ({ catalog } = await loadCatalog(seeds, { workers: 1, cacheDir }));
});

async function run(code: string): Promise<unknown> {
  const index = portable.createSearchIndex(catalog);
  const scope: Record<string, unknown> = {
    ...portable,
    catalog,
    index,
    post: catalog.posts[0],
    hit: index.search('volumes').hits[0],
    fetch: async (url: string) => new Response(url.endsWith('.json') ? JSON.stringify(index) : ''),
  };
  for (const folder of folders) {
    for (const file of readdirSync(folder).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    ))
      Object.assign(scope, await import(join(folder, file)));
  }
  const lines = code.split('\n');
  let last = lines.pop()!;
  const expected = / \/\/ (.*)$/.exec(last)?.[1];
  last = last.replace(/ \/\/ .*$/, '');
  const declared = /^const (\w+) = (.*)$/.exec(last);
  const body = [
    ...lines,
    declared
      ? `const ${declared[1]} = ${declared[2]}; return ${declared[1]};`
      : `return (${last});`,
  ].join('\n');
  // A name the example declares itself is not given to it.
  for (const [, name] of body.matchAll(/\bconst (\w+) =/g)) delete scope[name!];
  const value = await new AsyncFunction(...Object.keys(scope), body)(...Object.values(scope));
  if (expected !== undefined) {
    const want = new AsyncFunction(`return (${expected});`);
    expect(value).toEqual(await want());
  }
  return value;
}

describe('the examples of the query helpers and of search', () => {
  const examples = folders.flatMap(examplesOf);

  it('are found', () => {
    expect(examples.length).toBeGreaterThan(25);
  });

  it.each(examples.map((example) => [example.file, example.code]))(
    '%s: %s runs and finds something in the content',
    async (_file, code) => {
      const value = await run(code);
      expect(value).not.toBeUndefined();
      expect(value).not.toBe(false);
      expect(value).not.toBe(0);
      if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
    },
  );
});
