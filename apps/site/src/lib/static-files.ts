import { lstatSync } from 'node:fs';
import { join } from 'node:path';
// From the core's source, as `astro.config.ts` reads the core: the config loads this module
// without the `@confnotes/source` condition, so the package's name would want its built files,
// which a fresh clone does not have before its first build.
import { filesUnder } from '../../../../packages/content/src/astro/files-under.ts';
import { heldFromSite } from '../../../../packages/content/src/astro/held-files.ts';

// An imported blog links to its pictures from the root of its old site (`/images/a.jpg`): the
// files of the content directory's `static/` are published at the site's root, where those
// links find them, as Hugo's `static/` and Astro's `public/` are.

/** The folder of the content directory whose files are published at the site's root. */
export const STATIC_DIR = 'static';

/**
 * The first part of every path of the site's own pages and files: a file of `static/` there
 * would overwrite a page, or be overwritten by one, so none is published.
 */
export const SITE_OWN = new Set([
  '_astro',
  '404.html',
  'atom.xml',
  'events',
  'favicon.svg',
  'feed.json',
  'index.html',
  'posts',
  'robots.txt',
  'rss.xml',
  'search',
  'search-index.json',
  'sitemap.xml',
  'speakers',
  'tags',
  'talks',
]);

/** The files of `static/`, by path from it with `/`: those published, and those that are not. */
export interface StaticFiles {
  readonly published: readonly string[];
  /** Files at a path of the site's own (`posts/…`, `index.html`), left out. */
  readonly refused: readonly string[];
  /** Files a browser would run as the site's, or named with controls (`heldFromSite`), left out. */
  readonly held: readonly string[];
}

/**
 * The files of `<contentDir>/static/`, hidden files and symbolic links left out (neither is the
 * site's to publish), and so are pages, scripts and names with controls (`heldFromSite`); none
 * when there is no such folder.
 * @example staticFiles('content').published // ['images/room.jpg', 'CNAME']
 */
export function staticFiles(contentDir: string): StaticFiles {
  const published: string[] = [];
  const refused: string[] = [];
  const held: string[] = [];
  const root = join(contentDir, STATIC_DIR);
  for (const file of filesUnder(root, () => true)) {
    if (SITE_OWN.has(file.split('/')[0]!)) refused.push(file);
    else (heldFromSite(file, join(root, file)) ? held : published).push(file);
  }
  return { published, refused, held };
}

/**
 * Whether `path` (from the site's root, without its first `/`) is a file `staticFiles` would
 * publish, without listing the folder: for a dev server asked for one file at a time.
 * @example isStaticFile('content', 'images/room.jpg') // true when content/static/images/room.jpg is a file
 */
export function isStaticFile(contentDir: string, path: string): boolean {
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '..' || p.startsWith('.')) || SITE_OWN.has(parts[0]!))
    return false;
  try {
    const path = join(contentDir, STATIC_DIR, ...parts);
    return lstatSync(path).isFile() && !heldFromSite(path, path);
  } catch {
    return false;
  }
}
