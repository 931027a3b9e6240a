import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { random } from '../../bench/generate/random.ts';
import { generateCorpus } from '../../bench/generate-posts.ts';
import { loadEvents } from '../node/load-records.ts';
import type { Curation } from '../schema/curation.ts';
import type { Event } from '../schema/event.ts';
import { analyzeArticle, combineAnalyses } from './analyze.ts';
import { buildCatalog } from './build-catalog.ts';
import type { CatalogTrace } from './catalog-trace.ts';
import { type PatchArticle, patchCatalog } from './patch-catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'confnotes-patch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateCorpus(dir, { posts: 90, seed: 5 });
const corpus = new Map(
  readdirSync(join(dir, 'posts')).map((f) => [
    `posts/${f}`,
    readFileSync(join(dir, 'posts', f), 'utf8'),
  ]),
);
// The events the generator wrote, as the loader reads them.
const { events } = await loadEvents(dir);

type Content = Map<string, string>;
const sorted = (content: Content) => [...content.keys()].sort();

/** A whole build of `content` with its trace, as the loader stores it. */
function cold(content: Content, curation?: Curation, curated = events) {
  const analyses = sorted(content).map((path) =>
    analyzeArticle({ path, source: content.get(path)! }),
  );
  const articles = analyses.map((a) => ({
    path: a.path,
    key: content.get(a.path)!,
    id: a.post?.id ?? null,
    diagnostics: a.diagnostics,
  }));
  const analyzed = combineAnalyses(analyses);
  const built = buildCatalog({ ...analyzed, events: curated, curation, trace: true });
  const trace: CatalogTrace = { ...built.trace!, articles };
  return { catalog: built.catalog, trace };
}

/** The patch of `before` (built from `old`) for `content`, or undefined when it declines. */
function patched(
  before: ReturnType<typeof cold>,
  old: Content,
  content: Content,
  curation?: Curation,
  curated = events,
) {
  const articles: PatchArticle[] = sorted(content).map((path) => {
    const source = content.get(path)!;
    return old.get(path) === source
      ? { path, key: source }
      : { path, key: source, analysis: analyzeArticle({ path, source }) };
  });
  return patchCatalog({
    catalog: before.catalog,
    trace: before.trace,
    articles,
    analysisOf: (a) => analyzeArticle({ path: a.path, source: old.get(a.path)! }),
    events: curated,
    curation,
  });
}

const json = (x: unknown) => JSON.stringify(x);
const canonical = (trace: CatalogTrace) => ({
  ...trace,
  keys: [...trace.keys].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
});

/** Patches `old` into `content` and checks the catalog and trace against a whole build. */
function expectSameAsCold(
  before: ReturnType<typeof cold>,
  old: Content,
  content: Content,
  curation?: Curation,
  curated = events,
) {
  const result = patched(before, old, content, curation, curated);
  const whole = cold(content, curation, curated);
  if (result) {
    expect(json(result.catalog)).toBe(json(whole.catalog));
    expect(result.diagnostics).toBe(result.catalog.diagnostics);
    expect(canonical(result.trace)).toEqual(canonical(whole.trace));
  }
  // A chain of patches goes on from the patch, so each patch reads what the last one made.
  return { next: result ?? whole, patched: result !== undefined };
}

const paths = sorted(corpus);
/** An article of `title` whose body is `text`. */
const article = (title: string, text: string) => `---\ntitle: ${title}\n---\n${text}\n`;
const widgetConf: Event[] = [
  { id: 'widgetconf-2031', name: 'WidgetConf 2031', year: 2031, origin: 'curated' },
];
const body = (source: string) => source.slice(source.indexOf('\n---', 3) + 4);

