import { defineConfig } from 'astro/config';
import { outDir, siteUrl } from './src/env.ts';

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
        conditions: ['source', 'module', server ? 'node' : 'browser', 'development|production'],
        ...(server ? { noExternal: ['@confnotes/content'] } : {}),
      },
    };
  },
};

export default defineConfig({
  site: siteUrl,
  ...(outDir ? { outDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: { plugins: [sourceCondition] },
});
