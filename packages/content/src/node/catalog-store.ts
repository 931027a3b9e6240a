import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogTrace } from '../resolve/catalog-trace.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { writeSnapshot } from './catalog-snapshot.ts';
import { readChecked, writeChecked } from './checked-file.ts';
import { deferMentions, splitMentions } from './deferred-mentions.ts';
import { decodePooled, type PooledSpill, pooledLayout } from './pooled-codec.ts';
import { readSegments, type SegmentReads } from './read-segments.ts';

// The last catalog built from a content directory, in segments: its posts, talks and speakers
// a run of records per file, the rest of the catalog in one, and the build's trace (what a
// patch of the catalog needs) in another. A head names the segments and the key of everything
// the catalog was built from. A build that changes a few records writes the segments that
// hold them and a new head; the others stay as they are. Each segment file is checked whole
// when read, and a missing or damaged one makes the catalog unreadable, which costs a build.
// A segment of talks or speakers holds their mentions after them, read when first asked for
// (see `deferMentions`).

const PARTS = ['posts', 'talks', 'speakers'] as const;
type Part = (typeof PARTS)[number];
// Records per segment: small enough that a changed record costs little to write again, large
// enough that reading a catalog is not mostly opening files.
const RECORDS: Record<Part, number> = { posts: 64, talks: 128, speakers: 128 };
const SEGMENT = /^(posts|talks|speakers|rest|trace|articles)-[0-9a-f]+$/;
// Articles of the trace per segment.
const ARTICLES = 1024;

/** What the head of a stored catalog holds. */
export interface StoreHead {
  /** The key of everything the catalog was built from. */
  readonly key: string;
  /** The digest of the curated records it was built with. */
  readonly records: string;
  readonly posts: string[];
  readonly talks: string[];
  readonly speakers: string[];
  readonly rest: string;
  readonly trace: string;
  /** The trace's articles, in segments. */
  readonly articles: string[];
}

type Built = { catalog: Catalog; diagnostics: Diagnostic[] };

/** The segments a catalog was read from, with the records of each, to reuse when writing. */
export type StoreLayout = Record<Part | 'articles', { name: string; records: readonly object[] }[]>;

interface Rest {
  readonly version: 1;
  readonly events: Catalog['events'];
  readonly diagnostics: Diagnostic[];
  /** The build's diagnostics when they are not the catalog's list. */
  readonly built?: Diagnostic[];
}

/**
 * A catalog stored in segments under `dir`, for builds of one code version. Reading and
 * writing never throw: a store that cannot be read is missing, one that cannot be written
 * costs the next build its shortcut.
 * @example const store = new CatalogStore(dir, version); const head = store.head();
 */
export class CatalogStore {
  readonly #dir: string;
  readonly #magic: string;

  constructor(dir: string, version: string) {
    this.#dir = dir;
    this.#magic = `CNST2:${version}`;
  }

