import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './load-catalog.ts';
import { loadPosts } from './load-posts.ts';

// Lists longer than `push(...items)` can take as arguments, from articles under the size limit:
// one such article once stopped the whole build with "Maximum call stack size exceeded".
const MANY = 300_000;
const dir = mkdtempSync(join(tmpdir(), 'confnotes-long-lists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'posts'));
const tags = Array.from({ length: MANY }, (_, i) => `t${i}`).join(',');
writeFileSync(join(dir, 'posts/tags.md'), `---\ntitle: Tags\ntags: [${tags}]\n---\nx\n`);
writeFileSync(
  join(dir, 'posts/tags-left.md'),
  `---\ntitle: Tags left\n---\n${'{{ x }} '.repeat(MANY)}\n`,
);
writeFileSync(join(dir, 'posts/plain.md'), '---\ntitle: Plain\n---\nHello.\n');

describe('articles with hundreds of thousands of tags or findings', () => {
  it('load with every other article, as posts', async () => {
    const { posts, diagnostics } = await loadPosts(dir);
    expect(posts.map((p) => p.title)).toEqual(['Plain', 'Tags left', 'Tags']);
    expect(posts.find((p) => p.title === 'Tags')?.tags).toHaveLength(MANY);
    expect(diagnostics.filter((d) => d.code === 'template-tag')).toHaveLength(MANY);
  });

  it('load with every other article, in the catalog', async () => {
    const { catalog } = await loadCatalog(dir, { cacheDir: false, workers: 1 });
    expect(catalog.posts.map((p) => p.title)).toEqual(['Plain', 'Tags left', 'Tags']);
    expect(catalog.diagnostics.filter((d) => d.code === 'template-tag')).toHaveLength(MANY);
  });
});
