import { normalize } from '../extract/similarity.ts';
import type { Handles } from '../schema/speaker.ts';
import type { PersonCand, TalkCand } from './catalog-drafts.ts';
import type { CatalogMemo } from './catalog-memo.ts';
import { mergeSpeakers } from './merge-speakers.ts';
import { mergeTalks } from './merge-talks.ts';
import { UnionFind } from './union-find.ts';

// The merges of a catalog build: reports of one talk across posts, namings of one person.

/** A distinct title (or untitled report) of one event, and the speakers of all its reports. */
interface TalkRep {
  post: string;
  readonly event: string | null;
  readonly title: string | null;
  readonly label?: string;
  readonly speakerKeys: Set<string>;
}

/**
 * Merges talk reports across posts. Reports of one event with the same title are one talk
 * whatever else they say, so they are merged first and `mergeTalks` compares only distinct
 * titles (with the speakers of all their reports): the pairs compared grow with the number of
 * distinct titles, not with the number of posts that repeat them. Talks of different events
 * are never merged but by curation, so each event is merged on its own, and an event whose
 * reports did not change since the memo's build is not merged again.
 */
export function mergeTalkReports(
  cands: readonly TalkCand[],
  forced: readonly (readonly number[])[],
  memo: CatalogMemo | undefined,
): { groups: number[][]; near: [number, number][] } {
  const repOf = new Map<string, number>();
  const members: number[][] = [];
  const reps: TalkRep[] = [];
  cands.forEach((c, i) => {
    const key = c.talk.title ? `${c.event ?? ''}\u0000${normalize(c.talk.title)}` : undefined;
    const r = key === undefined ? undefined : repOf.get(key);
    const speakerKeys = c.talk.speakers.map(normalize);
    if (r === undefined) {
      if (key !== undefined) repOf.set(key, reps.length);
      members.push([i]);
      reps.push({
        post: c.post.id,
        event: c.event,
        title: c.talk.title,
        label: c.talk.label,
        speakerKeys: new Set(speakerKeys),
      });
      return;
    }
    members[r]!.push(i);
    // A group reported by several posts is compared as from none of them.
    if (reps[r]!.post !== c.post.id) reps[r]!.post = '';
    for (const k of speakerKeys) reps[r]!.speakerKeys.add(k);
  });
  const byEvent = new Map<string | null, number[]>();
  reps.forEach((r, k) => {
    if (!byEvent.has(r.event)) byEvent.set(r.event, []);
    byEvent.get(r.event)!.push(k);
  });
  const uf = new UnionFind(reps.length);
  const near: [number, number][] = [];
  for (const [event, indices] of byEvent) {
    const local = indices.map((k, n) => ({
      post: reps[k]!.post || `\u0000${n}`,
      event,
      title: reps[k]!.title,
      label: reps[k]!.label,
      speakerKeys: [...reps[k]!.speakerKeys],
    }));
    const run = () => mergeTalks(local);
    const merged = memo ? memo.talkMerge(JSON.stringify(local), run) : run();
    for (const g of merged.groups)
      for (const n of g.slice(1)) uf.union(indices[g[0]!]!, indices[n]!);
    for (const [a, b] of merged.near) near.push([indices[a]!, indices[b]!]);
  }
  const repIndex = new Int32Array(cands.length);
  members.forEach((m, r) => {
    for (const i of m) repIndex[i] = r;
  });
  for (const g of forced) for (const i of g.slice(1)) uf.union(repIndex[g[0]!]!, repIndex[i]!);
  return {
    groups: uf.groups().map((g) => g.flatMap((r) => members[r]!).sort((a, b) => a - b)),
    near: near
      .filter(([a, b]) => uf.find(a) !== uf.find(b))
      .sort((x, y) => x[0] - y[0] || x[1] - y[1])
      .map(([a, b]) => [members[a]![0]!, members[b]![0]!]),
  };
}

/**
 * Merges people across posts. Namings with the same name (up to accents and case), the same
 * handles and the same spacing are one person whatever else they say, so they are merged first
 * and `mergeSpeakers` compares only distinct namings, with the talks of all their reports.
 */
export function mergePeople(
  cands: readonly PersonCand[],
  forced: readonly (readonly number[])[],
): number[][] {
  const repOf = new Map<string, number>();
  const members: number[][] = [];
  const reps: { name: string; handles: Handles; talks: Set<number> }[] = [];
  cands.forEach((c, i) => {
    const handles = Object.entries(c.handles)
      .filter(([, v]) => v)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const key = `${normalize(c.name)}\u0000${c.name.includes(' ')}\u0000${JSON.stringify(handles)}`;
    const r = repOf.get(key);
    if (r === undefined) {
      repOf.set(key, reps.length);
      members.push([i]);
      reps.push({ name: c.name, handles: c.handles, talks: new Set(c.talks) });
      return;
    }
    members[r]!.push(i);
    for (const t of c.talks) reps[r]!.talks.add(t);
  });
  const repIndex = new Int32Array(cands.length);
  members.forEach((m, r) => {
    for (const i of m) repIndex[i] = r;
  });
  return mergeSpeakers(
    reps.map((r) => ({ ...r, talks: [...r.talks] })),
    forced.map((g) => [...new Set(g.map((i) => repIndex[i]!))]),
  ).map((g) => g.flatMap((r) => members[r]!).sort((a, b) => a - b));
}
