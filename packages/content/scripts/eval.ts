// Scores the extraction with the yardstick that sits beside the repository (../shared/eval):
// the seed articles of content/ against their gold labels, then the development corpus.
// Prints the scorer's report; skips, saying so, what needs ../shared when it is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../src/node/load-catalog.ts';
import { analyzeArticles } from '../src/resolve/analyze.ts';
import { buildCatalog } from '../src/resolve/build-catalog.ts';

const root = resolve(import.meta.dirname, '../../..');
const shared = resolve(root, '../shared');
const score = join(shared, 'eval/score.mjs');
if (!existsSync(score)) {
  console.log(
    `Skipping the extraction scores: ${score} is not there (it sits beside a development checkout, not in the repository).`,
  );
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'confnotes-eval-'));
let failed = false;
function run(name: string, gold: string, catalog: unknown, thresholds: string[]): void {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(catalog));
  console.log(`\n== ${name} (${gold})`);
  const r = spawnSync(process.execPath, [score, '--gold', gold, '--catalog', file, ...thresholds], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed = true;
}

const seeds = await loadCatalog(join(root, 'content'));
run('seeds', join(shared, 'eval/gold'), seeds.catalog, [
  '--min-speaker-f1',
  '1',
  '--min-talk-f1',
  '0.95',
]);

const dev = join(shared, 'corpus/dev');
if (existsSync(dev)) {
  const sources = readdirSync(dev)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ path: `posts/${f}`, source: readFileSync(join(dev, f)) }));
  const analyzed = analyzeArticles(sources);
  const { catalog } = buildCatalog({ ...analyzed });
  run('dev corpus', dev, catalog, ['--min-speaker-f1', '0.85', '--min-talk-f1', '0.80']);
} else console.log(`Skipping the development corpus: ${dev} is not there.`);

rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
