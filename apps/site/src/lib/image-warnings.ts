import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatDiagnostic } from '@confnotes/content/astro';
import { linkPlace } from './post-files.ts';
import { STATIC_DIR } from './static-files.ts';

// As many as the content loader lists of its warnings: a blog imported without its pictures
// would otherwise bury the build's own output under a line per picture.
const SHOWN = 20;
// Counted across the pages of one build, which Astro renders from its own copy of this module.
const COUNT = Symbol.for('confnotes.site.unpublishedImages');
const counter = globalThis as { [COUNT]?: number };

function decodedPath(src: string): string {
  const path = src.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * Warns, as `file:line:column` diagnostics of the article, of each picture a post shows that
 * the site does not publish (see `unpublishedImages`): on the built page it is a broken image.
 * The first twenty of a build are listed, then one line says there are more.
 */
export function warnUnpublishedImages(
  contentDir: string,
  sourcePath: string,
  images: readonly string[],
  write: (line: string) => void = console.warn,
): void {
  if (images.length === 0) return;
  let source = '';
  try {
    source = readFileSync(join(contentDir, sourcePath), 'utf8');
  } catch {}
  // Named from the working directory, unless that climbs out of it: then by its own path.
  const fromHere = relative(process.cwd(), contentDir) || '.';
  const base = fromHere.startsWith('..') ? contentDir : fromHere;
  for (const src of images) {
    const count = (counter[COUNT] ?? 0) + 1;
    counter[COUNT] = count;
    if (count > SHOWN) {
      if (count === SHOWN + 1)
        write(`More pictures are not published; the first ${SHOWN} are listed above.`);
      continue;
    }
    const fromRoot = src.startsWith('/');
    const hint = fromRoot
      ? `Put the file at ${join(base, STATIC_DIR, decodedPath(src))}: the files of ${STATIC_DIR}/ in the content directory are published at the site's root. Or link the picture where it is online.`
      : 'Keep the post as a page bundle (posts/<name>/index.md) with the file beside it, or link the picture where it is online.';
    write(
      formatDiagnostic(
        {
          file: sourcePath,
          ...linkPlace(source, src),
          severity: 'warning',
          code: 'image-not-published',
          message: `The picture ${src} is not published with the site: its page shows a broken image.`,
          hint,
        },
        base,
      ),
    );
  }
}
