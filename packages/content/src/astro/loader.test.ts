import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { writeChecked } from '../node/checked-file.ts';
import type { Catalog, Diagnostic } from '../schema/index.ts';
import { loadSearchIndex } from '../search/search-index.ts';
import type { CatalogResult } from './catalog-source.ts';
import { schemas } from './entries.ts';
import { confnotesLoaders } from './loader.ts';
import type { ConfnotesLoaderContext, StoredEntry } from './loader-context.ts';
import { postHtml } from './post-html.ts';
import { searchIndexResponse } from './search-index-route.ts';

const root = pathToFileURL('/site/');

/** The error an article with an impossible date gives, at line 3 of `file`. */
const badDate = (file: string, more: Partial<Diagnostic> = {}): Diagnostic => ({
  severity: 'error',
  code: 'invalid-date',
  message: 'The date "2015-13-40" is not a calendar date.',
  file,
  line: 3,
  column: 7,
  ...more,
});

/** A catalog source that answers each load with the next of `results`, then the last again. */
function inTurn(results: readonly CatalogResult[]) {
  const load = Object.assign(async () => results[Math.min(load.calls++, results.length - 1)]!, {
    calls: 0,
  });
  return load;
}

function catalog(postIds: string[]): Catalog {
  return {
    version: 1,
    events: [{ id: 'ev', name: 'Conf 2015', origin: 'curated' }],
    posts: postIds.map((id) => ({
      id,
      title: `Post ${id}`,
      tags: [],
      categories: [],
      draft: false,
      extra: {},
      source: { path: `posts/${id}.md`, format: 'yaml', bodyLine: 4 },
      body: '## Intro\n\nHello',
      html: '<h2 id="intro">Intro</h2><p id="p-1">Hello</p>',
      text: 'Intro Hello',
      excerpt: 'Hello',
      headings: [{ depth: 2, text: 'Intro', anchor: 'intro' }],
      links: [],
      wordCount: 2,
      readingMinutes: 1,
      digest: `d-${id}`,
    })),
    talks: [
      {
        id: 'talk',
        title: 'A talk',
        altTitles: [],
        kind: 'talk',
        event: 'ev',
        speakers: ['sp'],
        links: [],
        takeaways: [],
        mentions: [],
        provenance: {},
      },
    ],
    speakers: [
      {
        id: 'sp',
        name: 'Ada',
        aliases: [],
        handles: {},
        talks: ['talk'],
        mentions: [],
        provenance: {},
      },
    ],
    diagnostics: [],
  };
}

type Listener = (event: string, path: string) => void;

