import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
// From the core's source, as the content loaders are (see `sourceCondition`): a catalog cached
// by the built package would be another code version's, which the loaders would not use.
import { confnotesHeadStart } from '../../packages/content/src/astro/head-start.ts';
import {
  astroCacheDir,
  contentDir,
  drafts,
  incrementalBuild,
  outDir,
  siteBase,
  siteUrl,
  siteUrlGiven,
} from './src/env.ts';
import { clearOutDirAside } from './src/integrations/clear-out-dir.ts';
import { devFilePaths } from './src/integrations/dev-file-paths.ts';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { isStaticFile } from './src/lib/static-files.ts';

// Inside the monorepo the core is read from its TypeScript source (the `source` export
// condition), so `npm run dev` needs no prior build of packages/content. Every Vite environment
// needs it, including the one Astro loads `content.config.ts` in; server environments must also
// bundle the core rather than hand it to Node, which does not know the condition.
const sourceCondition = {
  name: 'confnotes-source-condition',
  configEnvironment(name: string) {
    const server = name !== 'client';
    return {
      resolve: {
        conditions: [
          '@confnotes/source',
          'module',
          server ? 'node' : 'browser',
          'development|production',
        ],
        ...(server ? { noExternal: ['@confnotes/content'] } : {}),
      },
    };
  },
};

const integrations: AstroIntegration[] = [
  clearOutDirAside(),
  confnotesHeadStart({ base: contentDir, drafts }),
  siteUrlNotice(siteUrlGiven, siteUrl),
];
// Astro writes its prerender chunks to `.astro/.prerender` of the working directory when `outDir`
// lies outside it, so concurrent builds into temporary directories (tests, the benchmark) would
// delete each other's chunks: such a build works from a directory of its own inside the project,
// where the chunks still resolve the project's packages.
if (outDir && !resolve(outDir).startsWith(`${process.cwd()}${sep}`)) {
  const projectDir = process.cwd();
  const own = fileURLToPath(
    new URL(
      `.astro/builds/${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12)}/`,
      import.meta.url,
    ),
  );
  mkdirSync(own, { recursive: true });
  process.chdir(own);
  // The directory only holds the prerender chunks, which Astro deletes once pages are written.
  integrations.push({
    name: 'confnotes-own-build-directory',
    hooks: {
      'astro:build:done': () => {
        process.chdir(projectDir);
        rmSync(own, { recursive: true, force: true });
      },
    },
  });
}

export default defineConfig({
  site: siteUrl,
  base: siteBase,
  ...(outDir ? { outDir } : {}),
  ...(astroCacheDir ? { cacheDir: astroCacheDir } : {}),
  trailingSlash: 'always',
  // Each page waits on its directory and file writes; rendering the next pages meanwhile keeps
  // the CPU busy (about a third less time generating pages on two cores).
  build: { format: 'directory', concurrency: 8 },
  // When asked, a rebuild after an edit renders again only the pages whose entries changed; the
  // others are copied from the previous build's output (see `src/lib/page-keys.ts`).
  experimental: { incrementalBuild },
  integrations,
  vite: {
    plugins: [sourceCondition, devFilePaths(siteBase, (path) => isStaticFile(contentDir, path))],
    // Where `src/lib/paths.ts` puts every link, in pages and in the search island.
    define: { __CONFNOTES_BASE__: JSON.stringify(siteBase) },
  },
});
