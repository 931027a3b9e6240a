import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog } from '../schema/catalog.ts';
import { contentCacheDir } from './cache-dir.ts';
import { loadCatalog } from './load-catalog.ts';

// The content sits in a package of its own, so the default cache goes inside it and goes with
// it, not to a `.cache` shared by everything in the temporary directory.
const work = mkdtempSync(join(tmpdir(), 'confnotes-catalog-'));
const dir = join(work, 'content');
writeFileSync(join(work, 'package.json'), '{}\n');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

write(
  'posts/2031-05-01-good.md',
  '---\ntitle: WidgetConf 2031 day one\n---\nIda Moss spoke about **Gentle Gears**.\n',
);
write('posts/broken.md', '---\ntitle: [unclosed\n---\nBody\n');
write(
  'events/widgetconf-2031.yaml',
  'id: widgetconf-2031\nname: WidgetConf 2031\nyear: 2031\nlocation: Lyon, France\n',
);
write('events/bad.yaml', 'id: bad\nname: Bad\nyear: "soon"\n');
write('speakers.yaml', '- name: Ida Moß\n  match: [Ida Moss]\n- name: Nobody\n  colour: blue\n');

describe('loadCatalog', () => {
  it('keeps every good article when another one is broken, and reports the broken one', async () => {
    const { catalog, diagnostics } = await loadCatalog(dir);
    expect(catalog.posts.map((p) => p.id)).toEqual(['good']);
    expect(diagnostics.find((d) => d.file === 'posts/broken.md')).toMatchObject({
      severity: 'error',
      code: 'invalid-yaml',
      line: 2,
    });
    expect(Catalog.safeParse(catalog).success).toBe(true);
  });

  it('applies curated events and corrections, and points at the line of an invalid field', async () => {
    const { catalog, diagnostics } = await loadCatalog(dir);
    expect(catalog.posts[0]!.event).toBe('widgetconf-2031');
    expect(catalog.events.map((e) => e.id)).toEqual(['widgetconf-2031']);
    expect(catalog.speakers.map((s) => s.name)).toEqual(['Ida Moß']);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'events/bad.yaml',
        code: 'invalid-record',
        line: 3,
        column: 7,
      }),
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: 'speakers.yaml', code: 'invalid-record', line: 3 }),
    );
  });
});