describe('patchCatalog', () => {
  const base = cold(corpus);

  it('gives a whole build’s catalog after an edit that changes nothing the build reads', () => {
    const content = new Map(corpus);
    content.set(paths[10]!, `${content.get(paths[10]!)}\nOne more thought.\n`);
    expect(expectSameAsCold(base, corpus, content).patched).toBe(true);
  });

  it('gives a whole build’s catalog after a post reports another event’s talks', () => {
    const content = new Map(corpus);
    const [a, b] = [paths[3]!, paths[60]!];
    content.set(
      a,
      `${content.get(a)!.slice(0, 4 + content.get(a)!.indexOf('\n---', 3))}${body(content.get(b)!)}`,
    );
    expect(expectSameAsCold(base, corpus, content).patched).toBe(true);
  });

  it('moves the mentions of a post edited in place that names the same people', () => {
    const content = new Map(corpus);
    const named = new Set(base.catalog.speakers.flatMap((s) => s.mentions.map((m) => m.post)));
    const path = base.catalog.posts.find((p) => named.has(p.id))!.source.path;
    const x = content.get(path)!;
    const end = x.indexOf('\n---', 3) + 4;
    content.set(
      path,
      `${x.slice(0, end)}\nA first paragraph, moving every line.\n\n${x.slice(end)}`,
    );
    const step = expectSameAsCold(base, corpus, content);
    expect(step.patched).toBe(true);
    const id = base.catalog.posts.find((p) => p.source.path === path)!.id;
    const line = (c: typeof base.catalog) =>
      c.speakers.flatMap((s) => s.mentions).find((m) => m.post === id)!.line;
    expect(line(step.next.catalog)).toBeGreaterThan(line(base.catalog));
  });

  it('gives a whole build’s catalog after articles are added, removed and renamed', () => {
    const content = new Map(corpus);
    content.delete(paths[5]!);
    content.set('posts/zz-new.md', corpus.get(paths[7]!)!);
    content.set(`${paths[20]!.slice(0, -3)}-moved.md`, corpus.get(paths[20]!)!);
    content.delete(paths[20]!);
    expect(expectSameAsCold(base, corpus, content).patched).toBe(true);
  });

  it('gives a whole build’s catalog after an article is only removed', () => {
    const named = new Set(base.catalog.speakers.flatMap((s) => s.mentions.map((m) => m.post)));
    const content = new Map(corpus);
    content.delete(base.catalog.posts.find((p) => named.has(p.id))!.source.path);
    expect(expectSameAsCold(base, corpus, content).patched).toBe(true);
  });

  it('declines when an unchanged post’s id would change, and never gives another catalog', () => {
    const content = new Map(corpus);
    // Sorts first and takes the id of the post it copies, which would then be renamed.
    content.set(`posts/0000-01-01-${paths[0]!.slice(17)}`, corpus.get(paths[0]!)!);
    const result = patched(base, corpus, content);
    if (result) expect(json(result.catalog)).toBe(json(cold(content).catalog));
  });

  it('gives a whole build’s catalog with curated speakers, and declines with curated talks', () => {
    const name = base.catalog.speakers.find(
      (s) => s.name.includes(' ') && s.talks.length > 1,
    )?.name;
    expect(name).toBeDefined();
    const curation: Curation = {
      speakers: [{ name: 'Someone Curated', match: [name!], aliases: [], drop: false }],
      talks: [],
    };
    const before = cold(corpus, curation);
    const content = new Map(corpus);
    content.set(paths[40]!, `${content.get(paths[40]!)}\n* ${name} - A Talk Nobody Else Gave\n`);
    expect(expectSameAsCold(before, corpus, content, curation).patched).toBe(true);
    const talks: Curation = { speakers: [], talks: [{ title: 'X', match: [], drop: false }] };
    expect(patched(cold(corpus, talks), corpus, content, talks)).toBeUndefined();
  });

  it('merges people again whose shared talk a changed post makes, though their posts did not change', () => {
    const apart = new Map([
      [
        'posts/a.md',
        article(
          'WidgetConf 2031 day one',
          'Jonathan Smithers spoke about **Gentle gears for widget teams**.',
        ),
      ],
      [
        'posts/b.md',
        article(
          'WidgetConf 2031 notes',
          'Jonathan Smithrs spoke about **Gentle gears for gadget crews**.',
        ),
      ],
      ['posts/c.md', article('WidgetConf 2031 recap', 'Nothing much.')],
    ]);
    // c's title is like both others: one talk, whose two speakers are one person a typo apart.
    const tied = new Map(apart).set(
      'posts/c.md',
      article(
        'WidgetConf 2031 recap',
        'Jonathan Smithers spoke about **Gentle gears for widget crews**.',
      ),
    );
    const first = cold(apart, undefined, widgetConf);
    expect(first.catalog.speakers).toHaveLength(2);
    const step = expectSameAsCold(first, apart, tied, undefined, widgetConf);
    expect(step.patched).toBe(true);
    expect(step.next.catalog.speakers.map((s) => s.name)).toEqual(['Jonathan Smithers']);
    expect(step.next.catalog.talks).toHaveLength(1);
    const back = expectSameAsCold(step.next, tied, apart, undefined, widgetConf);
    expect(back.patched).toBe(true);
    expect(back.next.catalog.speakers).toHaveLength(2);
  });

  describe('declines where a whole build costs no more', () => {
    const twoConfs: Event[] = [
      { id: 'widgetconf-2031', name: 'WidgetConf 2031', year: 2031, origin: 'curated' },
      { id: 'gadgetcamp-2031', name: 'GadgetCamp 2031', year: 2031, origin: 'curated' },
    ];
    const notes = (conf: string, n: number, speaker: string, talk: string) =>
      `---\ntitle: ${conf} notes ${n}\n---\n${speaker} spoke about **${talk}**.\n`;
    /** `widgets` posts naming one WidgetConf talk, and `gadgets` posts at GadgetCamp. */
    const content = (widgets: number, gadgets: number) =>
      new Map([
        ...Array.from({ length: widgets }, (_, n): [string, string] => [
          `posts/w${String(n).padStart(4, '0')}.md`,
          notes(
            'WidgetConf 2031',
            n,
            n % 2 ? 'Jonathan Smithers' : 'Jonathan Smithrs',
            'Gentle gears for widget teams',
          ),
        ]),
        ...Array.from({ length: gadgets }, (_, n): [string, string] => [
          `posts/g${String(n).padStart(4, '0')}.md`,
          notes('GadgetCamp 2031', n, `Ann Lee ${n % 7}`, `Gadget talk ${n % 50}`),
        ]),
      ]);
    const edit = (old: Content) =>
      new Map(old).set(
        'posts/w0000.md',
        notes('WidgetConf 2031', 0, 'Jonathan Smithers', 'Gentle gears for widget teams'),
      );
    const step = (widgets: number, gadgets: number) => {
      const old = content(widgets, gadgets);
      return expectSameAsCold(cold(old, undefined, twoConfs), old, edit(old), undefined, twoConfs);
    };

    it('patches a few dozen namings of one talk, comparing them all', () => {
      expect(step(40, 20).patched).toBe(true);
    });

    it('declines when the talk is named so often that comparing every pair would cost more', () => {
      // 720 namings of one talk are over 250,000 pairs, in an event of 70% of the posts.
      expect(step(720, 310).patched).toBe(false);
    });

    it('declines when the events it would merge again hold most of many posts', () => {
      expect(step(520, 20).patched).toBe(false);
      // The same share of fewer posts is patched.
      expect(step(260, 10).patched).toBe(true);
    });

    it('patches a post of a large event edited in place that reports the same talks', () => {
      const old = content(520, 20);
      const before = cold(old, undefined, twoConfs);
      const path = 'posts/w0007.md';
      const moved = new Map(old).set(
        path,
        `---\ntitle: WidgetConf 2031 notes 7\n---\nA first line.\n\n${body(old.get(path)!).trimStart()}`,
      );
      const step = expectSameAsCold(before, old, moved, undefined, twoConfs);
      expect(step.patched).toBe(true);
      // The talk and the speaker hold the post's mentions where they are now.
      const line = (c: typeof before.catalog) =>
        c.talks
          .flatMap((t) => t.mentions)
          .find((m) => m.post === c.posts.find((p) => p.source.path === path)!.id)!.line;
      expect(line(step.next.catalog)).toBe(line(before.catalog) + 2);
    });

    it('patches a sequence of edits in place of posts of a large event as whole builds give them', () => {
      const r = random(3);
      let old = content(520, 20);
      let before = cold(old, undefined, twoConfs);
      // Each keeps the talk the post reports: lines moved, a sentence added, a handle given.
      const edits = [
        (x: string) => `A first line.\n\n${x}`,
        (x: string) => `${x}\nAnd a sentence after it.\n`,
        (x: string) => x.replace(/(Jonathan Smithe?rs)/, '[$1](https://twitter.com/jsmithers)'),
      ];
      for (let n = 0; n < 6; n++) {
        const path = `posts/w${String(Math.floor(r() * 520)).padStart(4, '0')}.md`;
        const x = old.get(path)!;
        const end = x.indexOf('\n---', 3) + 5;
        const edit = edits[n % edits.length]!;
        const content = new Map(old).set(path, x.slice(0, end) + edit(x.slice(end)));
        const step = expectSameAsCold(before, old, content, undefined, twoConfs);
        expect(step.patched).toBe(true);
        old = content;
        before = step.next;
      }
    });
  });

  it('moves the finding of a possible duplicate whose post was edited in place', () => {
    const old = new Map([
      [
        'posts/a.md',
        article(
          'WidgetConf 2031 day one',
          'Ann Lee spoke about **Gentle gears for widget teams in production**.',
        ),
      ],
      [
        'posts/b.md',
        article('WidgetConf 2031 notes', 'Bo Chen spoke about **Gentle gears for widget crews**.'),
      ],
    ]);
    const before = cold(old, undefined, widgetConf);
    expect(before.trace.near).toHaveLength(1);
    // The finding is at the second report of the pair.
    const path = before.catalog.posts[before.trace.near[0]!.at[2]]!.source.path;
    const x = old.get(path)!;
    const end = x.indexOf('\n---', 3) + 4;
    const content = new Map(old).set(path, `${x.slice(0, end)}\nA first line.\n\n${x.slice(end)}`);
    const step = expectSameAsCold(before, old, content, undefined, widgetConf);
    expect(step.patched).toBe(true);
    const finding = (c: typeof before.catalog) =>
      c.diagnostics.find((d) => d.code === 'possible-duplicate-talk')!;
    expect(finding(step.next.catalog).file).toBe(path);
    expect(finding(step.next.catalog).line).toBe(finding(before.catalog).line + 3);
  });

  it('looks up again the speakers of talks kept whose speaker a changed post splits', () => {
    const curated: Event[] = ['WidgetConf', 'GadgetCamp', 'DoohickeyDays'].map((name) => ({
      id: `${name.toLowerCase()}-2031`,
      name: `${name} 2031`,
      year: 2031,
      origin: 'curated',
    }));
    // a ties b's Jon Doe by name and c's Jonathan Doe by handle: one person, until a drops it.
    const tied = new Map([
      [
        'posts/a.md',
        article(
          'WidgetConf 2031 day one',
          '[Jon Doe](https://twitter.com/jdoe) spoke about **Alpha gears for teams**.',
        ),
      ],
      [
        'posts/b.md',
        article('GadgetCamp 2031 notes', 'Jon Doe spoke about **Beta widgets at scale**.'),
      ],
      [
        'posts/c.md',
        article(
          'DoohickeyDays 2031 recap',
          '[Jonathan Doe](https://twitter.com/jdoe) spoke about **Gamma hooks**.',
        ),
      ],
    ]);
    const apart = new Map(tied).set(
      'posts/a.md',
      article('WidgetConf 2031 day one', 'Jon Doe spoke about **Alpha gears for teams**.'),
    );
    const first = cold(tied, undefined, curated);
    expect(first.catalog.speakers).toHaveLength(1);
    const step = expectSameAsCold(first, tied, apart, undefined, curated);
    expect(step.patched).toBe(true);
    expect(step.next.catalog.talks.map((t) => t.speakers)).toEqual([
      ['jonathan-doe'],
      ['jon-doe'],
      ['jon-doe'],
    ]);
    expect(expectSameAsCold(step.next, apart, tied, undefined, curated).patched).toBe(true);
  });

  it('gives a whole build’s catalog after each of a random sequence of edits', () => {
    const r = random(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    let old = corpus;
    let before = base;
    let patchedCount = 0;
    for (let step = 0; step < 12; step++) {
      const content = new Map(old);
      const now = sorted(content);
      for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
        const a = pick(now);
        const b = pick(now);
        const kind = Math.floor(r() * 6);
        if (kind === 0) content.delete(a);
        else if (kind === 1)
          content.set(`posts/new-${step}-${n}.md`, content.get(b) ?? corpus.get(b)!);
        else if (kind === 2 && content.has(a)) {
          // Lines of another post, another event's talks and people among them.
          const lines = (content.get(b) ?? '').split('\n').filter((l) => l.startsWith('* '));
          content.set(a, `${content.get(a)}\n${lines.slice(0, 3).join('\n')}\n`);
        } else if (kind === 3 && content.has(a) && content.has(b)) {
          const x = content.get(a)!;
          content.set(a, `${x.slice(0, 4 + x.indexOf('\n---', 3))}${body(content.get(b)!)}`);
        } else if (kind === 4 && content.has(a)) {
          content.set(`${a.slice(0, -3)}-r${step}.md`, content.get(a)!);
          content.delete(a);
        } else if (content.has(a)) content.set(a, `${content.get(a)}\nStep ${step}.\n`);
      }
      const result = expectSameAsCold(before, old, content);
      if (result.patched) patchedCount++;
      old = content;
      before = result.next;
    }
    expect(patchedCount).toBeGreaterThan(6);
  });
});

