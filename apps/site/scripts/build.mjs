// `npm run build`: `astro build` in this process (arguments passed on), with the catalog's head
// start begun before Astro is loaded. The config's integration would begin it only once Astro
// has loaded and read its config, some 0.6 s in; begun here, the thread builds the catalog
// while Astro loads on the other core, and a cold build of 1,000 posts no longer waits for it.
// JavaScript, not TypeScript: Node strips the types of the files imported below from its
// compile cache, once enabled, while this first file it would strip itself (20 MB more).
import { createRequire, enableCompileCache } from 'node:module';
import { dirname, join } from 'node:path';

// As Astro's own command does, and before the TypeScript below is loaded, so that it and the
// head start's thread use the cache too.
if (!process.env.CI) enableCompileCache();

// A CONFNOTES_SITE_URL that is no address, or a content directory that is not there, is said
// in a line, not a stack: there is nothing to build.
const { contentDir, drafts } = await import('../src/env.ts').catch((error) => {
  if (error?.name !== 'SiteUrlError' && error?.name !== 'ContentDirError') throw error;
  console.error(error.message);
  process.exit(1);
});
const { beginHeadStart } = await import('../../../packages/content/src/astro/head-start.ts');

beginHeadStart({ base: contentDir, drafts });
const astroBin = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);
// Astro's command reads its arguments from `process.argv`.
process.argv = [process.argv[0], astroBin, 'build', ...process.argv.slice(2)];
await import(astroBin);