  /** The head of the stored catalog, or undefined when there is none of this version. */
  head(): StoreHead | undefined {
    const body = readChecked(join(this.#dir, 'head'), this.#magic);
    if (body === undefined) return undefined;
    try {
      const head = JSON.parse(body) as StoreHead;
      return typeof head.key === 'string' &&
        [...PARTS, 'articles' as const].every((p) => Array.isArray(head[p]))
        ? head
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** The files of the catalog a head names, in the order `read` takes them. */
  #names(head: StoreHead): string[] {
    return [head.rest, ...PARTS.flatMap((p) => head[p])];
  }

  /**
   * Starts reading the catalog a head names, before it is known to be needed: `read` then
   * takes what was read. `end()` it when it is not read. With `spillDir`, long strings are
   * put in a spill there as they are read, for a reader that spills them.
   */
  prefetch(head: StoreHead, spillDir?: string): SegmentReads {
    return readSegments(this.#dir, this.#names(head), { spillDir });
  }

  /**
   * The catalog a head names, and where its records came from; undefined if any is lost.
   * `reads` is what `prefetch` started for this head, ended here. Long strings go to `spill`
   * when one is given.
   */
  async read(
    head: StoreHead,
    reads?: SegmentReads,
    spill?: PooledSpill,
  ): Promise<(Built & { layout: StoreLayout }) | undefined> {
    const names = this.#names(head);
    if (!names.every((n) => SEGMENT.test(n))) {
      reads?.end();
      return undefined;
    }
    const files = reads ?? readSegments(this.#dir, names);
    const segments: unknown[] = [];
    // Talks and speakers come after the rest and the posts.
    const firstWithMentions = 1 + head.posts.length;
    try {
      for (let i = 0; i < names.length; i++) {
        const read = await files.take(i);
        const body = read?.body;
        // Long strings the worker put in a spill of its own are read from there.
        const options =
          read?.placed && files.spill ? { spill: files.spill, placed: read.placed } : { spill };
        let value: unknown;
        try {
          if (body && i >= firstWithMentions) {
            const end = pooledLayout(body).length;
            const mentions = body.subarray(end);
            value = decodePooled(body.subarray(0, end), options);
            // Not copied out: the records before them are a small part of the segment's bytes.
            if (
              pooledLayout(mentions).length !== mentions.length ||
              !Array.isArray(value) ||
              !deferMentions(value, mentions, spill)
            )
              value = undefined;
          } else value = body && decodePooled(body, options);
        } catch {}
        if (value === undefined) return undefined;
        segments.push(value);
      }
    } finally {
      files.end();
    }
    const rest = segments[0] as Rest;
    if (rest?.version !== 1) return undefined;
    const layout: StoreLayout = { posts: [], talks: [], speakers: [], articles: [] };
    const lists: Record<Part, object[]> = { posts: [], talks: [], speakers: [] };
    let k = 1;
    for (const part of PARTS)
      for (const name of head[part]) {
        const records = segments[k++];
        if (!Array.isArray(records)) return undefined;
        layout[part].push({ name, records });
        const list = lists[part];
        for (const r of records) list.push(r);
      }
    const catalog = {
      version: 1,
      events: rest.events,
      posts: lists.posts,
      talks: lists.talks,
      speakers: lists.speakers,
      diagnostics: rest.diagnostics,
    } as Catalog;
    return { catalog, diagnostics: rest.built ?? rest.diagnostics, layout };
  }

  /**
   * The trace of the build a head names, and the segments of its articles; undefined when it
   * is lost.
   */
  readTrace(
    head: StoreHead,
  ): { trace: CatalogTrace; articles: StoreLayout['articles'] } | undefined {
    const json = (name: string): unknown => {
      if (!SEGMENT.test(name)) return undefined;
      const body = readChecked(join(this.#dir, name), this.#magic);
      try {
        return body === undefined ? undefined : JSON.parse(body);
      } catch {
        return undefined;
      }
    };
    const trace = json(head.trace) as Omit<CatalogTrace, 'articles'> | undefined;
    if (!trace || !Array.isArray(trace.talks)) return undefined;
    const articles: CatalogTrace['articles'] = [];
    const layout: StoreLayout['articles'] = [];
    for (const name of head.articles) {
      const records = json(name);
      if (!Array.isArray(records)) return undefined;
      layout.push({ name, records });
      for (const r of records) articles.push(r);
    }
    return { trace: { ...trace, articles }, articles: layout };
  }

  /**
   * Stores a catalog and its trace under `key`, writing only the segments `previous` (the
   * layout the catalog was patched from) does not hold already, then drops unused segments.
   */
  write(
    key: string,
    records: string,
    built: Built,
    trace: CatalogTrace,
    previous?: StoreLayout,
  ): void {
    const names: Record<Part, string[]> = { posts: [], talks: [], speakers: [] };
    for (const part of PARTS)
      for (const segment of segmentsOf(built.catalog[part], RECORDS[part], previous?.[part])) {
        if ('name' in segment) names[part].push(segment.name);
        else {
          const name = `${part}-${randomBytes(6).toString('hex')}`;
          // Talks and speakers are stored apart from their mentions, read when first asked for.
          const stored = part === 'posts' ? undefined : splitMentions(segment.records);
          const written = stored
            ? writeSnapshot(join(this.#dir, name), name, stored.records, [stored.mentions])
            : writeSnapshot(join(this.#dir, name), name, segment.records);
          if (!written) return;
          names[part].push(name);
        }
      }
    const { catalog, diagnostics } = built;
    const rest: Rest = {
      version: 1,
      events: catalog.events,
      diagnostics: catalog.diagnostics,
      ...(diagnostics === catalog.diagnostics ? {} : { built: diagnostics }),
    };
    const restName = `rest-${randomBytes(6).toString('hex')}`;
    if (!writeSnapshot(join(this.#dir, restName), restName, rest)) return;
    // Plain JSON: the trace is numbers and short strings, which pooling would not shorten.
    const json = (part: string, value: unknown): string | undefined => {
      const name = `${part}-${randomBytes(6).toString('hex')}`;
      return writeChecked(join(this.#dir, name), this.#magic, JSON.stringify(value))
        ? name
        : undefined;
    };
    const articles: string[] = [];
    for (const segment of segmentsOf(trace.articles, ARTICLES, previous?.articles)) {
      const name = 'name' in segment ? segment.name : json('articles', segment.records);
      if (!name) return;
      articles.push(name);
    }
    const { articles: _articles, ...links } = trace;
    const traceName = json('trace', links);
    if (!traceName) return;
    const head: StoreHead = {
      key,
      records,
      ...names,
      rest: restName,
      trace: traceName,
      articles,
    };
    writeChecked(join(this.#dir, 'head'), this.#magic, JSON.stringify(head));
    this.#prune(head);
  }

  // Segments no head names any more. Another process's build may be writing its own: if one
  // is dropped, that build's head names a lost segment, which only costs the next a build.
  #prune(head: StoreHead): void {
    const used = new Set([
      ...PARTS.flatMap((p) => head[p]),
      head.rest,
      head.trace,
      ...head.articles,
    ]);
    let files: string[] = [];
    try {
      files = readdirSync(this.#dir);
    } catch {}
    for (const f of files)
      if ((SEGMENT.test(f) && !used.has(f)) || f.endsWith('.tmp'))
        rmSync(join(this.#dir, f), { force: true });
  }
}

/**
 * Cuts `records` into segments of at most `size`, reusing each previous segment whose records
 * are all still there, the same objects in the same order.
 */
export function segmentsOf(
  records: readonly object[],
  size: number,
  previous: readonly { name: string; records: readonly object[] }[] = [],
): ({ name: string } | { records: object[] })[] {
  const startingWith = new Map<object, { name: string; records: readonly object[] }>();
  for (const s of previous) if (s.records.length) startingWith.set(s.records[0]!, s);
  const out: ({ name: string } | { records: object[] })[] = [];
  let pending: object[] = [];
  const flush = () => {
    if (pending.length) out.push({ records: pending });
    pending = [];
  };
  for (let i = 0; i < records.length; ) {
    const old = startingWith.get(records[i]!);
    if (
      old &&
      i + old.records.length <= records.length &&
      old.records.every((r, k) => r === records[i + k])
    ) {
      flush();
      out.push({ name: old.name });
      i += old.records.length;
      continue;
    }
    pending.push(records[i++]!);
    if (pending.length >= size) flush();
  }
  flush();
  return out;
}
