// The one place the site reads the environment.
import { fileURLToPath } from 'node:url';

/** The content directory; the repository's `content/` unless CONFNOTES_CONTENT_DIR names another. */
export const contentDir =
  process.env.CONFNOTES_CONTENT_DIR ?? fileURLToPath(new URL('../../../content', import.meta.url));

/** The public origin used for canonical URLs, feeds and the sitemap. */
export const siteUrl = process.env.CONFNOTES_SITE_URL ?? 'http://localhost:4321';

/** Where `astro build` writes; the benchmark builds elsewhere so `dist/` stays the served site. */
export const outDir = process.env.CONFNOTES_OUT_DIR;
