import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPosts } from './load-posts.ts';
import { readArticleFiles } from './read-article-files.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const outside = mkdtempSync(join(tmpdir(), 'confnotes-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

write('content/posts/2015-11-19-day-two.md', '---\ntitle: Day two\n---\nBody\n');
write('content/posts/2016/day-two.markdown', '+++\ntitle = "Day two again"\n+++\nBody\n');
write('content/posts/broken.md', '---\ntitle: [unclosed\n---\nBody\n');
write('content/posts/zz-same.md', '---\ntitle: Same\nslug: day-two\n---\nBody\n');
write('content/posts/notes.txt', 'Title: Plain text\n\nBody\n');
write('content/posts/image.png', 'not an article');
write('content/events/e.yaml', 'id: e\n');
writeFileSync(join(outside, 'secret.md'), '---\ntitle: Outside\n---\n');
symlinkSync(join(outside, 'secret.md'), join(root, 'content/posts/link-out.md'));
symlinkSync(
  join(root, 'content/posts/2015-11-19-day-two.md'),
  join(root, 'content/posts/link-in.md'),
);

describe('readArticleFiles', () => {
  it('lists posts/** articles sorted, following only links that stay inside', async () => {
    const files = await readArticleFiles(join(root, 'content'));
    expect(files.map((f) => f.path)).toEqual([
      'posts/2015-11-19-day-two.md',
      'posts/2016/day-two.markdown',
      'posts/broken.md',
      'posts/link-in.md',
      'posts/notes.txt',
      'posts/zz-same.md',
    ]);
  });
});

describe('loadPosts', () => {
  it('returns every good post and every diagnostic; a broken file hides nothing', async () => {
    const { posts, diagnostics } = await loadPosts(join(root, 'content'));
    expect(posts.map((p) => p.title)).toEqual([
      'Day two',
      'Day two again',
      'Day two',
      'Plain text',
      'Same',
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      { code: 'invalid-yaml', file: 'posts/broken.md', line: 2 },
    ]);
  });

  it('resolves id collisions in path order and reports each renamed post', async () => {
    const { posts, diagnostics } = await loadPosts(join(root, 'content'));
    expect(posts.map((p) => p.id)).toEqual([
      'day-two',
      'day-two-2',
      'link-in',
      'notes',
      'day-two-3',
    ]);
    const duplicates = diagnostics.filter((d) => d.code === 'duplicate-id');
    expect(duplicates.map((d) => [d.file, d.severity])).toEqual([
      ['posts/2016/day-two.markdown', 'warning'],
      ['posts/zz-same.md', 'warning'],
    ]);
  });

  it('gives an empty result for a directory without posts/', async () => {
    expect(await loadPosts(outside)).toEqual({ posts: [], diagnostics: [] });
  });
});
