// The one place the site reads the environment.
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedContentDir } from './lib/content-dir.ts';
import { checkedSiteUrl } from './lib/site-url.ts';

// npm runs a workspace's scripts in the workspace's folder: a path given on its command line
// (`CONFNOTES_CONTENT_DIR=../notes npm run build -w @confnotes/site`) means one from where npm
// was run, as the API reads its own. Without npm, from the directory the build started in: a
// build into a directory outside the project moves to one of its own (astro.config.ts) before
// Astro reads this module again for the content and the pages, which took a relative path from
// there (`../../content` as `.astro/content`). The first reading keeps it for the others.
const STARTED_IN = Symbol.for('confnotes.site.startedIn');
const started = globalThis as { [STARTED_IN]?: string };
started[STARTED_IN] ??= process.cwd();
const from = process.env.INIT_CWD ?? started[STARTED_IN];
const given = (value: string | undefined) => (value ? resolve(from, value) : undefined);

/**
 * The content directory: CONFNOTES_CONTENT_DIR, or CONTENT_DIR (the API's name for it, which
 * `npm start` documents for both), else the repository's `content/`. A variable that names no
 * folder throws a `ContentDirError` saying what to set.
 */
const contentVariable = process.env.CONFNOTES_CONTENT_DIR
  ? 'CONFNOTES_CONTENT_DIR'
  : process.env.CONTENT_DIR
    ? 'CONTENT_DIR'
    : undefined;
export const contentDir = contentVariable
  ? checkedContentDir(
      contentVariable,
      process.env[contentVariable]!,
      resolve(from, process.env[contentVariable]!),
    )
  : fileURLToPath(new URL('../../../content', import.meta.url));

/**
 * Whether drafts are published, with the talks and speakers only they report: CONFNOTES_DRAFTS=1,
 * for a preview (the API reads the same variable). Off by default.
 */
export const drafts = process.env.CONFNOTES_DRAFTS === '1';

/**
 * The public address of the site's home page, for canonical URLs, feeds and the sitemap. Its
 * path is where the site is served from: `https://someone.github.io/notes/` builds a site whose
 * pages all live under `/notes/`, as a static host of several sites serves it.
 */
export const siteUrl = checkedSiteUrl(process.env.CONFNOTES_SITE_URL, process.env.PORT);

/** Whether CONFNOTES_SITE_URL gave the address: else pages link to where `npm start` serves. */
export const siteUrlGiven = Boolean(process.env.CONFNOTES_SITE_URL);

/** The path of `siteUrl`, with a slash at each end: Astro's `base`. */
export const siteBase = new URL(siteUrl).pathname.replace(/\/?$/, '/');

/** Where `astro build` writes; the benchmark builds elsewhere so `dist/` stays the served site. */
export const outDir = given(process.env.CONFNOTES_OUT_DIR);

/**
 * Where Astro keeps its content layer store between builds. A build into its own `outDir` (the
 * tests, the benchmark) gets its own store beside it: builds of different content running at the
 * same time in this project would otherwise overwrite each other's `data-store.json`.
 */
export const astroCacheDir =
  given(process.env.CONFNOTES_ASTRO_CACHE_DIR) ??
  (outDir ? join(dirname(outDir), `.astro-cache-${basename(outDir)}`) : undefined);

/**
 * Whether a build reuses the pages of the previous build whose entries did not change (Astro's
 * incremental build, keyed by `lib/page-keys.ts`), when CONFNOTES_INCREMENTAL is `1`. Off by
 * default: keeping a copy of every page for the next build made a first build of 10,000 posts
 * about a seventh slower, for a rebuild after one edit about a third faster.
 */
export const incrementalBuild = process.env.CONFNOTES_INCREMENTAL === '1';
