import { diagnostic } from '../parse/diagnostic-codes.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Post } from '../schema/post.ts';
import type { Speaker } from '../schema/speaker.ts';
import type { Talk } from '../schema/talk.ts';

function broken(message: string): Diagnostic {
  return diagnostic('broken-reference', message, '.', { line: 1, column: 1 });
}

/** Records of a catalog to check alone, in the catalog's order, when the others are sound. */
export interface CheckedRecords {
  readonly talks: readonly Talk[];
  readonly speakers: readonly Speaker[];
  readonly posts: readonly Post[];
}

/**
 * Checks every reference of a catalog in both directions: a talk's speakers exist and list
 * the talk, a speaker's talks exist and list the speaker, mentions name existing posts, and
 * records name existing events. Returns one error diagnostic per broken reference. With
 * `only`, checks the references of those records alone (a patched catalog's new records).
 */
export function checkReferences(catalog: Catalog, only?: CheckedRecords): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Made when first needed: a few records to check may need none of them.
  let postIds: Set<string> | undefined;
  const posts = {
    has: (id: string) => {
      postIds ??= new Set(catalog.posts.map((p) => p.id));
      return postIds.has(id);
    },
  };
  const events = new Set(catalog.events.map((e) => e.id));
  // Sets, not the records' lists, for a whole catalog: a speaker of thousands of talks would
  // make each lookup a scan, and the check quadratic. A few records look up lists.
  const listed = <R extends { id: string }>(
    records: readonly R[],
    list: (r: R) => readonly string[],
  ): ((id: string, item: string) => boolean | undefined) => {
    if (!only) {
      const sets = new Map(records.map((r) => [r.id, new Set(list(r))]));
      return (id, item) => sets.get(id)?.has(item);
    }
    let byId: Map<string, R> | undefined;
    return (id, item) => {
      byId ??= new Map(records.map((x) => [x.id, x]));
      const r = byId.get(id);
      return r && list(r).includes(item);
    };
  };
  const talkLists = listed(catalog.talks, (t) => t.speakers);
  const speakerLists = listed(catalog.speakers, (s) => s.talks);
  for (const t of only?.talks ?? catalog.talks) {
    for (const s of t.speakers)
      if (!speakerLists(s, t.id))
        out.push(broken(`Talk ${t.id} lists speaker ${s}, who does not list it.`));
    for (const m of t.mentions)
      if (!posts.has(m.post))
        out.push(broken(`Talk ${t.id} is mentioned by unknown post ${m.post}.`));
    if (t.event && !events.has(t.event))
      out.push(broken(`Talk ${t.id} belongs to unknown event ${t.event}.`));
  }
  for (const s of only?.speakers ?? catalog.speakers) {
    for (const t of s.talks)
      if (!talkLists(t, s.id))
        out.push(broken(`Speaker ${s.id} lists talk ${t}, which does not list them.`));
    for (const m of s.mentions)
      if (!posts.has(m.post))
        out.push(broken(`Speaker ${s.id} is mentioned by unknown post ${m.post}.`));
  }
  for (const p of only?.posts ?? catalog.posts)
    if (p.event && !events.has(p.event))
      out.push(broken(`Post ${p.id} belongs to unknown event ${p.event}.`));
  return out;
}
