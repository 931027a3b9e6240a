import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from './analysis-version.ts';
import { writeSnapshot } from './catalog-snapshot.ts';
import { CatalogStore, segmentsOf } from './catalog-store.ts';
import { ageArticles } from './fixtures/age-articles.ts';
import { agedCorpus } from './fixtures/aged-corpus.ts';
import { builtJson as json } from './fixtures/built-json.ts';
import { loadWithStages } from './fixtures/load-with-stages.ts';
import { threadExits } from './fixtures/thread-exits.ts';
import { loadCatalog } from './load-catalog.ts';
import { decodePooled } from './pooled-codec.ts';
import { readSegments, type SegmentReads } from './read-segments.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The store of the only content directory built with `cacheDir`. */
function storeOf(cacheDir: string): { dir: string; store: CatalogStore } {
  const [own] = readdirSync(cacheDir);
  const dir = join(cacheDir, own!, 'store');
  return { dir, store: new CatalogStore(dir, ANALYSIS_VERSION) };
}

/** A build with the cache, and the stages it went through. */
const build = (dir: string, cacheDir: string) => loadWithStages(dir, { cacheDir });

describe('the stored catalog', () => {
  it('cuts records into segments and reuses those whose records are all still there', () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ i }));
    const first = segmentsOf(records, 4);
    expect(first.map((s) => ('records' in s ? s.records.length : 0))).toEqual([4, 4, 2]);
    const previous = first.map((s, k) => ({
      name: `s${k}`,
      records: 'records' in s ? s.records : [],
    }));
    // One record changed in the middle segment and one added at the end.
    const next = [...records.slice(0, 5), { i: 5 }, ...records.slice(6), { i: 10 }];
    expect(segmentsOf(next, 4, previous)).toEqual([
      { name: 's0' },
      { records: next.slice(4, 8) },
      { name: 's2' },
      { records: next.slice(10) },
    ]);
  });

  it('reads segment files in order on a thread, and nothing of a damaged or missing one', async () => {
    const dir = join(root, 'segments');
    const names = ['posts-01', 'posts-02', 'posts-03', 'posts-04'];
    names.forEach((name, i) => {
      writeSnapshot(join(dir, name), name, [{ i, html: `<p>${'x'.repeat(40)}</p>` }]);
    });
    const damaged = readFileSync(join(dir, names[1]!));
    damaged[damaged.length - 3] = damaged[damaged.length - 3]! ^ 1;
    writeFileSync(join(dir, names[1]!), damaged);
    rmSync(join(dir, names[2]!));
    const bodies: Awaited<ReturnType<SegmentReads['take']>>[] = [];
    const exits = await threadExits(async () => {
      const reads = readSegments(dir, names, { minFilesForThread: 1 });
      for (let i = 0; i < names.length; i++) bodies.push(await reads.take(i));
      reads.end();
    });
    // Told to end, the thread ends by itself.
    expect(exits).toEqual([0]);
    expect(bodies.map((b) => b && decodePooled(b.body))).toEqual([
      [{ i: 0, html: `<p>${'x'.repeat(40)}</p>` }],
      undefined,
      undefined,
      [{ i: 3, html: `<p>${'x'.repeat(40)}</p>` }],
    ]);
  });

  it('puts long strings in a spill of the worker as it reads, read back from there', async () => {
    const dir = join(root, 'segments-spilled');
    const spillDir = join(root, 'segments-spill');
    mkdirSync(spillDir, { recursive: true });
    const names = ['posts-01', 'posts-02', 'posts-03'];
    const values = names.map((_, i) => [
      { i, html: `<p>${String(i).repeat(3000)}</p>`, text: 'é'.repeat(2000 + i), short: 'x' },
    ]);
    names.forEach((name, i) => {
      writeSnapshot(join(dir, name), name, values[i]);
    });
    const reads = readSegments(dir, names, { spillDir, minFilesForThread: 1 });
    const read = [];
    for (let i = 0; i < names.length; i++) read.push((await reads.take(i))!);
    expect(read.every((r) => r.placed?.some((at) => at >= 0))).toBe(true);
    const spill = reads.spill!;
    expect(spill).toBeDefined();
    // Nothing appended here: each long string is read from where the worker put it.
    const appended: number[] = [];
    const watched = {
      ...spill,
      read: spill.read.bind(spill),
      copy: spill.copy.bind(spill),
      append: (b: Uint8Array) => {
        appended.push(b.length);
        return spill.append(b);
      },
    };
    const decoded = read.map((r) => decodePooled(r.body, { spill: watched, placed: r.placed }));
    reads.end();
    expect(appended).toEqual([]);
    expect(decoded).toEqual(values);
    // The spill's file is gone once opened; the strings are still read from it.
    expect(readdirSync(spillDir)).toEqual([]);
    expect(decoded).toEqual(values);
  });

  it('reads a few files on the calling thread, which makes no spill of its own', async () => {
    const dir = join(root, 'segments-few');
    const spillDir = join(root, 'segments-few-spill');
    mkdirSync(spillDir, { recursive: true });
    const names = ['posts-01', 'posts-02', 'posts-03'];
    const values = names.map((_, i) => [{ i, html: `<p>${String(i).repeat(3000)}</p>` }]);
    names.forEach((name, i) => {
      writeSnapshot(join(dir, name), name, values[i]);
    });
    const reads = readSegments(dir, names, { spillDir, minFilesForThread: 4 });
    expect(readdirSync(spillDir)).toEqual([]);
    const read = [];
    for (let i = 0; i < names.length; i++) read.push((await reads.take(i))!);
    reads.end();
    expect(read.map((r) => r.placed)).toEqual([undefined, undefined, undefined]);
    expect(reads.spill).toBeUndefined();
    expect(read.map((r) => decodePooled(r.body))).toEqual(values);
  });

  it('leaves no spill file behind when reading ends before anything is taken', async () => {
    const dir = join(root, 'segments-unread');
    const spillDir = join(root, 'segments-unread-spill');
    mkdirSync(spillDir, { recursive: true });
    const names = ['posts-01', 'posts-02'];
    names.forEach((name, i) => {
      writeSnapshot(join(dir, name), name, [{ i, html: 'y'.repeat(5000) }]);
    });
    const reads = readSegments(dir, names, { spillDir, minFilesForThread: 1 });
    reads.end();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readdirSync(spillDir)).toEqual([]);
  });

  it('reads segment files on the calling thread when the thread fails, ends or cannot start', async () => {
    const dir = join(root, 'segments-inline');
    const names = ['posts-01', 'posts-02', 'posts-03'];
    names.forEach((name, i) => {
      writeSnapshot(join(dir, name), name, [{ i }]);
    });
    const failing = {
      throws: new URL('data:text/javascript,throw new Error("no thread here")'),
      exits: new URL('data:text/javascript,process.exit(0)'),
      missing: new URL('file:///nowhere/segment-read-worker.js'),
    };
    for (const [how, workerUrl] of Object.entries(failing)) {
      const reads = readSegments(dir, names, { workerUrl, minFilesForThread: 1 });
      const bodies = [];
      for (let i = 0; i < names.length; i++) bodies.push(await reads.take(i));
      reads.end();
      expect(
        bodies.map((b) => b && decodePooled(b.body)),
        how,
      ).toEqual([[{ i: 0 }], [{ i: 1 }], [{ i: 2 }]]);
    }
  });

  it('returns the stored catalog when nothing changed, equal to a build without a cache', async () => {
    const dir = join(root, 'same');
    agedCorpus(dir, { posts: 40, seed: 5 });
    const cacheDir = join(root, 'same-cache');
    const fresh = await loadCatalog(dir, { cacheDir: false, workers: 1 });
    await loadCatalog(dir, { cacheDir, workers: 1 });
    const again = await build(dir, cacheDir);
    expect(json(again.built)).toBe(json(fresh));
    expect(again.stages).toContain('snapshot');
    // As a build gives it: the catalog's diagnostics are the result's.
    expect(again.built.diagnostics).toBe(again.built.catalog.diagnostics);
    // A planted catalog under the same key shows the build took it instead of building.
    const { store } = storeOf(cacheDir);
    const head = store.head()!;
    const planted = (await store.read(head))!;
    planted.catalog.posts[0]!.title = 'Planted';
    store.write(head.key, head.records, planted, store.readTrace(head)!.trace);
    expect((await loadCatalog(dir, { cacheDir })).catalog.posts[0]!.title).toBe('Planted');
  });

  it('gives the key of what the catalog was built from, whichever way it was made', async () => {
    const dir = join(root, 'keyed');
    const { posts } = agedCorpus(dir, { posts: 20, seed: 4 });
    const cacheDir = join(root, 'keyed-cache');
    const whole = await loadCatalog(dir, { cacheDir });
    expect(whole.key).toMatch(/^[0-9a-f]{16,}$/);
    // Read back as stored: the same content, the same key.
    expect((await loadCatalog(dir, { cacheDir })).key).toBe(whole.key);
    const path = join(dir, posts[3]!.path);
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, `${before}\nOne more line.\n`);
    const { built, stages } = await build(dir, cacheDir);
    expect(stages).toContain('patch');
    expect(built.key).toBeDefined();
    expect(built.key).not.toBe(whole.key);
    // The edit undone: the key of the first build again, though the catalog was patched twice.
    writeFileSync(path, before);
    expect((await loadCatalog(dir, { cacheDir })).key).toBe(whole.key);
    expect((await loadCatalog(dir, { cacheDir: false })).key).toBeUndefined();
  });

  it('patches the catalog after articles are edited, added, removed or renamed, as a build gives it', async () => {
    const dir = join(root, 'patch');
    const { posts } = agedCorpus(dir, { posts: 60, seed: 8 });
    const cacheDir = join(root, 'patch-cache');
    const fresh = () => loadCatalog(dir, { cacheDir: false, workers: 1 });
    await loadCatalog(dir, { cacheDir });
    const path = (i: number) => join(dir, posts[i]!.path);
    const edits: (() => void)[] = [
      () => writeFileSync(path(4), `${readFileSync(path(4), 'utf8')}\nOne more line.\n`),
      // Another event's report: its talks and people move to this post's event.
      () => {
        const own = readFileSync(path(9), 'utf8');
        const other = readFileSync(path(30), 'utf8');
        writeFileSync(
          path(9),
          `${own.slice(0, own.indexOf('\n---', 3) + 4)}${other.slice(other.indexOf('\n---', 3) + 4)}`,
        );
      },
      () => writeFileSync(join(dir, 'posts', 'zz-added.md'), readFileSync(path(12), 'utf8')),
      () => rmSync(path(20)),
      () => renameSync(path(33), join(dir, 'posts', 'renamed.md')),
    ];
    for (const edit of edits) {
      edit();
      const { built, stages } = await build(dir, cacheDir);
      expect(stages).toContain('patch');
      expect(json(built)).toBe(json(await fresh()));
      // And the catalog the patch stored is the one read back next.
      const { built: read, stages: next } = await build(dir, cacheDir);
      expect(next).not.toContain('patch');
      expect(json(read)).toBe(json(built));
    }
  });

  it('patches a post of an event holding most posts when it reports the talks it did, and builds whole without reading the stored catalog when it does not', async () => {
    const dir = join(root, 'one-event');
    mkdirSync(join(dir, 'posts'), { recursive: true });
    mkdirSync(join(dir, 'events'), { recursive: true });
    writeFileSync(
      join(dir, 'events', 'widgetconf-2031.yaml'),
      'id: widgetconf-2031\nname: WidgetConf 2031\nyear: 2031\n',
    );
    const post = (i: number) => join(dir, 'posts', `notes-${String(i).padStart(3, '0')}.md`);
    const names = ['Ada Byron', 'Bo Chen', 'Cy Dunn', 'Di Eyre', 'Ed Fox'];
    for (let i = 0; i < 520; i++)
      writeFileSync(
        post(i),
        `---\ntitle: WidgetConf 2031 notes ${i}\n---\n${names[i % 5]} spoke about **Gentle gears number ${i % 40}**.\n`,
      );
    ageArticles(dir);
    const cacheDir = join(root, 'one-event-cache');
    await loadCatalog(dir, { cacheDir });
    const fresh = () => loadCatalog(dir, { cacheDir: false, workers: 1 });
    writeFileSync(
      post(7),
      `---\ntitle: WidgetConf 2031 notes 7\n---\nA first line.\n\n${readFileSync(post(7), 'utf8').split('---\n')[2]}`,
    );
    const edited = await build(dir, cacheDir);
    expect(edited.stages).toContain('patch');
    expect(json(edited.built)).toBe(json(await fresh()));
    // One talk per number: a series, though each speaker gave eight of its talks.
    expect(edited.built.catalog.talks).toHaveLength(40);
    // Another title for its talk: the talks of the whole event would be merged again.
    writeFileSync(post(7), readFileSync(post(7), 'utf8').replace('Gentle gears', 'Gentler gears'));
    const { built, stages } = await build(dir, cacheDir);
    expect(stages).toContain('build');
    expect(stages).not.toContain('snapshot');
    expect(json(built)).toBe(json(await fresh()));
  });

  it('builds whole when curated records change, and when the store is damaged', async () => {
    const dir = join(root, 'changes');
    const { posts } = agedCorpus(dir, { posts: 30, seed: 6 });
    const cacheDir = join(root, 'changes-cache');
    const fresh = () => loadCatalog(dir, { cacheDir: false, workers: 1 });
    await loadCatalog(dir, { cacheDir });
    const event = join(dir, 'events', readdirSync(join(dir, 'events'))[0]!);
    writeFileSync(event, readFileSync(event, 'utf8').replace(/^name: .*$/m, 'name: Renamed 2020'));
    let result = await build(dir, cacheDir);
    expect(result.stages).toContain('build');
    expect(json(result.built)).toBe(json(await fresh()));
    writeFileSync(join(dir, 'speakers.yaml'), '- name: Ida Moss\n  match: [Ida]\n');
    result = await build(dir, cacheDir);
    expect(result.stages).toContain('build');
    expect(json(result.built)).toBe(json(await fresh()));
    // Each part of the store damaged in turn, then an article changed: never another catalog.
    const { dir: storeDir, store } = storeOf(cacheDir);
    for (const part of ['posts', 'talks', 'rest', 'trace'] as const) {
      const head = store.head()!;
      const name = part === 'rest' || part === 'trace' ? head[part] : head[part][0]!;
      const file = join(storeDir, name);
      const bytes = readFileSync(file);
      bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 1;
      writeFileSync(file, bytes);
      const post = join(dir, posts[part.length]!.path);
      writeFileSync(post, `${readFileSync(post, 'utf8')}\nA line about ${part}.\n`);
      result = await build(dir, cacheDir);
      expect(result.stages).not.toContain('patch');
      expect(json(result.built)).toBe(json(await fresh()));
    }
    // A lost segment too.
    rmSync(join(storeDir, store.head()!.speakers[0]!));
    result = await build(dir, cacheDir);
    expect(json(result.built)).toBe(json(await fresh()));
  });
});
