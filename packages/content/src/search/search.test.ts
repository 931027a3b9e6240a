import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { searchDocuments } from './search-documents.ts';
import { SearchHit } from './search-hit.ts';
import { createSearchIndex, loadSearchIndex } from './search-index.ts';
import { highlightAll, makeSnippet } from './snippet.ts';

const index = createSearchIndex(catalog);
const marked = (hit: { snippet: { text: string; highlights: { start: number; end: number }[] } }) =>
  hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));

describe('search index', () => {
  it("reads a post's text from the post when the index asks, not before", () => {
    let reads = 0;
    const [first, ...rest] = catalog.posts;
    const text = first!.text;
    const post = Object.defineProperty({ ...first! }, 'text', {
      enumerable: true,
      get: () => {
        reads++;
        return text;
      },
    });
    const docs = searchDocuments({ ...catalog, posts: [post, ...rest] });
    expect(reads).toBe(0);
    expect(docs[0]!.text).toBe(text);
    expect(JSON.stringify(docs)).toBe(JSON.stringify(searchDocuments(catalog)));
    const found = createSearchIndex({ ...catalog, posts: [post, ...rest] }).search('persistent');
    expect(found.hits.map((h) => h.id)).toEqual(index.search('persistent').hits.map((h) => h.id));
  });

  it("keeps each way posts wrote a speaker's name once, and not the name itself", () => {
    const [speaker, ...others] = catalog.speakers;
    const at = { post: 'day-one', line: 3, column: 1, endLine: 3, endColumn: 13 };
    const written = ['John Fiedler', '@johnfiedler', 'john fiedler', '@JohnFiedler', 'Fiedler'];
    const docs = searchDocuments({
      ...catalog,
      speakers: [
        { ...speaker!, mentions: written.map((text) => ({ ...at, text, sentence: text })) },
        ...others,
      ],
    });
    const text = docs.find((d) => d.key === `speaker:${speaker!.id}`)!.text;
    expect(text.split(' \n').slice(-2)).toEqual(['@johnfiedler', 'Fiedler']);
    expect(text).not.toContain(speaker!.name);
  });

  it("keeps each sentence of a talk's mentions once", () => {
    const [talk, ...others] = catalog.talks;
    const [mention] = talk!.mentions;
    const twice = { ...talk!, mentions: [mention!, { ...mention!, column: mention!.column + 4 }] };
    const docs = searchDocuments({ ...catalog, talks: [twice, ...others] });
    const text = docs.find((d) => d.key === `talk:${talk!.id}`)!.text;
    expect(text.split(mention!.sentence!)).toHaveLength(2);
  });

  it('indexes every post, talk and speaker', () => {
    expect(index.size).toBe(catalog.posts.length + catalog.talks.length + catalog.speakers.length);
  });

  it('ranks typed hits across the three kinds, each valid per the SearchHit schema', () => {
    const { hits, total } = index.search('docker');
    expect(total).toBeGreaterThan(2);
    // Speakers match through the titles of their talks.
    expect(new Set(hits.map((hit) => hit.type))).toEqual(new Set(['post', 'talk', 'speaker']));
    for (const hit of hits) expect(SearchHit.safeParse(hit).success).toBe(true);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('marks the matched words in snippets and titles', () => {
    const hit = index.search('persistent', { types: ['post'] }).hits[0];
    expect(hit?.id).toBe('day-two');
    expect(marked(hit!).map((word) => word.toLowerCase())).toContain('persistent');
    const talk = index.search('successful', { types: ['talk'] }).hits[0];
    expect(talk?.titleHighlights.map((h) => talk.title.slice(h.start, h.end))).toEqual([
      'successful',
    ]);
  });

  it('finds words without their accents and by prefix while typing', () => {
    expect(index.search('deploiements').hits.map((hit) => hit.id)).toContain('kube-notes');
    expect(index.search('kuber').hits.map((hit) => hit.id)).toContain('day-two');
  });

  it('forgives a typo in a long word', () => {
    expect(index.search('kubernetse').hits.map((hit) => hit.id)).toContain('day-two');
  });

  it('needs every word first, and falls back to any word when none has all', () => {
    const both = index.search('neale volumes').hits.map((hit) => hit.id);
    expect(both).toContain('day-two');
    expect(both).not.toContain('day-one');
    expect(index.search('neale zzzzqqq').hits.length).toBeGreaterThan(0);
  });

  it('gives scores to four decimals, in the order of the ranking', () => {
    const { hits } = index.search('docker', { limit: 50 });
    expect(hits.length).toBeGreaterThan(2);
    for (const hit of hits) expect(hit.score).toBe(Number(hit.score.toFixed(4)));
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by type and pages with offset and limit', () => {
    const speakers = index.search('fiedler', { types: ['speaker'] });
    expect(speakers.hits.map((hit) => `${hit.type}:${hit.id}`)).toEqual(['speaker:john-fiedler']);
    const all = index.search('docker', { limit: 100 }).hits.map((hit) => hit.id);
    const second = index.search('docker', { offset: 1, limit: 2 }).hits.map((hit) => hit.id);
    expect(second).toEqual(all.slice(1, 3));
  });

  it('says which words of a query it left out as too common to search, as typed', () => {
    expect(index.search('The Docker and the volumes').ignored).toEqual(['The', 'and']);
    const common = index.search('the');
    expect(common).toMatchObject({ total: 0, hits: [], ignored: ['the'] });
    expect(index.search('docker').ignored).toEqual([]);
    expect(loadSearchIndex(index.toBytes()).search('of docker').ignored).toEqual(['of']);
  });

  it('finds nothing for empty, stop-word or punctuation-only queries', () => {
    for (const q of ['', '   ', '!!! ...', '\u0000']) {
      expect(index.search(q)).toEqual({ total: 0, hits: [], ignored: [] });
    }
    expect(index.search('the of')).toEqual({ total: 0, hits: [], ignored: ['the', 'of'] });
  });

  it('labels an untitled session by its label', () => {
    const hit = index.search('general session', { types: ['talk'] }).hits[0];
    expect(hit?.title).toBe('General session');
  });

  it('survives a JSON round trip with the same answers', () => {
    const json = JSON.stringify(index);
    const loaded = loadSearchIndex(json);
    expect(loaded.search('docker production')).toEqual(index.search('docker production'));
    expect(() => loadSearchIndex('{"format":"other"}')).toThrow(/not a confnotes search index/);
  });

  it('survives a round trip through bytes, from any offset of a larger buffer', () => {
    const bytes = index.toBytes();
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    for (const loaded of [loadSearchIndex(bytes), loadSearchIndex(shifted.subarray(3))]) {
      expect(loaded.size).toBe(index.size);
      for (const q of ['docker production', 'kuber', 'kubernetse', 'deploiements', 'fiedler']) {
        expect(loaded.search(q, { limit: 50 })).toEqual(index.search(q, { limit: 50 }));
        expect(loaded.match(q, { types: ['talk'] })).toEqual(index.match(q, { types: ['talk'] }));
      }
      expect(JSON.stringify(loaded)).toBe(JSON.stringify(index));
    }
    expect(() => loadSearchIndex(new Uint8Array(64))).toThrow(/not a confnotes search index/);
  });

  it('can keep less text for a smaller browser index', () => {
    const small = createSearchIndex(catalog, { storedTextLength: 20 });
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(index).length);
    expect(small.search('sidekick').hits[0]?.id).toBe('day-two');
  });
});

describe('snippets of a whole text', () => {
  // An index that keeps only the opening of each record, as the site's does.
  const small = createSearchIndex(catalog, { storedTextLength: 20 });
  const post = catalog.posts.find((p) => p.id === 'day-two')!;

  it('find the passage a word past the kept opening is in', () => {
    const hit = small.search('sidekick').hits.find((h) => h.id === post.id)!;
    expect(marked(hit)).toEqual([]);
    const whole = small.snippet('sidekick', post.text);
    expect(marked({ snippet: whole })).toEqual(['sidekick']);
    expect(whole).toEqual(index.search('sidekick').hits.find((h) => h.id === post.id)!.snippet);
  });

  it('mark what the query matched, prefixes and misspellings included', () => {
    const text = 'Later that day: Kubernetes in production, and then kubectl.';
    expect(marked({ snippet: small.snippet('kuber', text) })).toEqual(['Kubernetes']);
    expect(marked({ snippet: small.snippet('kubernetse', text) })).toEqual(['Kubernetes']);
    expect(marked({ snippet: small.snippet('nothing-like-it', text) })).toEqual([]);
  });

  it('refuse a query that is not a string, as a search does', () => {
    expect(() => small.snippet(null as unknown as string, 'text')).toThrow(/must be a string/);
  });
});

describe('snippets', () => {
  it('mark the same words in ASCII text as in text with other characters', () => {
    // ASCII text takes a quicker path; a non-ASCII word far past the cut sends it down the other.
    const words = [
      'Docker',
      'docker2',
      'dockers',
      'x-docker',
      'k8s',
      'Kube',
      'the',
      'API',
      '_docker_',
    ];
    for (let seed = 1; seed < 40; seed++) {
      const text = Array.from(
        { length: 120 },
        (_, i) => words[(i * seed * 7 + seed) % words.length],
      )
        .join(seed % 2 ? ' ' : ', ')
        .concat('.');
      const wider = `${text}${' filler'.repeat(60)} déjà`;
      for (const terms of [['docker'], ['docker', 'kube', 'api'], ['k8s', 'x'], ['zzz']]) {
        const set = new Set(terms);
        const snippet = makeSnippet(text, set, 90);
        const other = makeSnippet(wider, set, 90);
        expect(snippet.highlights).toEqual(other.highlights);
        expect(snippet.text.replace(/…$/, '')).toBe(other.text.replace(/…$/, ''));
        expect(highlightAll(text, set)).toEqual(
          highlightAll(wider, set).filter((h) => h.end <= text.length),
        );
      }
    }
  });

  const long = `${'lorem ipsum '.repeat(40)}the Docker daemon ${'dolor sit '.repeat(40)}`;

  it('cut around the first match on word boundaries with ellipses', () => {
    const snippet = makeSnippet(long, new Set(['docker']), 80);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(82);
    expect(snippet.text).not.toMatch(/^…\S*m\b(?<!lorem|ipsum)/);
    const [h] = snippet.highlights;
    expect(snippet.text.slice(h!.start, h!.end)).toBe('Docker');
  });

  it('show the opening when nothing in the text matched', () => {
    expect(makeSnippet('short text', new Set(['zzz']))).toEqual({
      text: 'short text',
      highlights: [],
    });
  });

  it('never split a surrogate pair', () => {
    const text = `${'😀'.repeat(100)} docker`;
    const snippet = makeSnippet(text, new Set(['docker']), 21);
    expect(snippet.text.replace(/…/g, '')).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });
});

describe("a hit's language", () => {
  // A German title read with an English voice is garbled: a page listing hits marks each with
  // its language, as it marks posts everywhere else.
  const [first, ...rest] = catalog.posts;
  const german = createSearchIndex({
    ...catalog,
    posts: [{ ...first!, lang: 'de_DE' }, ...rest],
  });
  const langOf = (loaded: ReturnType<typeof loadSearchIndex>) =>
    Object.fromEntries(
      loaded
        .search(first!.title, { limit: 50 })
        .hits.map((hit) => [`${hit.type}:${hit.id}`, hit.lang]),
    );

  it("is the post's, kept through the index's JSON and bytes; talks and speakers have none", () => {
    const langs = langOf(german);
    expect(langs[`post:${first!.id}`]).toBe('de_DE');
    expect(Object.entries(langs).filter(([key, lang]) => !key.startsWith('post:') && lang)).toEqual(
      [],
    );
    expect(langOf(loadSearchIndex(JSON.stringify(german.toJSON())))).toEqual(langs);
    expect(langOf(loadSearchIndex(german.toBytes()))).toEqual(langs);
    for (const hit of german.search(first!.title).hits) expect(SearchHit.parse(hit)).toEqual(hit);
  });

  it('is absent for a post that names none', () => {
    const hit = index.search(first!.title).hits.find((h) => h.id === first!.id);
    expect(hit).toBeDefined();
    expect(hit).not.toHaveProperty('lang');
  });
});

describe("a hit's context", () => {
  // Talks of one title at several events ("Opening keynote") and people of one name read the
  // same in a list of hits: each carries what tells it apart, as the record's own page shows it.
  const [post, ...posts] = catalog.posts;
  const [talk, ...talks] = catalog.talks;
  const kube = catalog.events.find((e) => e.id !== talk!.event)!;
  const twin = { ...talk!, id: `${talk!.id}-again`, event: kube.id };
  const lovelace = { name: 'Ada Lovelace' };
  const built = createSearchIndex({
    ...catalog,
    posts: [{ ...post!, authors: [lovelace, { name: 'Grace Hopper' }] }, ...posts],
    talks: [talk!, twin, ...talks],
  });
  const contextOf = (loaded: ReturnType<typeof loadSearchIndex>, query: string) =>
    Object.fromEntries(
      loaded.search(query, { limit: 50 }).hits.map((hit) => [`${hit.type}:${hit.id}`, hit.context]),
    );

  it("names a talk's event, so talks of one title at two events read apart", () => {
    const found = contextOf(built, talk!.title!);
    const first = catalog.events.find((e) => e.id === talk!.event)!;
    expect(found[`talk:${talk!.id}`]).toBe(first.name);
    expect(found[`talk:${twin.id}`]).toBe(kube.name);
  });

  it("gives a post's authors and its day, and a speaker's affiliation", () => {
    expect(contextOf(built, post!.title)[`post:${post!.id}`]).toBe(
      `Ada Lovelace, Grace Hopper · ${post!.date!.slice(0, 10)}`,
    );
    const dated = catalog.posts.find((p) => p.date && p.date.length > 10)!;
    expect(contextOf(built, dated.title)[`post:${dated.id}`]).toBe(dated.date!.slice(0, 10));
    const employed = catalog.speakers.find((s) => s.affiliation)!;
    expect(contextOf(built, employed.name)[`speaker:${employed.id}`]).toBe(employed.affiliation);
  });

  it("leaves what the context shows out of a speaker's snippet, which the context would repeat", () => {
    const employed = catalog.speakers.find((s) => s.affiliation)!;
    const hit = built.search(employed.name).hits.find((h) => h.id === employed.id)!;
    expect(hit.context).toBe(employed.affiliation);
    expect(hit.snippet.text).not.toContain(employed.affiliation);
    // Still found by it.
    const byAffiliation = built.search(employed.affiliation!, { types: ['speaker'], limit: 50 });
    expect(byAffiliation.hits.map((h) => h.id)).toContain(employed.id);
  });

  it('is absent where the record has nothing to add, and kept through JSON and bytes', () => {
    const bare = catalog.speakers.find((s) => !s.affiliation && !s.role)!;
    const hit = built.search(bare.name).hits.find((h) => h.id === bare.id);
    expect(hit).toBeDefined();
    expect(hit).not.toHaveProperty('context');
    for (const query of [talk!.title!, post!.title, bare.name]) {
      const expected = contextOf(built, query);
      expect(contextOf(loadSearchIndex(JSON.stringify(built.toJSON())), query)).toEqual(expected);
      expect(contextOf(loadSearchIndex(built.toBytes()), query)).toEqual(expected);
    }
    for (const h of built.search(talk!.title!).hits) expect(SearchHit.parse(h)).toEqual(h);
  });
});
