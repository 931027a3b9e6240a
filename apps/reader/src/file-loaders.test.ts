import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFileLoader, directoryLoader } from './file-loaders.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-reader-loaders-'));
  writeFileSync(join(dir, 'catalog.json'), '{}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ignore = () => {};

describe('a path that is not what it was given as', () => {
  it('names a missing content directory or catalog file in words, with what to give', async () => {
    const missing = join(dir, 'nowhere');
    await expect(directoryLoader(missing)(ignore)).rejects.toThrow(
      `There is no content directory at ${missing}. Pass the folder that holds posts/`,
    );
    await expect(catalogFileLoader(missing)(ignore)).rejects.toThrow(
      `There is no catalog file at ${missing}. Give --catalog a catalog exported as JSON`,
    );
  });

  it('says a catalog file is not a directory, and a directory not a catalog file', async () => {
    const file = join(dir, 'catalog.json');
    await expect(directoryLoader(file)(ignore)).rejects.toThrow(
      `${file} is a file, not a content directory. Pass the folder that holds posts/, or read a catalog file with --catalog ${file}`,
    );
    await expect(catalogFileLoader(dir)(ignore)).rejects.toThrow(
      `${dir} is a folder, not a catalog file. A content folder is read without --catalog`,
    );
  });

  it('says what to give --catalog when the file is not JSON', async () => {
    const yaml = join(dir, 'talks.yaml');
    writeFileSync(yaml, '# Curated facts about talks\n- title: null\n');
    const error = await catalogFileLoader(yaml)(ignore).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(error.startsWith(`${yaml} is not JSON (`)).toBe(true);
    expect(error).toContain(
      'Give --catalog a catalog exported as JSON (confnotes export --out <file>); a content folder is read without --catalog.',
    );
  });

  it('names the content directory that holds an article given in its place', async () => {
    const article = join(dir, 'site', 'posts', '2024', 'recap.md');
    mkdirSync(join(dir, 'site', 'posts', '2024'), { recursive: true });
    writeFileSync(article, '---\ntitle: Recap\n---\nText.\n');
    const error = await directoryLoader(article)(ignore).catch((e: Error) => e.message);
    expect(error).toBe(
      `${article} is a file, not a content directory. The reader reads a whole content directory: pass the folder that holds posts/ (here ${join(dir, 'site')}), and open the article from the list.`,
    );
    // Not a catalog to read with --catalog: that would only say it is not JSON.
    expect(error).not.toContain('--catalog');
  });

  it('says a folder that holds no content is not a content directory, not "No posts"', async () => {
    const posts = join(dir, 'content', 'posts');
    mkdirSync(posts, { recursive: true });
    writeFileSync(join(posts, 'a.md'), '---\ntitle: A\n---\nText.\n');
    // The likeliest slip: the posts folder itself.
    await expect(directoryLoader(posts)(ignore)).rejects.toThrow(
      /is not a content directory: it holds no `posts\/`.*Pass the folder that holds `posts\/` \(here `.*content`\)/,
    );
    const catalog = await directoryLoader(join(dir, 'content'))(ignore);
    expect(catalog.catalog.posts.map((p) => p.id)).toEqual(['a']);
  });
});
