// Bundles the reader into one ES module, dist/cli.js. esbuild is used because it compiles TSX
// without a type check in milliseconds and ships prebuilt binaries, and because one bundle starts
// faster than Node resolving Ink and React's dozens of modules one by one; tsc still type-checks.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  jsx: 'automatic',
  // Workspace packages are read from their TypeScript source, as inside the repository.
  conditions: ['source'],
  // Native or optional modules stay outside the bundle and load from node_modules.
  external: ['satteri'],
  plugins: [
    {
      // Ink imports React DevTools only when DEV=true; the reader never ships it.
      name: 'no-devtools',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({
          path: 'devtools',
          namespace: 'empty',
        }));
        b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export default {};' }));
      },
    },
  ],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  sourcemap: true,
  logLevel: 'warning',
});
chmodSync(`${root}dist/cli.js`, 0o755);
