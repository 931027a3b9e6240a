// `npm run gen -- --posts N --out DIR [--seed S]`: writes N generated recap articles to
// DIR/posts, the conference editions they report on to DIR/events, and what each post truly
// reports to DIR/answers.json, so a benchmark can score what it built. The same seed gives
// the same files. Every benchmark of the repository generates its posts here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makePool, type PoolEvent } from './generate/pool.ts';
import { random } from './generate/random.ts';
import { type AnswerPost, writePost } from './generate/write-post.ts';

/** Groups of posts that report the same talk or the same person. */
export interface MergeGroup {
  readonly key: string;
  readonly posts: string[];
}

/** What the generated posts truly report, for scoring a build against. */
export interface Answers {
  readonly seed: number;
  readonly posts: AnswerPost[];
  readonly talks: Record<
    string,
    { event: string; title: string | null; kind: string; speakers: string[] }
  >;
  readonly speakers: Record<string, { name: string; handles: Record<string, string> }>;
  readonly merges: { readonly talks: MergeGroup[]; readonly speakers: MergeGroup[] };
}

export interface GenerateOptions {
  readonly posts: number;
  readonly seed?: number;
}

function eventYaml(e: PoolEvent): string {
  return [
    `id: ${e.id}`,
    `name: ${e.name}`,
    `year: ${e.year}`,
    `location: ${e.location}`,
    `start: ${e.start}`,
    `end: ${e.end}`,
    `url: ${e.url}`,
    '',
  ].join('\n');
}

const groupsOf = (pairs: Iterable<[string, string]>): MergeGroup[] => {
  const byKey = new Map<string, Set<string>>();
  for (const [key, path] of pairs) {
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)!.add(path);
  }
  return [...byKey]
    .filter(([, posts]) => posts.size > 1)
    .map(([key, posts]) => ({ key, posts: [...posts] }));
};

/**
 * Writes a generated corpus to `dir` and returns its known answer (also written to
 * `dir/answers.json`).
 * @example const answers = generateCorpus('/tmp/corpus', { posts: 1000, seed: 7 });
 */
export function generateCorpus(dir: string, options: GenerateOptions): Answers & { bytes: number } {
  const seed = options.seed ?? 1;
  const r = random(seed);
  const pool = makePool(r, options.posts);
  mkdirSync(join(dir, 'posts'), { recursive: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  for (const e of pool.events) writeFileSync(join(dir, 'events', `${e.id}.yaml`), eventYaml(e));
  const posts: AnswerPost[] = [];
  let bytes = 0;
  for (let i = 0; i < options.posts; i++) {
    const event = pool.events[Math.floor(r() * pool.events.length)]!;
    // Each post has its own stream, so changing one post's writing leaves the others alone.
    const post = writePost(random((Math.imul(seed, 2654435761) + i) >>> 0), i, pool, event);
    writeFileSync(join(dir, post.path), post.text);
    bytes += Buffer.byteLength(post.text);
    posts.push(post.answer);
  }
  const answers: Answers = {
    seed,
    posts,
    talks: Object.fromEntries(
      pool.events.flatMap((e) =>
        e.talks.map((t) => [
          t.key,
          { event: t.event, title: t.title, kind: t.kind, speakers: [...t.speakers] },
        ]),
      ),
    ),
    speakers: Object.fromEntries(
      [...pool.speakers.values()].map((s) => [s.key, { name: s.name, handles: { ...s.handles } }]),
    ),
    merges: {
      talks: groupsOf(
        posts.flatMap((p) => p.talks.map((t) => [t.key, p.path] as [string, string])),
      ),
      speakers: groupsOf(
        posts.flatMap((p) => p.speakers.map((s) => [s.key, p.path] as [string, string])),
      ),
    },
  };
  writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
  return { ...answers, bytes };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const posts = Number(option(args, '--posts'));
  const out = option(args, '--out');
  const seed = Number(option(args, '--seed') ?? 1);
  if (!Number.isInteger(posts) || posts < 1 || !out || !Number.isInteger(seed)) {
    console.error('Usage: npm run gen -- --posts N --out DIR [--seed S]');
    process.exit(2);
  }
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), out);
  const start = performance.now();
  const written = generateCorpus(dir, { posts, seed });
  console.log(
    `Wrote ${posts} posts (${(written.bytes / 1e6).toFixed(1)} MB), their events and answers.json to ${dir} in ${((performance.now() - start) / 1000).toFixed(1)} s.`,
  );
}
