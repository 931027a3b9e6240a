// `npm run bench -w @confnotes/content [-- --posts 5000]`: parses generated articles with
// confnotes and with the pipeline a typical blog uses (gray-matter + remark-parse +
// remark-rehype + rehype-stringify), each in its own child process so peak memory is its own,
// on the same files, and prints posts/s, MB/s, peak RSS, CPU time and the time ratios. The
// goal of issue 2 (<= 0.5) is for parsing alone; the line with extraction and merging is for
// information. On a shared machine the CPU-time ratio moves less than the wall-clock one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPost, type PostExtraction } from '../src/extract/extract-post.ts';
import { paragraphAnchors } from '../src/parse/anchors.ts';
import { parseArticle } from '../src/parse/parse-article.ts';
import { buildCatalog } from '../src/resolve/build-catalog.ts';
import type { Post } from '../src/schema/post.ts';
import { baselinePipeline } from './baseline.ts';
import { generateCorpus } from './generate-posts.ts';

type Pipeline = (bytes: Buffer, path: string) => unknown;

/**
 * Everything confnotes does per post: parsing (front matter, Markdown, sanitized HTML, text,
 * headings, links, diagnostics) and the extraction of the talks and speakers it reports on.
 * The cross-post merge runs once after the loop, inside the timed section.
 */
export const everythingPerPost: Pipeline = (bytes, path) => {
  const parsed = parseArticle(bytes, path);
  if (parsed.post && parsed.tree)
    extracted.push({
      post: parsed.post,
      extraction: extractPost(parsed.post, parsed.tree, paragraphAnchors(parsed.tree)),
    });
  return parsed;
};
const extracted: { post: Post; extraction: PostExtraction }[] = [];

const baseline = (): Promise<Pipeline> => baselinePipeline();

interface Run {
  name: string;
  posts: number;
  bytes: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

async function child(name: string, dir: string): Promise<void> {
  const parseOnly: Pipeline = (bytes, path) => parseArticle(bytes, path);
  const pipeline =
    name === 'baseline' ? await baseline() : name === 'parse' ? parseOnly : everythingPerPost;
  const files = readdirSync(join(dir, 'posts')).sort();
  for (const f of files.slice(0, 50)) pipeline(readFileSync(join(dir, 'posts', f)), `posts/${f}`); // warm-up
  let bytes = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const f of files) {
    const data = readFileSync(join(dir, 'posts', f));
    bytes += data.length;
    pipeline(data, `posts/${f}`);
  }
  if (name === 'confnotes') {
    const last = extracted.splice(0);
    const sample = last.slice(-files.length);
    buildCatalog({
      posts: sample.map((x) => x.post),
      extractions: sample.map((x) => x.extraction),
    });
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const run: Run = {
    name,
    posts: files.length,
    bytes,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(run));
}

function measure(name: string, dir: string): Run {
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [self, '--child', name, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${name} run failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Run;
}

function row(run: Run): string {
  const seconds = run.ms / 1000;
  return [
    run.name.padEnd(10),
    `${(run.posts / seconds).toFixed(0).padStart(7)} posts/s`,
    `${(run.bytes / 1e6 / seconds).toFixed(2).padStart(7)} MB/s`,
    `${run.maxRssMb.toFixed(0).padStart(6)} MB peak RSS`,
    `${seconds.toFixed(2).padStart(7)} s`,
    `${(run.cpuMs / 1000).toFixed(2).padStart(7)} s CPU`,
  ].join('  ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, args[2]!);
  const count = Number(args[args.indexOf('--posts') + 1]) || 5000;
  const dir = mkdtempSync(join(tmpdir(), 'confnotes-bench-'));
  try {
    const { bytes } = generateCorpus(dir, { posts: count });
    const size = statSync(join(dir, 'posts')).isDirectory() ? bytes : 0;
    console.log(
      `${count} generated posts, ${(size / 1e6).toFixed(1)} MB (${(size / count / 1000).toFixed(1)} KB each)`,
    );
    const base = measure('baseline', dir);
    // "parse" is the post model alone (front matter, Markdown, sanitized HTML, text, headings,
    // links, diagnostics); "confnotes" adds the talk and speaker extraction and the merge.
    const parse = measure('parse', dir);
    const ours = measure('confnotes', dir);
    console.log(row(base));
    console.log(row(parse));
    console.log(row(ours));
    const ratio = parse.ms / base.ms;
    const cpuRatio = parse.cpuMs / base.cpuMs;
    console.log(
      `parsing alone (issue 2, goal <= 0.50): time ratio parse/baseline ${ratio.toFixed(2)} ${ratio <= 0.5 ? 'met' : 'NOT met'}, CPU ratio ${cpuRatio.toFixed(2)}`,
    );
    console.log(
      `for information, with extraction and merge: time ratio confnotes/baseline ${(ours.ms / base.ms).toFixed(2)}, CPU ratio ${(ours.cpuMs / base.cpuMs).toFixed(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
