import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isStaticFile, SITE_OWN, staticFiles } from './static-files.ts';

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('staticFiles', () => {
  it("lists the folder's files, leaving out hidden files, links and the site's own paths", () => {
    work = mkdtempSync(join(tmpdir(), 'confnotes-static-'));
    const dir = join(work, 'static');
    mkdirSync(join(dir, 'images', 'blog'), { recursive: true });
    mkdirSync(join(dir, 'posts'), { recursive: true });
    writeFileSync(join(dir, 'images', 'blog', 'room.jpg'), 'jpg');
    writeFileSync(join(dir, 'CNAME'), 'notes.example\n');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    writeFileSync(join(dir, 'index.html'), '<p>mine</p>');
    writeFileSync(join(dir, 'posts', 'a.html'), '<p>mine</p>');
    symlinkSync('/etc/passwd', join(dir, 'images', 'passwd'));
    expect(staticFiles(work)).toEqual({
      published: ['CNAME', 'images/blog/room.jpg'],
      refused: ['index.html', 'posts/a.html'],
      held: [],
    });
  });

  it('tells a file it publishes from any other path, one path at a time', () => {
    work = mkdtempSync(join(tmpdir(), 'confnotes-static-'));
    const dir = join(work, 'static');
    mkdirSync(join(dir, 'images'), { recursive: true });
    mkdirSync(join(dir, 'posts'), { recursive: true });
    writeFileSync(join(dir, 'images', 'room.jpg'), 'jpg');
    writeFileSync(join(dir, 'posts', 'a.html'), '<p>mine</p>');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    writeFileSync(join(work, 'outside.txt'), 'not static');
    symlinkSync('/etc/passwd', join(dir, 'images', 'passwd'));
    expect(isStaticFile(work, 'images/room.jpg')).toBe(true);
    for (const path of [
      'images',
      'posts/a.html',
      '.env',
      'images/passwd',
      '../outside.txt',
      'images//room.jpg',
      'nope.png',
    ])
      expect(isStaticFile(work, path), path).toBe(false);
  });

  it('finds none without the folder', () => {
    work = mkdtempSync(join(tmpdir(), 'confnotes-static-'));
    expect(staticFiles(work)).toEqual({ published: [], refused: [], held: [] });
  });

  it("names every page and file of the site's own", () => {
    const pages = fileURLToPath(new URL('../pages', import.meta.url));
    const pub = fileURLToPath(new URL('../../public', import.meta.url));
    // What each page file writes first: `search.astro` a folder `search/`, `rss.xml.ts` a file.
    const own = readdirSync(pages)
      // The route of the files themselves.
      .filter((name) => !name.startsWith('['))
      .map((name) =>
        name === 'index.astro' || name === '404.astro'
          ? name.replace('.astro', '.html')
          : name.replace(/\.(astro|ts)$/, ''),
      );
    expect([...SITE_OWN].sort()).toEqual([...own, ...readdirSync(pub), '_astro'].sort());
  });
});
