// `npm run bench [-- --sizes 1000,10000,50000] [--seed S]`: builds the catalog of generated
// corpora and prints, for each size, the cold build, the rebuild with nothing changed and after
// one changed post, posts/s, peak memory and the extraction's scores against the corpus's known
// answer, beside the same run's baseline (bare gray-matter + remark-parse + remark-rehype +
// rehype-stringify over the same files, one process). Each measure runs in its own child process
// so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalysisCache } from '../src/node/analysis-cache.ts';
import { analyzeSources } from '../src/node/analyze-sources.ts';
import { loadCatalog } from '../src/node/load-catalog.ts';
import { loadCuration, loadEvents } from '../src/node/load-records.ts';
import { readArticleFiles } from '../src/node/read-article-files.ts';
import { combineAnalyses } from '../src/resolve/analyze.ts';
import { buildCatalog } from '../src/resolve/build-catalog.ts';
import { baselinePipeline } from './baseline.ts';
import { type Answers, generateCorpus } from './generate-posts.ts';
import { type CatalogScore, scoreCatalog } from './score.ts';

interface Measure {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly posts?: number;
  readonly mergeMs?: number;
  readonly score?: CatalogScore;
  /** Wall time of each stage of `loadCatalog`, in ms. */
  readonly stages?: Record<string, number>;
}

const rss = () => process.resourceUsage().maxRSS / 1024;
let script = fileURLToPath(import.meta.url);

async function baseline(dir: string): Promise<Measure> {
  const pipeline = await baselinePipeline();
  const files = readdirSync(join(dir, 'posts')).sort();
  const start = performance.now();
  for (const f of files) {
    pipeline(readFileSync(join(dir, 'posts', f), 'utf8'));
  }
  return { ms: performance.now() - start, maxRssMb: rss(), posts: files.length };
}

async function build(dir: string, cacheDir: string): Promise<Measure> {
  const stages: Record<string, number> = {};
  const start = performance.now();
  const { catalog } = await loadCatalog(dir, {
    cacheDir,
    onStage: (name, ms) => {
      stages[name] = ms;
    },
  });
  return { ms: performance.now() - start, maxRssMb: rss(), posts: catalog.posts.length, stages };
}

/** Scores the catalog, and times the merge alone (everything after the analyses are loaded). */
async function score(dir: string, cacheDir: string): Promise<Measure> {
  const files = await readArticleFiles(dir);
  const { analyses } = await analyzeSources(
    files.map((f) => ({ path: f.path, source: readFileSync(f.absolute) })),
    { cache: new AnalysisCache(cacheDir) },
  );
  const events = await loadEvents(dir);
  const curation = await loadCuration(dir);
  const start = performance.now();
  const analyzed = combineAnalyses(analyses);
  const { catalog } = buildCatalog({
    ...analyzed,
    events: events.events,
    curation: curation.curation,
  });
  const mergeMs = performance.now() - start;
  const answers = JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8')) as Answers;
  return { ms: 0, maxRssMb: rss(), mergeMs, score: scoreCatalog(catalog, answers) };
}

// Every measure of a run uses one snapshot of the package's source: cached analyses are keyed
// by a digest of that source, so an edit made meanwhile (in another checkout's editor, say)
// would otherwise turn a rebuild into a cold build halfway through the run.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const snapshot = join(packageRoot, '.bench', String(process.pid));

function freezeSource(): string {
  for (const part of ['src', 'bench', 'package.json'])
    cpSync(join(packageRoot, part), join(snapshot, part), { recursive: true });
  return join(snapshot, 'bench', 'catalog.bench.ts');
}