describe('confnotes export', () => {
  const cli = join(import.meta.dirname, 'cli.ts');

  it('prints the catalog as JSON and exits 1 when the content has errors', () => {
    const run = spawnSync(process.execPath, [cli, 'export', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const catalog = Catalog.parse(JSON.parse(run.stdout));
    expect(catalog.talks.map((t) => t.title)).toEqual(['Gentle Gears']);
    expect(run.stderr).toContain('posts/broken.md:2:8 error invalid-yaml');
  });

  it('writes the catalog to a file with --out, as it prints it', () => {
    const out = join(dir, 'catalog.json');
    for (const pretty of [[], ['--pretty']]) {
      const run = spawnSync(process.execPath, [cli, 'export', dir, '--out', out, ...pretty], {
        encoding: 'utf8',
      });
      expect(run.stderr).toMatch(/^Wrote 1 post, 1 talk and 1 speaker to /m);
      const printed = spawnSync(process.execPath, [cli, 'export', dir, ...pretty], {
        encoding: 'utf8',
      }).stdout;
      expect(readFileSync(out, 'utf8')).toBe(printed);
      expect(Catalog.parse(JSON.parse(printed)).posts).toHaveLength(1);
    }
  });
});

describe('what the listing could not read', () => {
  it('is in every catalog, built, read back or patched, once', async () => {
    const site = join(work, 'listed');
    const outside = join(work, 'outside');
    mkdirSync(join(site, 'content', 'posts'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(site, 'package.json'), '{}\n');
    writeFileSync(join(outside, 'elsewhere.md'), '---\ntitle: Elsewhere\n---\nSecret.\n');
    const content = join(site, 'content');
    const post = (name: string, text: string) =>
      writeFileSync(join(content, 'posts', name), `---\ntitle: ${text}\n---\n${text}.\n`);
    post('a.md', 'A');
    post('b.md', 'B');
    symlinkSync(join(outside, 'elsewhere.md'), join(content, 'posts', 'out.md'));
    const cacheDir = join(site, 'cache');
    const links = (d: { code: string; file: string }[]) =>
      d.filter((x) => x.code === 'unfollowed-link').map((x) => x.file);
    const stages: string[][] = [];
    const load = async () => {
      const seen: string[] = [];
      const built = await loadCatalog(content, { cacheDir, onStage: (s) => seen.push(s) });
      stages.push(seen);
      return built;
    };
    const cold = await load();
    const read = await load();
    post('b.md', 'B, edited');
    const patched = await load();
    for (const { catalog, diagnostics } of [cold, read, patched]) {
      expect(catalog.posts.map((p) => p.id)).toEqual(['a', 'b']);
      expect(links(diagnostics)).toEqual(['posts/out.md']);
      expect(links(catalog.diagnostics)).toEqual(['posts/out.md']);
    }
    // The three ways a catalog is had, each taken.
    expect(stages[0]).toContain('build');
    expect(stages[1]).toContain('snapshot');
    expect(stages[2]).toContain('patch');
  });
});

describe('a cache that cannot be kept', () => {
  it('builds the catalog without one, as with cacheDir: false', async () => {
    const blocked = join(work, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder would be\n');
    const cached = await loadCatalog(dir, { cacheDir: join(blocked, 'confnotes') });
    const plain = await loadCatalog(dir, { cacheDir: false, workers: 1 });
    expect(cached.catalog).toEqual(plain.catalog);
    expect(cached.key).toBeUndefined();
  });
});

describe('curated corrections that match nothing', () => {
  it('are warnings at their entries, built whole or patched, until a post matches them', async () => {
    const site = join(work, 'unused');
    const content = join(site, 'content');
    mkdirSync(join(content, 'posts'), { recursive: true });
    const post = (name: string, who: string) =>
      writeFileSync(
        join(content, 'posts', name),
        `---\ntitle: ${name}\n---\n${who} spoke about **Gentle Gears at Scale**.\n`,
      );
    post('a.md', 'Ida Moss');
    post('b.md', 'Ada Lee');
    writeFileSync(
      join(content, 'speakers.yaml'),
      '- name: Ida Moss\n  affiliation: Acme\n- name: Bo Stone\n  affiliation: Initech\n',
    );
    const seen: string[][] = [];
    const load = async () => {
      const stages: string[] = [];
      const built = await loadCatalog(content, {
        cacheDir: join(site, 'cache'),
        onStage: (s) => stages.push(s),
      });
      seen.push(stages);
      return built.diagnostics
        .filter((d) => d.code === 'unused-correction')
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    };
    const warning =
      'speakers.yaml:3:3 This curated speaker "Bo Stone" matches nothing the posts report, so it changes nothing.';
    expect(await load()).toEqual([warning]);
    expect(await load()).toEqual([warning]);
    post('b.md', 'Ada Lee and Bo Stone');
    expect(await load()).toEqual([]);
    post('b.md', 'Ada Lee');
    expect(await load()).toEqual([warning]);
    const way = (s: string[]) => ['patch', 'build', 'snapshot'].find((x) => s.includes(x));
    expect(seen.map(way)).toEqual(['build', 'snapshot', 'patch', 'patch']);
  });
});

describe('a catalog without drafts', () => {
  it('leaves out drafts with what only they report, built whole, read back or after a change', async () => {
    const site = join(work, 'drafts');
    const content = join(site, 'content');
    const bare = join(site, 'bare');
    for (const dir of [content, bare]) mkdirSync(join(dir, 'posts'), { recursive: true });
    const both = (name: string, text: string) => {
      for (const dir of [content, bare]) writeFileSync(join(dir, 'posts', name), text);
    };
    const post = (title: string, body: string, head = '') =>
      `---\ntitle: ${title}\n${head}---\n${body}\n`;
    both('a.md', post('A', 'Ida Moss spoke about **Gentle Gears at Scale**.'));
    // The draft takes the id `a` first in path order, reports a talk of its own, and says
    // something of the published post's talk, all unpublished.
    writeFileSync(
      join(content, 'posts', '0-draft.md'),
      post(
        'Draft',
        'Bo Stone spoke about **Quiet Queues at Scale**. Ida Moss spoke about **Gentle Gears at Scale**: it was dull.\n\n## Bad\n\n[broken] (http://x)',
        'slug: a\ndraft: true\n',
      ),
    );
    const cacheDir = join(site, 'cache');
    const stagesOf: string[][] = [];
    const load = async (dir: string, drafts?: boolean) => {
      const stages: string[] = [];
      const built = await loadCatalog(dir, { cacheDir, drafts, onStage: (x) => stages.push(x) });
      stagesOf.push(stages);
      return built;
    };
    const published = await load(content, false);
    const expected = (await load(bare, false)).catalog;
    const shape = (c: Catalog) => ({
      posts: c.posts.map((p) => p.id),
      talks: c.talks.map((t) => [t.id, t.mentions.map((m) => m.post)]),
      speakers: c.speakers.map((s) => s.name),
    });
    expect(shape(published.catalog)).toEqual(shape(expected));
    expect(shape(published.catalog)).toEqual({
      posts: ['a'],
      talks: [['gentle-gears-at-scale', ['a']]],
      speakers: ['Ida Moss'],
    });
    // What is wrong in a draft is still said.
    expect(published.diagnostics.map((d) => [d.file, d.code])).toContainEqual([
      'posts/0-draft.md',
      'malformed-link',
    ]);
    // A correction of what only the draft reports is not called unused, but with drafts it is
    // in use, and one of nothing at all is said there.
    writeFileSync(
      join(content, 'speakers.yaml'),
      '- name: Bo Stone\n  affiliation: Acme\n- name: Nobody Here\n',
    );
    const unused = (built: { diagnostics: { code: string; message: string }[] }) =>
      built.diagnostics.filter((d) => d.code === 'unused-correction').map((d) => d.message);
    expect(unused(await load(content, false))).toEqual([]);
    expect(unused(await load(content))).toEqual([
      'This curated speaker "Nobody Here" matches nothing the posts report, so it changes nothing.',
    ]);
    rmSync(join(content, 'speakers.yaml'));
    // With drafts, the same files give the draft too; each catalog is read back as itself.
    const all = await load(content);
    expect(all.catalog.posts.map((p) => [p.id, p.draft])).toEqual([
      ['a', true],
      ['a-2', false],
    ]);
    expect(all.catalog.talks).toHaveLength(2);
    // The store keeps the last catalog built: this one is built again, not patched from it.
    expect(shape((await load(content, false)).catalog)).toEqual(shape(expected));
    expect(stagesOf.at(-1)).toContain('build');
    expect(shape((await load(content, false)).catalog)).toEqual(shape(expected));
    expect(stagesOf.at(-1)).toContain('snapshot');
    // A change beside a draft: built whole, never patched from a catalog that had it.
    both('a.md', post('A', 'Ida Moss spoke about **Gentle Gears at Scale**, again.'));
    const changed = await load(content, false);
    expect(stagesOf.at(-1)).not.toContain('patch');
    expect(shape(changed.catalog)).toEqual(shape((await load(bare, false)).catalog));
    // Content with no draft is patched as ever.
    expect(stagesOf.at(-1)).toContain('patch');
    expect(changed.catalog.talks[0]!.mentions.map((m) => m.post)).toEqual(['a']);
  });
});

describe('an empty cache folder name', () => {
  it('keeps the cache where it goes by default, not in the working directory', async () => {
    const fallback = join(work, 'node_modules', '.cache', 'confnotes');
    rmSync(fallback, { recursive: true, force: true });
    const { key } = await loadCatalog(dir, { cacheDir: '', workers: 1 });
    expect(existsSync(contentCacheDir(dir, fallback))).toBe(true);
    expect(existsSync(contentCacheDir(dir, ''))).toBe(false);
    // Its catalog is stored there, keyed; a build without a cache has no key.
    expect(key).toBeDefined();
  });
});

describe('a folder that holds no content', () => {
  it('builds an empty catalog with a warning that says so, where a content folder has none', async () => {
    const folder = (name: string, files: string[], dirs: string[] = []) => {
      const at = join(work, 'marks', name);
      mkdirSync(at, { recursive: true });
      for (const d of dirs) mkdirSync(join(at, d), { recursive: true });
      for (const f of files) writeFileSync(join(at, f), '[]\n');
      return at;
    };
    const codes = async (at: string) =>
      (await loadCatalog(at, { cacheDir: false })).diagnostics.map((d) => d.code);
    // The likeliest slip: the articles' folder given as the content folder.
    const slip = folder('posts-given', ['a.md']);
    const { catalog, diagnostics } = await loadCatalog(slip, { cacheDir: false });
    expect(catalog.posts).toEqual([]);
    expect(diagnostics).toMatchObject([
      { code: 'not-a-content-folder', severity: 'warning', file: 'posts/' },
    ]);
    expect(catalog.diagnostics.map((d) => d.code)).toEqual(['not-a-content-folder']);
    // A new site with no article yet, or curated records only, is a content folder.
    expect(await codes(folder('new-site', [], ['posts']))).toEqual([]);
    expect(await codes(folder('records-only', ['talks.yaml']))).toEqual([]);
  });
});
