import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse/parse-article.ts';
import { analyzeArticle } from '../src/resolve/analyze.ts';
import { type Answers, generateCorpus } from './generate-posts.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-gen-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (dir: string) =>
  Object.fromEntries(
    ['posts', 'events'].flatMap((sub) =>
      readdirSync(join(dir, sub)).map((f) => [
        `${sub}/${f}`,
        readFileSync(join(dir, sub, f), 'utf8'),
      ]),
    ),
  );

describe('generateCorpus', () => {
  const a = join(root, 'a');
  const answers = generateCorpus(a, { posts: 60, seed: 5 });

  it('writes the same files and answer for the same seed, and others for another seed', () => {
    const b = join(root, 'b');
    generateCorpus(b, { posts: 60, seed: 5 });
    expect(files(b)).toEqual(files(a));
    expect(readFileSync(join(b, 'answers.json'), 'utf8')).toBe(
      readFileSync(join(a, 'answers.json'), 'utf8'),
    );
    const c = join(root, 'c');
    generateCorpus(c, { posts: 60, seed: 6 });
    expect(Object.keys(files(c))).not.toEqual(Object.keys(files(a)));
  });

  it('writes every front-matter format the parser reads, each without errors', () => {
    const formats = new Set<string>();
    for (const [path, text] of Object.entries(files(a))) {
      if (!path.startsWith('posts/')) continue;
      const parsed = parseArticle(text, path);
      expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      formats.add(parsed.post!.source.format);
    }
    expect([...formats].sort()).toEqual(['hexo', 'json', 'nikola', 'pelican', 'toml', 'yaml']);
  });

  it('puts some titles in a heading opening the body, alone or after the key, shown once', () => {
    const places = new Set<string>();
    for (const [path, text] of Object.entries(files(a))) {
      if (!path.startsWith('posts/') || !text.startsWith('---')) continue;
      const heading = /^---\n[\s\S]*?\n---\n# (.+)\n/.exec(text)?.[1];
      const key = /^title: (.+)$/m.test(text.slice(0, text.indexOf('\n---\n', 4)));
      places.add(heading ? (key ? 'both' : 'heading') : 'key');
      const { post } = parseArticle(text, path);
      if (heading) expect(post?.title).toBe(heading);
      expect(post?.html).not.toMatch(/<h1/);
    }
    expect([...places].sort()).toEqual(['both', 'heading', 'key']);
  });

  it('writes one post in twelve in HTML, as WordPress exports it, read as its Markdown would be', () => {
    const html = answers.posts.filter((p) => /^<p>/m.test(readFileSync(join(a, p.path), 'utf8')));
    expect(html.length).toBe(5);
    for (const post of html) {
      const { post: parsed, diagnostics } = parseArticle(
        readFileSync(join(a, post.path)),
        post.path,
      );
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(parsed!.text).not.toMatch(/<\/?(p|li|strong|a)\b/);
      const found = analyzeArticle({ path: post.path, source: readFileSync(join(a, post.path)) });
      const titles = found.extraction!.talks.map((t) => t.title);
      for (const talk of post.talks) if (talk.title) expect(titles).toContain(talk.title);
    }
  });

  it('gives an answer that matches the text: every title and name as written is in its post', () => {
    const stored = JSON.parse(readFileSync(join(a, 'answers.json'), 'utf8')) as Answers;
    expect(stored.posts).toEqual(answers.posts);
    expect(answers.posts).toHaveLength(60);
    for (const post of answers.posts) {
      const text = readFileSync(join(a, post.path), 'utf8');
      for (const talk of post.talks) {
        expect(answers.talks[talk.key]?.event).toBe(post.event);
        if (talk.title) expect(text).toContain(talk.title);
        for (const name of talk.speakers) expect(text).toContain(name);
      }
      for (const s of post.speakers) expect(answers.speakers[s.key]).toBeDefined();
    }
  });

  it('reuses talks and people across posts, with variants, and lists them as merge groups', () => {
    expect(answers.merges.talks.length).toBeGreaterThan(10);
    expect(answers.merges.speakers.length).toBeGreaterThan(5);
    for (const group of answers.merges.talks) {
      expect(new Set(group.posts).size).toBe(group.posts.length);
      for (const path of group.posts)
        expect(answers.posts.find((p) => p.path === path)?.talks.map((t) => t.key)).toContain(
          group.key,
        );
    }
    const written = answers.posts.flatMap((p) =>
      p.talks.filter((t) => t.title).map((t) => [t.key, t.title] as const),
    );
    const variants = written.filter(([key, title]) => answers.talks[key]!.title !== title);
    expect(variants.length).toBeGreaterThan(0);
    expect(answers.posts.some((p) => p.talks.some((t) => t.title === null))).toBe(true);
  });
});
