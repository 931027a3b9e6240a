// Bundles the reader into ES modules under dist/: cli.js, the worker thread the core package
// parses articles on, and chunks they share or load on demand. esbuild is used because it
// compiles TSX without a type check in milliseconds and ships prebuilt binaries, and because a
// bundle starts faster than Node resolving Ink and React's dozens of modules one by one; tsc
// still type-checks.
import { chmodSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { build, type Plugin } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const content = dirname(createRequire(import.meta.url).resolve('@confnotes/content/package.json'));

// Ink imports React DevTools only when DEV=true; the reader never ships it.
const noDevtools: Plugin = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: 'devtools',
      namespace: 'empty',
    }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export default {};' }));
  },
};

// A module that reads a JSON file beside it at run time (`readFileSync(new URL('x.json',
// import.meta.url))`) would look for it beside the bundle instead: inline the JSON at build time.
const JSON_READ =
  /JSON\.parse\(\s*readFileSync\(\s*new URL\(\s*(['"])([^'"]+\.json)\1,\s*import\.meta\.url\s*\),\s*['"]utf-?8['"]\s*\)\s*\)/g;
const inlineJsonReads: Plugin = {
  name: 'inline-json-reads',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const contents = source.replace(
        JSON_READ,
        (_, _quote, file: string) =>
          `(${readFileSync(new URL(file, `file://${args.path}`), 'utf8').trim()})`,
      );
      return { contents, loader: 'ts' };
    });
  },
};

// Yoga (Ink's layout engine) carries its WebAssembly inline, but its loader first asks whether
// `fetch` exists, and that question alone makes Node load its whole HTTP client at start-up.
const yogaWithoutFetch: Plugin = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-wasm-base64-esm\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('"function"!=typeof fetch', 'true'),
      loader: 'js',
    }));
  },
};

const result = await build({
  absWorkingDir: root,
  // The core package starts `./analyze-worker.js` beside its own module: beside the chunk that
  // holds it, in dist/.
  entryPoints: {
    cli: 'src/cli.tsx',
    'analyze-worker': join(content, 'src/node/analyze-worker.ts'),
  },
  outdir: 'dist',
  // The catalog builder is a chunk of its own, loaded only when the reader reads a directory.
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  jsx: 'automatic',
  // Workspace packages are read from their TypeScript source, as inside the repository.
  conditions: ['@confnotes/source'],
  // Native or optional modules stay outside the bundle and load from node_modules.
  external: ['satteri'],
  plugins: [noDevtools, inlineJsonReads, yogaWithoutFetch],
  // Less code for Node to compile before the first frame.
  minify: true,
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
});
chmodSync(`${root}dist/cli.js`, 0o755);

// Chunk names carry a hash, so each build may leave the last one's chunks behind. They are not
// removed at once: a reader started from the last build (another test run, say) may still load
// one of them. Chunks no build has written for an hour go.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => relative('dist', file)));
const hourAgo = Date.now() - 3_600_000;
for (const file of readdirSync(`${root}dist`)) {
  const path = `${root}dist/${file}`;
  if (!written.has(file) && statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
}
