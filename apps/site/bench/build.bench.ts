// Build time and peak memory of the confnotes site beside a minimal Astro site that renders the
// same posts with `glob()`, in the same run, cold and again after one post changed, plus the
// JavaScript each content page ships.
//   node bench/build.bench.ts [--sizes=seeds,1000,10000] [--heap=8192] [--incremental=1] [--runs=3]
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBin, buildScript, siteDir } from '../e2e/paths.ts';
import { generatePosts } from './generate-posts.ts';
import { writeMinimalSite } from './minimal-site.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
// Each site's own build command, as the e2e tests run them.
const minimalBuild = [astroBin, 'build'];
const confnotesBuild = [buildScript];
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', 'seeds,1000').split(',');
// The minimal site reaches Node's default heap limit near 10,000 posts: both builds get the same
// raised limit so neither stalls in garbage collection.
const heap = arg('heap', '8192');
// `--incremental=1` builds this site with page reuse (CONFNOTES_INCREMENTAL); the minimal site
// keeps Astro's defaults either way.
const incremental = arg('incremental', '0') === '1';
// A build's peak memory varies by a fifth or more from run to run (when V8 collects garbage
// decides it): `--runs=N` repeats each size N times and prints the medians.
const runs = Math.max(1, Number(arg('runs', '1')));

type Measure = { seconds: number; peakMb: number; log: string };

/**
 * Builds the site in `cwd` with `command` (a script and its arguments), as its `npm run build`
 * does: `astro build` for the minimal site, `scripts/build.mjs` for confnotes' (which begins the
 * catalog's head start before it runs `astro build` in the same process).
 */
