import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceAt } from './out-over-source.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'confnotes-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
mkdirSync(join(content, 'posts', 'day-one'), { recursive: true });
mkdirSync(join(content, 'events'), { recursive: true });
writeFileSync(join(content, 'talks.yaml'), '[]\n');
writeFileSync(join(content, 'posts', 'a.md'), '# A\n');
symlinkSync(content, join(work, 'link-to-content'));
// Articles the build reads through links: `posts/` itself a link to a folder of the content
// folder, and a folder under it a link to another.
const linked = join(work, 'linked');
mkdirSync(join(linked, 'articles'), { recursive: true });
mkdirSync(join(linked, 'archive', '2015'), { recursive: true });
writeFileSync(join(linked, 'articles', 'a.md'), '# A\n');
writeFileSync(join(linked, 'archive', '2015', 'old.md'), '# Old\n');
mkdirSync(join(linked, 'notes'));
symlinkSync('articles', join(linked, 'posts'));
symlinkSync('../archive/2015', join(linked, 'articles', '2015'));
// Curated files the build reads through links to files and folders of the content folder.
mkdirSync(join(linked, 'data', 'events'), { recursive: true });
writeFileSync(join(linked, 'data', 'speakers.yaml'), '[]\n');
writeFileSync(join(linked, 'data', 'conf.yaml'), 'id: conf\n');
writeFileSync(join(linked, 'data', 'events', 'day.yaml'), 'id: day\n');
symlinkSync('data/speakers.yaml', join(linked, 'speakers.yaml'));
symlinkSync('data/events', join(linked, 'events'));
symlinkSync('../conf.yaml', join(linked, 'data', 'events', 'conf.yaml'));

describe('sourceAt', () => {
  it('names the source a catalog written there would replace, existing or not', async () => {
    expect(await sourceAt(content, join(content, 'talks.yaml'))).toBe('talks.yaml');
    expect(await sourceAt(content, join(content, 'speakers.yaml'))).toBe('speakers.yaml');
    expect(await sourceAt(content, join(content, 'posts', 'a.md'))).toBe('posts/a.md');
    expect(await sourceAt(content, join(content, 'posts', 'day-one', 'new.markdown'))).toBe(
      'posts/day-one/new.markdown',
    );
    expect(await sourceAt(content, join(content, 'events', 'conf.json'))).toBe('events/conf.json');
    // The same file by way of a link to the content folder.
    expect(await sourceAt(content, join(work, 'link-to-content', 'talks.yaml'))).toBe('talks.yaml');
  });

  it('lets the catalog go anywhere the build does not read', async () => {
    expect(await sourceAt(content, join(content, 'catalog.json'))).toBeUndefined();
    expect(await sourceAt(content, join(content, 'posts', 'catalog.json'))).toBeUndefined();
    expect(await sourceAt(content, join(work, 'talks.yaml'))).toBeUndefined();
    expect(await sourceAt(content, '/dev/stdout')).toBeUndefined();
  });

  it('finds the articles and curated files the build reads through links, where the links lead', async () => {
    expect(await sourceAt(linked, join(linked, 'posts', 'a.md'))).toBe('posts/a.md');
    expect(await sourceAt(linked, join(linked, 'articles', 'a.md'))).toBe('posts/a.md');
    expect(await sourceAt(linked, join(linked, 'articles', 'new.md'))).toBe('posts/new.md');
    expect(await sourceAt(linked, join(linked, 'archive', '2015', 'old.md'))).toBe(
      'posts/2015/old.md',
    );
    expect(await sourceAt(linked, join(linked, 'archive', '2015', 'new.md'))).toBe(
      'posts/2015/new.md',
    );
    expect(await sourceAt(linked, join(linked, 'data', 'speakers.yaml'))).toBe('speakers.yaml');
    expect(await sourceAt(linked, join(linked, 'data', 'events', 'day.yaml'))).toBe(
      'events/day.yaml',
    );
    expect(await sourceAt(linked, join(linked, 'data', 'events', 'new.json'))).toBe(
      'events/new.json',
    );
    expect(await sourceAt(linked, join(linked, 'data', 'conf.yaml'))).toBe('events/conf.yaml');
    // Folders of the content folder that no link of posts/ leads to are not read.
    expect(await sourceAt(linked, join(linked, 'notes', 'a.md'))).toBeUndefined();
    expect(await sourceAt(linked, join(linked, 'archive', 'a.md'))).toBeUndefined();
    expect(await sourceAt(linked, join(linked, 'data', 'talks.yaml'))).toBeUndefined();
    expect(await sourceAt(linked, join(linked, 'data', 'catalog.json'))).toBeUndefined();
  });
});

describe('confnotes export --out over a source', () => {
  it('is refused with exit 2 before anything is built, and the source is kept', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--conditions=@confnotes/source',
        cli,
        'export',
        content,
        '--out',
        join(content, 'talks.yaml'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/would write over `talks\.yaml` of the content folder/);
    expect(readFileSync(join(content, 'talks.yaml'), 'utf8')).toBe('[]\n');
  });

  it('names a file the build does not read, wherever the refused one was', () => {
    const run = spawnSync(
      process.execPath,
      [cli, 'export', 'content', '--out', 'content/events/catalog.json'],
      { cwd: work, encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      '--out content/events/catalog.json would write over `events/catalog.json` of the content folder, which the next build would read as content. Write the catalog outside the content folder, or to a file of it the build does not read, such as `content/catalog.json`.\n',
    );
  });
});