function context(
  collection: keyof typeof schemas,
  watcher?: { listeners: Listener[] },
  entries = new Map<string, StoredEntry>(),
  metaValues = new Map<string, string>(),
) {
  const logged: string[] = [];
  const parsed: string[] = [];
  const ctx: ConfnotesLoaderContext = {
    collection,
    config: { root },
    store: {
      get: (id) => entries.get(id),
      set: (entry) => {
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    meta: {
      get: (key) => metaValues.get(key),
      has: (key) => metaValues.has(key),
      set: (key, value) => void metaValues.set(key, value),
      delete: (key) => void metaValues.delete(key),
    },
    logger: {
      info: (m) => logged.push(m),
      warn: (m) => logged.push(m),
      error: (m) => logged.push(m),
    },
    // As Astro does: validate with the collection's schema and return the parsed data.
    parseData: async ({ id, data }) => {
      parsed.push(id);
      return schemas[collection].parse(data) as unknown as typeof data;
    },
    generateDigest: (data) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    watcher: watcher && {
      add: () => undefined,
      on: (_event, listener) => watcher.listeners.push(listener),
    },
  };
  return { ctx, entries, logged, parsed, metaValues };
}

describe('confnotesLoaders', () => {
  it('fills the four collections from one catalog load', async () => {
    const dirs: string[] = [];
    const loaders = confnotesLoaders({
      base: '../content',
      load: async (dir) => {
        dirs.push(dir);
        return { catalog: catalog(['a', 'b']), diagnostics: [] };
      },
    });
    // A content config reads the loader of each collection it defines before Astro loads any.
    expect(Object.values(loaders)).toHaveLength(5);
    const posts = context('posts');
    const talks = context('talks');
    const speakers = context('speakers');
    const events = context('events');
    await loaders.posts.load(posts.ctx);
    await loaders.talks.load(talks.ctx);
    await loaders.speakers.load(speakers.ctx);
    await loaders.events.load(events.ctx);

    expect(dirs).toEqual([join('/content')]);
    expect([...posts.entries.keys()]).toEqual(['a', 'b']);
    const a = posts.entries.get('a')!;
    expect(a.rendered?.html).toContain('<p id="p-1">Hello</p>');
    expect(a.rendered?.metadata?.headings).toEqual([{ depth: 2, slug: 'intro', text: 'Intro' }]);
    expect(a.body).toBe('## Intro\n\nHello');
    expect(a.filePath).toBe('../content/posts/a.md');
    expect(a.data).not.toHaveProperty('html');
    expect(talks.entries.get('talk')?.data).toMatchObject({ title: 'A talk', speakers: ['sp'] });
    expect(speakers.entries.get('sp')?.data).toMatchObject({ name: 'Ada' });
    expect(events.entries.get('ev')?.data).toMatchObject({ name: 'Conf 2015' });
  });

  it('leaves the Markdown out of the store with retainBody: false, keeping the HTML', async () => {
    const loaders = confnotesLoaders({
      base: '/content',
      retainBody: false,
      load: async () => ({ catalog: catalog(['a']), diagnostics: [] }),
    });
    const posts = context('posts');
    await loaders.posts.load(posts.ctx);
    const a = posts.entries.get('a')!;
    expect(a).not.toHaveProperty('body');
    expect(a.rendered?.html).toContain('Hello');
  });

  it('keeps the HTML out of the store with retainHtml: false, for postHtml to read', async () => {
    const work = mkdtempSync(join(tmpdir(), 'confnotes-html-'));
    try {
      let loads = 0;
      const first = catalog(['a', 'b']);
      first.posts[1]!.html = '<p id="p-1">Zoë’s “notes” — 日本</p>';
      const second = catalog(['a', 'c']);
      second.posts[0]!.html = '<p id="p-1">Edited</p>';
      const results = [first, second];
      const loaders = confnotesLoaders({
        base: '/content',
        retainHtml: false,
        load: async () => ({ catalog: results[Math.min(loads++, 1)]!, diagnostics: [] }),
      });
      const watcher = { listeners: [] as Listener[] };
      const posts = context('posts', watcher);
      posts.ctx.config.cacheDir = pathToFileURL(`${work}/`);
      await loaders.posts.load(posts.ctx);
      const a = posts.entries.get('a')!;
      expect(a).not.toHaveProperty('rendered');
      expect(a.data).not.toHaveProperty('html');
      expect(postHtml('a')).toBe(first.posts[0]!.html);
      expect(postHtml('b')).toBe(first.posts[1]!.html);
      expect(() => postHtml('nope')).toThrow(/No post with the id "nope"/);

      // After a reload, the edited post's new HTML; a removed post's is gone.
      for (const listener of watcher.listeners) listener('change', '/content/posts/a.md');
      await vi.waitFor(() => expect(postHtml('a')).toBe('<p id="p-1">Edited</p>'));
      expect(postHtml('c')).toBe(second.posts[1]!.html);
      expect(() => postHtml('b')).toThrow(/No post with the id "b"/);
      // Kept in a file of Astro's cache directory that is removed as soon as it is made.
      expect(readdirSync(join(work, 'confnotes'))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('keeps the plain text unless told not to; the search index still finds it', async () => {
    const withText = catalog(['a', 'b']);
    withText.posts[1]!.text = 'Intro Hello zeppelin';
    withText.posts[1]!.draft = true;
    withText.posts[0]!.text = 'Intro Hello quokka';
    const loaders = confnotesLoaders({
      base: '/content',
      retainText: false,
      search: { storedTextLength: 8 },
      load: async () => ({ catalog: withText, diagnostics: [] }),
    });
    const posts = context('posts');
    const search = context('search');
    await Promise.all([loaders.posts.load(posts.ctx), loaders.search.load(search.ctx)]);
    expect(posts.entries.get('a')?.data).not.toHaveProperty('text');
    expect(posts.entries.get('a')?.data).toMatchObject({ excerpt: 'Hello', wordCount: 2 });

    expect([...search.entries.keys()]).toEqual(['index']);
    const stored = search.entries.get('index')!.data as { json: string; documents: number };
    const index = loadSearchIndex(stored.json);
    // One post (the draft is left out), one talk, one speaker.
    expect(stored.documents).toBe(3);
    expect(index.search('quokka').hits.map((h) => h.id)).toEqual(['a']);
    expect(index.search('zeppelin').hits).toEqual([]);
    expect(index.search('quokka').hits[0]?.snippet.text.length).toBeLessThanOrEqual(8);

    const withDrafts = confnotesLoaders({
      base: '/content',
      search: { drafts: true },
      load: async () => ({ catalog: withText, diagnostics: [] }),
    });
    const all = context('search');
    await withDrafts.search.load(all.ctx);
    const json = (all.entries.get('index')!.data as { json: string }).json;
    expect(
      loadSearchIndex(json)
        .search('zeppelin')
        .hits.map((h) => h.id),
    ).toEqual(['b']);
    const kept = context('posts');
    await withDrafts.posts.load(kept.ctx);
    expect(kept.entries.get('a')?.data).toMatchObject({ text: 'Intro Hello quokka' });
  });

  it('gives back the stored search index while the documents are the same', async () => {
    const build = async (result: Catalog, previous?: ReturnType<typeof context>) => {
      const loaders = confnotesLoaders({
        base: '/content',
        load: async () => ({ catalog: result, diagnostics: [] }),
      });
      const search = context(
        'search',
        undefined,
        new Map(previous?.entries),
        new Map(previous?.metaValues),
      );
      await loaders.search.load(search.ctx);
      return search;
    };
    const first = await build(catalog(['a', 'b']));
    // A stand-in the loader can only give back by reusing what the store holds.
    const planted = { json: '{"planted":true}', documents: 4 };
    first.entries.set('index', { ...first.entries.get('index')!, data: planted });

    const same = await build(catalog(['a', 'b']), first);
    expect(same.entries.get('index')?.data).toEqual(planted);

    const edited = catalog(['a', 'b']);
    edited.posts[0]!.text = 'Intro Hello capybara';
    const changed = await build(edited, first);
    const json = (changed.entries.get('index')!.data as { json: string }).json;
    expect(
      loadSearchIndex(json)
        .search('capybara')
        .hits.map((h) => h.id),
    ).toEqual(['a']);
  });

  it('makes the search index beside the build with searchIndex, kept for the next build', async () => {
    const cacheDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'confnotes-loader-'))}/`);
    const file = fileURLToPath(new URL('confnotes/search-index.json', cacheDir));
    const build = async (result: Catalog) => {
      const loaders = confnotesLoaders({
        base: '/content',
        searchIndex: { storedTextLength: 8 },
        load: async () => ({ catalog: result, diagnostics: [] }),
      });
      const posts = context('posts');
      posts.ctx.config = { root, cacheDir };
      await loaders.posts.load(posts.ctx);
      const response = await searchIndexResponse();
      expect(response.headers.get('Content-Type')).toBe('application/json');
      return { json: await response.text(), entries: posts.entries };
    };
    try {
      const first = catalog(['a', 'b']);
      first.posts[1]!.text = 'Intro Hello quokka';
      const made = await build(first);
      // Not in the content store: only the posts are.
      expect([...made.entries.keys()]).toEqual(['a', 'b']);
      expect(
        loadSearchIndex(made.json)
          .search('quokka')
          .hits.map((h) => h.id),
      ).toEqual(['b']);

      // A stand-in the loaders can only give back by reading the kept file.
      const [head] = readFileSync(file, 'utf8').split('\n', 1);
      const key = head!.split(' ')[0]!;
      writeChecked(file, key, '{"planted":true}');
      expect((await build(first)).json).toBe('{"planted":true}');

      const edited = catalog(['a', 'b']);
      edited.posts[0]!.text = 'Intro Hello capybara';
      const again = await build(edited);
      expect(
        loadSearchIndex(again.json)
          .search('capybara')
          .hits.map((h) => h.id),
      ).toEqual(['a']);
    } finally {
      rmSync(fileURLToPath(cacheDir), { recursive: true, force: true });
    }
  });

  it('reads the catalog once for all collections, and lets it go once they are stored', async () => {
    let loads = 0;
    const loaders = confnotesLoaders({
      base: '/content',
      load: async () => {
        loads++;
        return { catalog: catalog(['a']), diagnostics: [] };
      },
    });
    expect(Object.values(loaders)).toHaveLength(5);
    // As Astro loads them: together, the search collection among them.
    await Promise.all([
      loaders.posts.load(context('posts').ctx),
      loaders.talks.load(context('talks').ctx),
      loaders.search.load(context('search').ctx),
    ]);
    await loaders.speakers.load(context('speakers').ctx);
    await loaders.events.load(context('events').ctx);
    expect(loads).toBe(1);
    // Nothing holds the catalog after the build: a later load reads it anew.
    await loaders.search.load(context('search').ctx);
    expect(loads).toBe(2);
  });

  it('fails with file:line:column diagnostics when the content holds errors', async () => {
    const error = badDate('posts/a.md', { hint: 'Write it as YYYY-MM-DD.' });
    const warning: Diagnostic = { ...error, severity: 'warning', code: 'no-date', line: 1 };
    const loaders = confnotesLoaders({
      base: '/site/content',
      load: async () => ({ catalog: catalog(['a']), diagnostics: [error, warning] }),
    });
    const posts = context('posts');
    await expect(loaders.posts.load(posts.ctx)).rejects.toThrow(
      /content\/posts\/a\.md:3:7 error invalid-date: The date "2015-13-40".*\n {2}hint: Write it as YYYY-MM-DD\./,
    );
    expect(posts.logged.join('\n')).toContain('content/posts/a.md:1:7 warning no-date');
    expect(posts.entries.size).toBe(0);
  });

  it('names files from where npm was run, which runs a workspace’s scripts in its own folder', async () => {
    const warning: Diagnostic = { ...badDate('posts/a.md'), severity: 'warning', code: 'no-date' };
    const loaders = () =>
      confnotesLoaders({
        base: '/site/content',
        load: async () => ({ catalog: catalog(['a']), diagnostics: [warning] }),
      });
    try {
      // `npm run build -w site` from the folder above the site's: its terminal opens this path.
      vi.stubEnv('INIT_CWD', '/');
      const fromAbove = context('posts');
      await loaders().posts.load(fromAbove.ctx);
      expect(fromAbove.logged.join('\n')).toMatch(
        /(?:^|\s)site\/content\/posts\/a\.md:3:7 warning/,
      );
      // Not a folder (npm always gives one): from where the command runs, as without npm,
      // which need not be the project (`astro build --root site` run from `/`).
      vi.stubEnv('INIT_CWD', 'relative/path');
      vi.spyOn(process, 'cwd').mockReturnValue('/');
      const fromHere = context('posts');
      await loaders().posts.load(fromHere.ctx);
      expect(fromHere.logged.join('\n')).toMatch(/(?:^|\s)site\/content\/posts\/a\.md:3:7 warning/);
    } finally {
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
    }
  });

  /**
   * A dev server over one article `a`, then `file` saved with `error`: the article broken is left
   * out of the catalog, and another, `b`, was added meanwhile. The report it logs, once logged.
   */
  async function savedBroken(file: string, error: Omit<Diagnostic, 'file' | 'line' | 'column'>) {
    const results = [
      { catalog: catalog(['a']), diagnostics: [] },
      { catalog: catalog(['b']), diagnostics: [{ ...error, file, line: 3, column: 7 }] },
    ];
    const loaders = confnotesLoaders({
      base: '/site/content',
      load: inTurn(results),
    });
    const watcher = { listeners: [] as Listener[] };
    const posts = context('posts', watcher);
    await loaders.posts.load(posts.ctx);
    for (const listener of watcher.listeners) listener('change', `/site/content/${file}`);
    await vi.waitFor(() => expect(posts.logged.join('\n')).toContain(`error ${error.code}`));
    const report = posts.logged.find((m) => m.includes(`error ${error.code}`))!;
    return { posts, report };
  }

  it('reports errors saved while a dev server runs, and keeps the pages it had', async () => {
    const { posts, report } = await savedBroken('posts/a.md', {
      severity: 'error',
      code: 'invalid-date',
      message: 'The date "2015-13-40" is not a calendar date.',
    });
    // Nothing is built again by hand in dev: saving the fixed file is what reloads.
    expect(report).not.toContain('build again');
    expect(report.split('\n').at(-1)).toBe(
      'Fix the files above and save them: until then their pages show them as they were, and every other change is shown.',
    );
    await vi.waitFor(() => expect([...posts.entries.keys()].sort()).toEqual(['a', 'b']));
  });

  it('removes what a deletion took while another article is broken, keeping only what the broken one gave', async () => {
    const mention = (post: string) => ({
      post,
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 9,
      text: 'A talk',
      title: 'A talk',
      sentence: 'A talk.',
    });
    // Three articles, each reporting a talk (by a speaker of its own), and b of an event only b names.
    const first = catalog(['a', 'b', 'c']);
    first.posts[1]!.event = 'ev-b';
    first.events.push({ id: 'ev-b', name: 'Other 2016', origin: 'inferred' });
    const [talk, speaker] = [first.talks[0]!, first.speakers[0]!];
    first.talks = ['a', 'b', 'c'].map((p) => ({
      ...talk,
      id: `t-${p}`,
      speakers: [`s-${p}`],
      mentions: [mention(p)],
    }));
    first.speakers = ['a', 'b', 'c'].map((p) => ({
      ...speaker,
      id: `s-${p}`,
      talks: [`t-${p}`],
      mentions: [mention(p)],
    }));
    // Then a is saved broken and b is deleted: the catalog holds c alone.
    const second = catalog(['c']);
    second.talks = [first.talks[2]!];
    second.speakers = [first.speakers[2]!];
    const broken: Diagnostic = {
      severity: 'error',
      code: 'invalid-yaml',
      message: 'The YAML front matter cannot be parsed.',
      file: 'posts/a.md',
      line: 2,
      column: 8,
    };
    const results = [
      { catalog: first, diagnostics: [] },
      { catalog: second, diagnostics: [broken] },
    ];
    const loaders = confnotesLoaders({
      base: '/site/content',
      load: inTurn(results),
    });
    const watcher = { listeners: [] as Listener[] };
    const stores = {
      posts: context('posts', watcher),
      talks: context('talks', watcher),
      speakers: context('speakers', watcher),
      events: context('events', watcher),
    };
    await Promise.all(
      Object.entries(stores).map(([name, s]) => loaders[name as 'posts'].load(s.ctx)),
    );
    for (const listener of watcher.listeners) listener('unlink', '/site/content/posts/b.md');
    // Each collection logs what it stored once per load.
    for (const [name, s] of Object.entries(stores)) {
      await vi.waitFor(() =>
        expect(s.logged.filter((m) => m.startsWith(`${name}: `))).toHaveLength(2),
      );
    }
    const ids = (s: { entries: Map<string, StoredEntry> }) => [...s.entries.keys()].sort();
    expect(ids(stores.posts)).toEqual(['a', 'c']);
    expect(ids(stores.talks)).toEqual(['t-a', 't-c']);
    expect(ids(stores.speakers)).toEqual(['s-a', 's-c']);
    expect(ids(stores.events)).toEqual(['ev']);
  });

  it('keeps every page as it was while a curated file is broken, which changes every record', async () => {
    const { posts, report } = await savedBroken('speakers.yaml', {
      severity: 'error',
      code: 'invalid-records-file',
      message: 'The whole file is ignored until its YAML syntax error is fixed.',
    });
    expect(report.split('\n').at(-1)).toBe(
      'Fix the files above and save them: until then the pages show the content as it was.',
    );
    expect([...posts.entries.keys()]).toEqual(['a']);
  });

  it('starts a dev server with every article that has no error, and says which have', async () => {
    const error = badDate('posts/c.md');
    // The catalog holds the articles that could be read; the broken one is its diagnostic.
    const loaders = confnotesLoaders({
      base: '/site/content',
      load: async () => ({ catalog: catalog(['a', 'b']), diagnostics: [error] }),
    });
    const posts = context('posts', { listeners: [] });
    const talks = context('talks', { listeners: [] });
    await Promise.all([loaders.posts.load(posts.ctx), loaders.talks.load(talks.ctx)]);
    expect([...posts.entries.keys()]).toEqual(['a', 'b']);
    expect(talks.entries.size).toBe(1);
    const reports = posts.logged.filter((m) => m.includes('error invalid-date'));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('content/posts/c.md:3:7 error invalid-date');
    expect(reports[0]!.split('\n').at(-1)).toMatch(/save them; meanwhile the pages of every other/);
    // Told once, with the posts, not again by each collection.
    expect(talks.logged.filter((m) => m.includes('invalid-date'))).toEqual([]);
  });

  it('logs, on each save in dev, the warnings that save brought rather than every warning again', async () => {
    const warning = (file: string, line: number): Diagnostic => ({
      severity: 'warning',
      code: 'malformed-link',
      message: 'This looks like a link, but Markdown reads it as plain text.',
      file,
      line,
      column: 3,
    });
    const old = warning('posts/a.md', 4);
    const results = [
      { catalog: catalog(['a', 'b']), diagnostics: [old] },
      { catalog: catalog(['a', 'b']), diagnostics: [old, warning('posts/b.md', 7)] },
    ];
    const loaders = confnotesLoaders({
      base: '/site/content',
      load: inTurn(results),
    });
    // `astro dev` run in the site's folder.
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue('/site');
    const watcher = { listeners: [] as Listener[] };
    const posts = context('posts', watcher);
    await loaders.posts.load(posts.ctx);
    expect(posts.logged.filter((m) => m.includes('warning malformed-link'))).toEqual([
      'content/posts/a.md:4:3 warning malformed-link: This looks like a link, but Markdown reads it as plain text.',
    ]);
    posts.logged.length = 0;
    for (const listener of watcher.listeners) listener('change', '/site/content/posts/b.md');
    await vi.waitFor(() => expect(posts.logged.some((m) => m.startsWith('posts: '))).toBe(true));
    expect(posts.logged.filter((m) => m.includes('malformed-link'))).toEqual([
      'content/posts/b.md:7:3 warning malformed-link: This looks like a link, but Markdown reads it as plain text.',
    ]);
    expect(posts.logged).toContain(
      '1 warning from before this save is still there; run `npx confnotes check content` to see them all.',
    );
    cwd.mockRestore();
  });

  it('reports the diagnostics in a site that has no posts collection', async () => {
    const error = badDate('posts/c.md');
    const warning: Diagnostic = { ...error, severity: 'warning', code: 'malformed-link', line: 9 };
    // A site of talks and speakers only.
    const loaders = confnotesLoaders({
      base: '/site/content',
      load: async () => ({ catalog: catalog(['a']), diagnostics: [error, warning] }),
    });
    const talks = context('talks', { listeners: [] });
    const speakers = context('speakers', { listeners: [] });
    await Promise.all([loaders.talks.load(talks.ctx), loaders.speakers.load(speakers.ctx)]);
    const logged = [...talks.logged, ...speakers.logged];
    expect(
      logged.filter((m) => m.includes('content/posts/c.md:3:7 error invalid-date')),
    ).toHaveLength(1);
    expect(
      logged.filter((m) => m.includes('content/posts/c.md:9:7 warning malformed-link')),
    ).toHaveLength(1);
  });

  it('rejects a record the core schema does not accept', async () => {
    const bad = catalog(['a']);
    (bad.talks[0] as { kind: string }).kind = 'lecture';
    const loaders = confnotesLoaders({
      base: '/content',
      load: async () => ({ catalog: bad, diagnostics: [] }),
    });
    await expect(loaders.talks.load(context('talks').ctx)).rejects.toThrow();
  });

  it('reloads once on a change under base and drops removed entries', async () => {
    const results: CatalogResult[] = [
      { catalog: catalog(['a', 'b']), diagnostics: [] },
      { catalog: catalog(['b', 'c']), diagnostics: [] },
    ];
    const load = inTurn(results);
    const loaders = confnotesLoaders({
      base: '/content',
      load,
    });
    const watcher = { listeners: [] as Listener[] };
    const posts = context('posts', watcher);
    const talks = context('talks', watcher);
    await loaders.posts.load(posts.ctx);
    await loaders.talks.load(talks.ctx);

    for (const listener of watcher.listeners) listener('change', '/elsewhere/x.md');
    expect(load.calls).toBe(1);
    for (const listener of watcher.listeners) listener('change', '/content/posts/c.md');
    await vi.waitFor(() => expect([...posts.entries.keys()].sort()).toEqual(['b', 'c']));
    expect(load.calls).toBe(2);
    expect(talks.entries.has('talk')).toBe(true);
  });

  it('stores the catalog of the last save when a reload comes while the previous one is stored', async () => {
    const saved = [catalog(['a']), catalog(['a', 'b']), catalog(['a', 'b', 'c'])];
    saved[1]!.posts[1]!.html = '<p id="p-1">First draft</p>';
    saved[2]!.posts[1]!.html = '<p id="p-1">Second draft</p>';
    let loads = 0;
    const loaders = confnotesLoaders({
      base: '/content',
      load: async () => ({ catalog: saved[Math.min(loads++, 2)]!, diagnostics: [] }),
    });
    const watcher = { listeners: [] as Listener[] };
    const posts = context('posts', watcher);
    await loaders.posts.load(posts.ctx);
    // The first reload's store of b is slow (a large collection's would be), and b.md is saved
    // again, with c.md added, meanwhile.
    let release = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const parse = posts.ctx.parseData;
    let waiting = false;
    posts.ctx.parseData = async (props) => {
      if (props.id === 'b' && !waiting) {
        waiting = true;
        await slow;
      }
      return parse(props);
    };
    for (const listener of watcher.listeners) listener('change', '/content/posts/b.md');
    await vi.waitFor(() => expect(waiting).toBe(true));
    for (const listener of watcher.listeners) listener('add', '/content/posts/c.md');
    await vi.waitFor(() => expect(loads).toBe(3));
    await new Promise((wait) => setTimeout(wait, 50));
    release();
    await vi.waitFor(() =>
      expect(posts.logged.filter((m) => m.startsWith('posts: '))).toHaveLength(3),
    );
    expect([...posts.entries.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(posts.entries.get('b')?.rendered?.html).toBe('<p id="p-1">Second draft</p>');
  });

  it('reloads a save made while a dev server reads the catalog for the first time', async () => {
    let release = () => {};
    const reading = new Promise<void>((resolve) => {
      release = resolve;
    });
    const saved = [catalog(['a']), catalog(['a', 'c'])];
    let loads = 0;
    const loaders = confnotesLoaders({
      base: '/content',
      load: async () => {
        const result = saved[Math.min(loads++, 1)]!;
        if (loads === 1) await reading;
        return { catalog: result, diagnostics: [] };
      },
    });
    const watcher = { listeners: [] as Listener[] };
    const posts = context('posts', watcher);
    const started = loaders.posts.load(posts.ctx);
    // c.md is added while the first read, of a large content folder, is under way.
    await vi.waitFor(() => expect(loads).toBe(1));
    for (const listener of watcher.listeners) listener('add', '/content/posts/c.md');
    release();
    await started;
    await vi.waitFor(() => expect([...posts.entries.keys()].sort()).toEqual(['a', 'c']));
  });

  it('neither validates nor stores again the entries the previous build stored unchanged', async () => {
    const first = catalog(['a', 'b']);
    const build = async (
      result: Catalog,
      stored?: Map<string, StoredEntry>,
      retainBody = true,
      retainHtml = true,
    ) => {
      const loaders = confnotesLoaders({
        base: '/content',
        retainBody,
        retainHtml,
        load: async () => ({ catalog: result, diagnostics: [] }),
      });
      const posts = context('posts', undefined, stored);
      await loaders.posts.load(posts.ctx);
      return posts;
    };
    const before = await build(first);
    expect(before.parsed).toEqual(['a', 'b']);

    // The store restored from disk by the next build: nothing changed, nothing is redone.
    const again = await build(catalog(['a', 'b']), new Map(before.entries));
    expect(again.parsed).toEqual([]);
    expect(again.logged).toContain(
      'posts: 2 entries, 2 unchanged since the last build, 0 stored, 0 removed.',
    );

    // One edited post is stored again; so is a post whose event changed, though its file did not.
    const edited = catalog(['a', 'b', 'c']);
    edited.posts[0]!.html = '<p id="p-1">Edited</p>';
    edited.posts[0]!.digest = 'd-a2';
    edited.posts[1]!.event = 'ev';
    const next = await build(edited, new Map(before.entries));
    expect(next.parsed).toEqual(['a', 'b', 'c']);
    expect(next.entries.get('a')?.rendered?.html).toBe('<p id="p-1">Edited</p>');
    expect(next.entries.get('b')?.data).toMatchObject({ event: 'ev' });

    // HTML the parser now writes differently, from the same file, is stored again.
    const rerendered = catalog(['a', 'b']);
    rerendered.posts[1]!.html = '<p id="p-1">Hello, sanitized anew</p>';
    const after = await build(rerendered, new Map(before.entries));
    expect(after.parsed).toEqual(['b']);
    expect(after.entries.get('b')?.rendered?.html).toContain('sanitized anew');

    // With the HTML kept out of the store, a change of HTML alone still stores its post again
    // (pages keyed by digests show it), and only that one.
    const outside = await build(catalog(['a', 'b']), undefined, true, false);
    const reoutside = await build(rerendered, new Map(outside.entries), true, false);
    expect(reoutside.parsed).toEqual(['b']);
    expect(reoutside.entries.get('b')).not.toHaveProperty('rendered');

    // Dropping the Markdown changes what is stored, so every post is written again without it.
    const bodiless = await build(catalog(['a', 'b']), new Map(before.entries), false);
    expect(bodiless.parsed).toEqual(['a', 'b']);
    expect(bodiless.entries.get('a')).not.toHaveProperty('body');
  });
});
