import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
// From the core's source, as `astro.config.ts` reads the core: the config loads this module
// without the `@confnotes/source` condition, so the package's name would want its built files,
// which a fresh clone does not have before its first build.
import { formatDiagnostic } from '../../../../packages/content/src/astro/format-diagnostic.ts';
import { byPlace } from '../../../../packages/content/src/query/by-place.ts';
import { linkPlace } from './post-files.ts';
import { STATIC_DIR } from './static-files.ts';

// As many as the content loader lists of its warnings: a blog imported without its pictures
// would otherwise bury the build's own output under a line per picture.
const SHOWN = 20;
// Kept across the pages of one build, which Astro renders from its own copy of this module.
const STATE = Symbol.for('confnotes.site.unpublishedImages');

interface Warning {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}
interface State {
  count: number;
  /** Held for the end of a build, or undefined: each warning is written as it comes (dev). */
  held?: Warning[];
}
const store = globalThis as { [STATE]?: State };
const state = (): State => {
  store[STATE] ??= { count: 0 };
  return store[STATE];
};

/**
 * Holds the warnings of the pages rendered from now on for `writeHeldImageWarnings`: written as
 * each page is rendered, they cut into the lines Astro writes of the pages, eight at a time,
 * and were scattered among thousands of them.
 */
export function holdImageWarnings(): void {
  store[STATE] = { count: 0, held: [] };
}

/**
 * Writes the warnings held since `holdImageWarnings`, by article and place in it, then how many
 * more there were, and stops holding them.
 */
export function writeHeldImageWarnings(write: (line: string) => void = console.warn): void {
  const { count, held = [] } = state();
  store[STATE] = { count: 0 };
  for (const warning of byPlace(held)) write(warning.text);
  const more = count - held.length;
  if (more > 0)
    write(`More pictures are not published: ${more} besides the ${held.length} listed above.`);
}

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
 * The first twenty of a build are listed, then one line says there are more; during a build
 * they are held for its end (see `holdImageWarnings`).
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
    const shared = state();
    shared.count += 1;
    if (shared.count > SHOWN) {
      if (!shared.held && shared.count === SHOWN + 1)
        write(`More pictures are not published; the first ${SHOWN} are listed above.`);
      continue;
    }
    const fromRoot = src.startsWith('/');
    const hint = fromRoot
      ? `Put the file at ${join(base, STATIC_DIR, decodedPath(src))}: the files of ${STATIC_DIR}/ in the content directory are published at the site's root. Or link the picture where it is online.`
      : 'Keep the post as a page bundle (posts/<name>/index.md) with the file beside it, or link the picture where it is online.';
    const place = linkPlace(source, src);
    const text = formatDiagnostic(
      {
        file: sourcePath,
        ...place,
        severity: 'warning',
        code: 'image-not-published',
        message: `The picture ${src} is not published with the site: its page shows a broken image.`,
        hint,
      },
      base,
    );
    if (shared.held) shared.held.push({ file: sourcePath, ...place, text });
    else write(text);
  }
}