function build(cwd: string, command: string[], env: Record<string, string>): Measure {
  // Not `--silent`: the confnotes loader reports what a rebuild reused. Both sites log alike.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...command], {
    cwd,
    env: {
      ...process.env,
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: `--max-old-space-size=${heap}`,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = run.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (run.status !== 0 || seconds === undefined || kb === undefined) {
    throw new Error(`astro build failed in ${cwd}:\n${run.stdout.slice(-4000)}\n${run.stderr}`);
  }
  return { seconds, peakMb: kb / 1024, log: run.stdout };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** The largest amount of JavaScript one content page (post, talk, speaker, event) loads. */
function maxContentPageJs(outDir: string): number {
  let max = 0;
  for (const file of files(outDir)) {
    const rel = relative(outDir, file);
    if (!/^(posts|talks|speakers|events)\/[^/]+\/index\.html$/.test(rel)) continue;
    const html = readFileSync(file, 'utf8');
    let bytes = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      if (/application\/ld\+json/.test(attrs)) continue;
      const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
      bytes += src ? statSync(join(outDir, src)).size : Buffer.byteLength(m[2] ?? '');
    }
    max = Math.max(max, bytes);
  }
  return max;
}

/** Appends a paragraph to the first post, as an author fixing a typo would change one file. */
function editOnePost(postsDir: string): string {
  const first = readdirSync(postsDir).sort()[0]!;
  appendFileSync(join(postsDir, first), '\nOne more sentence, added after the first build.\n');
  return first;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(5);

// Each run's directory is deleted when the whole benchmark ends, not when the run does. On this
// machine's ext4, creating files within a minute or so of deleting thousands makes the kernel
// skip each recently deleted inode in turn: the builds of a run that followed the deletion of
// the previous run's pages spent about twice as long in the kernel, and the site with more
// pages the longer, which measured the previous run's cleanup rather than either site.
const workDirs: string[] = [];
process.on('exit', () => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** One cold build and one rebuild of each site for `size` posts, in a directory of its own. */
function measure(size: string) {
  const work = mkdtempSync(join(tmpdir(), `confnotes-bench-${size}-`));
  workDirs.push(work);
  const loadBefore = load();
  const content = join(work, 'content');
  if (size === 'seeds') cpSync(join(repo, 'content'), content, { recursive: true });
  else generatePosts(content, Number(size));
  const posts = readdirSync(join(content, 'posts')).length;

  const minimalDir = join(work, 'minimal');
  writeMinimalSite(minimalDir, join(content, 'posts'), join(repo, 'node_modules'));
  const outDir = join(work, 'confnotes-dist');
  const confnotesEnv = {
    CONFNOTES_CONTENT_DIR: content,
    CONFNOTES_OUT_DIR: outDir,
    CONFNOTES_INCREMENTAL: incremental ? '1' : '0',
  };

  // Cold: no content store, no catalog cache, for either site.
  const minimal = build(minimalDir, minimalBuild, {});
  const confnotes = build(siteDir, confnotesBuild, confnotesEnv);
  const pages = files(outDir).filter((f) => f.endsWith('.html')).length;
  const js = maxContentPageJs(outDir);

  // Rebuild after one changed post: each site keeps its content store and caches.
  const edited = editOnePost(join(content, 'posts'));
  const minimalAgain = build(minimalDir, minimalBuild, {});
  const confnotesAgain = build(siteDir, confnotesBuild, confnotesEnv);
  const reused = confnotesAgain.log
    .split('\n')
    .filter((l) => /\[confnotes\] (catalog|posts:|talks:|speakers:)/.test(l))
    .map((l) => `    ${l.replace(/^.*?\[confnotes\] /, '')}`);
  const note = [
    `${size}: load ${loadBefore} before, ${load()} after; rebuild after editing posts/${edited}:`,
    ...reused,
  ];
  return { posts, pages, js, minimal, confnotes, minimalAgain, confnotesAgain, note };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mb = (x: number) => `${x.toFixed(0)} MB`.padStart(8);
const secs = (x: number) => `${x.toFixed(1)} s`.padStart(8);

const rows: string[] = [];
const notes: string[] = [];
for (const size of sizes) {
  const samples = Array.from({ length: runs }, () => measure(size));
  const at = (pick: (m: (typeof samples)[number]) => Measure, field: 'seconds' | 'peakMb') =>
    median(samples.map((m) => pick(m)[field]));
  const minimal = at((m) => m.minimal, 'seconds');
  const confnotes = at((m) => m.confnotes, 'seconds');
  const minimalMb = at((m) => m.minimal, 'peakMb');
  const confnotesMb = at((m) => m.confnotes, 'peakMb');
  const minimalAgain = at((m) => m.minimalAgain, 'seconds');
  const confnotesAgain = at((m) => m.confnotesAgain, 'seconds');
  const { posts, pages } = samples[0]!;
  rows.push(
    [
      size.padEnd(6),
      String(posts).padStart(6),
      String(pages).padStart(6),
      secs(minimal),
      secs(confnotes),
      ratio(confnotes, minimal),
      mb(minimalMb),
      mb(confnotesMb),
      ratio(confnotesMb, minimalMb),
      secs(minimalAgain),
      secs(confnotesAgain),
      ratio(confnotesAgain, minimalAgain),
      `${Math.max(...samples.map((m) => m.js))} B`.padStart(6),
    ].join('  '),
  );
  notes.push(...samples.flatMap((m) => m.note));
  if (runs > 1) {
    const each = (a: (m: (typeof samples)[number]) => number) =>
      samples.map((m) => a(m).toFixed(2)).join(' ');
    notes.push(
      `    ratios of each run: cold ${each((m) => m.confnotes.seconds / m.minimal.seconds)}; ` +
        `memory ${each((m) => m.confnotes.peakMb / m.minimal.peakMb)}; ` +
        `rebuild ${each((m) => m.confnotesAgain.seconds / m.minimalAgain.seconds)}`,
    );
  }
  console.log(rows.at(-1));
}

console.log(
  `\nnode ${process.version}, heap limit ${heap} MB, ${cpus().length} cores, ${sizes.join(', ')}` +
    `${incremental ? ', confnotes with page reuse (CONFNOTES_INCREMENTAL=1)' : ''}` +
    `${runs > 1 ? `, medians of ${runs} runs` : ''}\n` +
    '                       ---------- cold build ----------  --------- peak memory ---------  ------ rebuild, 1 post changed ------\n' +
    'size     posts   pages   minimal  confnotes ratio  minimal  confnotes ratio   minimal  confnotes ratio  JS/content page\n' +
    rows.join('\n'),
);
console.log(`\n${notes.join('\n')}`);
console.log(
  '\nratio = confnotes / minimal glob() site; goal: time ratio <= 1.0, memory ratio <= 1.0, 0 B JS.',
);
