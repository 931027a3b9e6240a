import { diagnostic } from '../parse/diagnostic-codes.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';

function broken(message: string): Diagnostic {
  return diagnostic('broken-reference', message, '.', { line: 1, column: 1 });
}

/**
 * Checks every reference of a catalog in both directions: a talk's speakers exist and list
 * the talk, a speaker's talks exist and list the speaker, mentions name existing posts, and
 * records name existing events. Returns one error diagnostic per broken reference.
 */
export function checkReferences(catalog: Catalog): Diagnostic[] {
  const out: Diagnostic[] = [];
  const posts = new Set(catalog.posts.map((p) => p.id));
  const events = new Set(catalog.events.map((e) => e.id));
  // Sets, not the records' lists: a speaker of thousands of talks would make each lookup a
  // scan, and the check quadratic.
  const talks = new Map(catalog.talks.map((t) => [t.id, new Set(t.speakers)]));
  const speakers = new Map(catalog.speakers.map((s) => [s.id, new Set(s.talks)]));
  for (const t of catalog.talks) {
    for (const s of t.speakers)
      if (!speakers.get(s)?.has(t.id))
        out.push(broken(`Talk ${t.id} lists speaker ${s}, who does not list it.`));
    for (const m of t.mentions)
      if (!posts.has(m.post))
        out.push(broken(`Talk ${t.id} is mentioned by unknown post ${m.post}.`));
    if (t.event && !events.has(t.event))
      out.push(broken(`Talk ${t.id} belongs to unknown event ${t.event}.`));
  }
  for (const s of catalog.speakers) {
    for (const t of s.talks)
      if (!talks.get(t)?.has(s.id))
        out.push(broken(`Speaker ${s.id} lists talk ${t}, which does not list them.`));
    for (const m of s.mentions)
      if (!posts.has(m.post))
        out.push(broken(`Speaker ${s.id} is mentioned by unknown post ${m.post}.`));
  }
  for (const p of catalog.posts)
    if (p.event && !events.has(p.event))
      out.push(broken(`Post ${p.id} belongs to unknown event ${p.event}.`));
  return out;
}