describe('patchCatalog with posts of no event', () => {
  const conf: Event[] = [
    { id: 'widgetconf-2031', name: 'WidgetConf 2031', year: 2031, origin: 'curated' },
  ];
  const talkBy = (speaker: string) => `${speaker} spoke about **Gears for distributed teams**.`;
  const base = new Map([
    ['posts/a.md', article('WidgetConf 2031 day one', talkBy('Ida Moss'))],
    ['posts/b.md', article('My favourite talks', talkBy('Ida Moss'))],
    [
      'posts/c.md',
      article('WidgetConf 2031 day two', 'Uma Ray spoke about **Sprockets in anger**.'),
    ],
  ]);
  const first = cold(base, undefined, conf);
  const eventOf = (c: typeof first.catalog, id: string) => c.posts.find((p) => p.id === id)?.event;

  it('keeps a placed post in its event when a post without its talk changes', () => {
    expect(eventOf(first.catalog, 'b')).toBe('widgetconf-2031');
    const content = new Map(base).set('posts/c.md', `${base.get('posts/c.md')}\nMore.\n`);
    const step = expectSameAsCold(first, base, content, undefined, conf);
    expect(step.patched).toBe(true);
    expect(eventOf(step.next.catalog, 'b')).toBe('widgetconf-2031');
  });

  it('moves a placed post out when the report that placed it changes', () => {
    const content = new Map(base).set(
      'posts/a.md',
      article('WidgetConf 2031 day one', talkBy('Ola Berg')),
    );
    const step = expectSameAsCold(first, base, content, undefined, conf);
    expect(eventOf(step.next.catalog, 'b')).toBeUndefined();
  });

  it('places a new post of no event as a whole build does', () => {
    const content = new Map(base).set(
      'posts/d.md',
      article('Favourites again', talkBy('Ida Moss')),
    );
    const step = expectSameAsCold(first, base, content, undefined, conf);
    expect(eventOf(step.next.catalog, 'd')).toBe('widgetconf-2031');
  });

  it('gives a whole build’s catalog after each of a random sequence of edits', () => {
    const r = random(23);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    // Posts that name no event, made of the list lines of posts that do.
    const lines = (source: string) =>
      source
        .split('\n')
        .filter((l) => l.startsWith('* '))
        .join('\n');
    const loose = (source: string) => article('Notes from the week', lines(source));
    let old = new Map(corpus);
    for (const p of paths.slice(0, 6)) old.set(`${p.slice(0, -3)}-loose.md`, loose(corpus.get(p)!));
    let before = cold(old);
    expect(before.trace.loose.length).toBeGreaterThan(0);
    expect(before.catalog.posts.some((p) => p.id.endsWith('-loose') && p.event)).toBe(true);
    let patchedCount = 0;
    for (let step = 0; step < 10; step++) {
      const content = new Map(old);
      const now = sorted(content);
      const a = pick(now);
      const b = pick(now);
      const kind = Math.floor(r() * 4);
      if (kind === 0) content.set(`posts/loose-${step}.md`, loose(content.get(b)!));
      else if (kind === 1) content.delete(a);
      else if (kind === 2) content.set(a, `${content.get(a)}\n${lines(content.get(b)!)}\n`);
      else content.set(a, `${content.get(a)}\nStep ${step}.\n`);
      const result = expectSameAsCold(before, old, content);
      if (result.patched) patchedCount++;
      old = content;
      before = result.next;
    }
    expect(patchedCount).toBeGreaterThan(2);
  });
});