function measure(kind: string, dir: string, cacheDir: string): Measure & { wallMs: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [script, '--child', kind, dir, cacheDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`${kind} run failed:\n${result.stderr}`);
  return { ...(JSON.parse(result.stdout) as Measure), wallMs: performance.now() - start };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pct = (x: number) => (100 * x).toFixed(1);

function report(size: number, mb: number, runs: Record<string, Measure & { wallMs: number }>) {
  const base = runs.baseline!;
  const line = (name: string, m: Measure & { wallMs: number }, note: string) =>
    console.log(
      `  ${name.padEnd(18)}${seconds(m.ms).padStart(10)}${`${Math.round((size / m.ms) * 1000)}/s`.padStart(10)}${`${m.maxRssMb.toFixed(0)} MB`.padStart(10)}  ${note}`,
    );
  console.log(`\n${size} posts (${mb.toFixed(1)} MB)            time   posts/s  peak RSS`);
  line(
    'baseline',
    base,
    '1 process: gray-matter + remark-parse + remark-rehype + rehype-stringify',
  );
  const cold = runs.cold!;
  const speedup = base.ms / cold.ms;
  line('cold build', cold, `speed-up ${speedup.toFixed(2)}x over the baseline (goal >= 3x)`);
  for (const [name, key] of [
    ['nothing changed', 'warm'],
    ['one post changed', 'one'],
  ] as const) {
    const m = runs[key]!;
    line(
      name,
      m,
      `${(m.ms / base.ms).toFixed(3)} of the baseline; ${m.ms < 1000 ? 'under' : 'NOT under'} 1 s (process with start-up: ${seconds(m.wallMs)})`,
    );
  }
  for (const [name, key] of [
    ['cold', 'cold'],
    ['nothing changed', 'warm'],
    ['one changed', 'one'],
  ] as const) {
    const stages = Object.entries(runs[key]!.stages ?? {})
      .map(([stage, ms]) => `${stage} ${ms < 10 ? ms.toFixed(1) : Math.round(ms)}`)
      .join(', ');
    console.log(`  stages (ms), ${name}: ${stages}`);
  }
  const s = runs.score!.score!;
  console.log(
    `  scores: talks P ${pct(s.talks.precision)} R ${pct(s.talks.recall)} F1 ${pct(s.talks.f1)} | speakers P ${pct(s.speakers.precision)} R ${pct(s.speakers.recall)} F1 ${pct(s.speakers.f1)}`,
  );
  console.log(
    `  merge groups found whole: talks ${s.merges.talks.found}/${s.merges.talks.total}, speakers ${s.merges.speakers.found}/${s.merges.speakers.total}; false talk merges ${s.merges.falseTalkMerges}`,
  );
  console.log(`  merge and catalog build alone: ${seconds(runs.score!.mergeMs!)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [, kind, dir, cacheDir] = args as [string, string, string, string];
    const run = kind === 'baseline' ? baseline : kind === 'score' ? score : build;
    process.stdout.write(JSON.stringify(await run(dir, cacheDir)));
    return;
  }
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number);
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  script = freezeSource();
  const seed = Number(option('--seed') ?? 1);
  const merges: [number, number][] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'confnotes-bench-'));
    const cacheDir = join(dir, 'cache');
    try {
      const { bytes, posts } = generateCorpus(join(dir, 'content'), { posts: size, seed });
      const content = join(dir, 'content');
      const runs: Record<string, Measure & { wallMs: number }> = {};
      runs.baseline = measure('baseline', content, cacheDir);
      runs.cold = measure('cold', content, cacheDir);
      runs.warm = measure('warm', content, cacheDir);
      appendFileSync(join(content, posts[Math.floor(size / 2)]!.path), '\nOne more thought.\n');
      runs.one = measure('one', content, cacheDir);
      runs.score = measure('score', content, cacheDir);
      report(size, bytes / 1e6, runs);
      merges.push([size, runs.score.mergeMs!]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (let i = 1; i < merges.length; i++) {
    const [n0, t0] = merges[i - 1]!;
    const [n1, t1] = merges[i]!;
    console.log(
      `\nmerge cost ${n0} -> ${n1} posts: ${(t1 / t0).toFixed(1)}x the time for ${(n1 / n0).toFixed(0)}x the posts (goal: at most 1.2 times the growth in posts)`,
    );
  }
}

await main();
