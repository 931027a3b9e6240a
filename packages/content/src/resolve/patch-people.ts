import type { PostExtraction } from '../extract/extract-post.ts';
import { mentionSorter, type PersonCand, personCand, personKeys } from './catalog-drafts.ts';
import { speakerEntryMatches } from './curation-match.ts';
import { mergePeople } from './merge-reports.ts';
import { namesMatch } from './merge-speakers.ts';
import { NoPatch } from './no-patch.ts';
import { renamed } from './patch-extractions.ts';
import { at, SHIFT } from './patch-places.ts';
import type { PatchPosts } from './patch-posts.ts';
import type { TouchedTalks } from './patch-touched-talks.ts';

// Pairs of namings a patch compares through shared talks, at most: past this, talks named by
// thousands of posts make the comparison cost more than building the catalog whole does.
const MAX_TIE_PAIRS = 250_000;

/** The people a patch merges again, and how they merge. */
export interface PeopleAgain {
  /** Posts edited in place that name the same people as before: the previous post and extraction. */
  readonly inPlace: Map<number, { old: number; x: PostExtraction }>;
  /** Whether people merge as before: every changed post is in `inPlace` and no tie changed. */
  readonly stable: boolean;
  /** The previous build's speakers merged again. */
  readonly again: Set<number>;
  /** The places of the namings merged again, in order. */
  readonly people: number[];
  /** A candidate for each of `people`. */
  readonly personCands: PersonCand[];
  /** The merged people, as lists of indices into `people`. */
  readonly groups: number[][];
  readonly sortMentions: ReturnType<typeof mentionSorter>;
}

/**
 * The people a patch merges again, closed under every tie of their namings, merged as a whole
 * build would merge them; throws `NoPatch` when comparing them costs more than a whole build.
 */
export function mergePeopleAgain(ps: PatchPosts, tt: TouchedTalks): PeopleAgain {
  const {
    previous,
    trace,
    curation,
    oldArticle,
    oldPostOfArticle,
    changedOld,
    kept,
    posts,
    newToOld,
    changedNew,
    extractionOf,
    previousAnalysis,
    oldToNew,
    oldTalkAt,
    oldSpeakerOf,
    droppedTalk,
    droppedPerson,
  } = ps;
  const { narrow, cands, inTouched, groupAt } = tt;

  // The namings of a post that present each of its talks, as `buildCatalog` attaches them.
  const presenters = (
    p: number,
    talkGroup: (t: number) => number | undefined,
    x = extractionOf(p),
  ) => {
    const out: { q: number; name: string; talks: number[] }[] = [];
    x.people.forEach((person, q) => {
      if (droppedPerson(person.name)) return;
      const talks: number[] = [];
      x.talks.forEach((talk, t) => {
        const g = talkGroup(t);
        if (g !== undefined && talk.speakers.includes(person.name)) talks.push(g);
      });
      out.push({ q, name: person.name, talks });
    });
    return out;
  };
  const sameTalkTies = (byTalk: Map<number, { p: number; q: number; name: string }[]>) => {
    let pairs = 0;
    for (const members of byTalk.values()) pairs += (members.length * (members.length - 1)) / 2;
    if (pairs > MAX_TIE_PAIRS) throw new NoPatch();
    const ties = new Set<string>();
    for (const members of byTalk.values())
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) {
          const a = members[i]!;
          const b = members[j]!;
          if ((a.p !== b.p || a.q !== b.q) && namesMatch(a.name, b.name)) {
            const [x, y] = at(a.p, a.q) < at(b.p, b.q) ? [a, b] : [b, a];
            ties.add(`${at(x.p, x.q)} ${at(y.p, y.q)}`);
          }
        }
    return ties;
  };
  const collect = (
    byTalk: Map<number, { p: number; q: number; name: string }[]>,
    p: number,
    presented: ReturnType<typeof presenters>,
  ) => {
    for (const { q, name, talks } of presented)
      for (const g of new Set(talks)) {
        if (!byTalk.has(g)) byTalk.set(g, []);
        byTalk.get(g)!.push({ p, q, name });
      }
  };

  // Posts edited in place that name the same people as before (but where): their namings
  // are where they were, so when no tie through a talk changed either, people merge as before.
  const inPlace = new Map<number, { old: number; x: PostExtraction }>();
  const changedPosts = posts.flatMap((_, p) => (changedNew(p) ? [p] : []));
  let changedOldCount = 0;
  for (const c of changedOld) changedOldCount += c;
  if (changedPosts.length === changedOldCount)
    for (const p of changedPosts) {
      const i = oldArticle.get(kept[p]!.path);
      const o = i === undefined ? -1 : oldPostOfArticle[i]!;
      if (o !== p) break;
      const was = previousAnalysis(i!);
      if (was?.path !== kept[p]!.path || was.post?.id !== trace.articles[i!]!.id || !was.extraction)
        break;
      const x = renamed(was.extraction, was.post.id, previous.posts[o]!.id);
      const now = extractionOf(p).people;
      const same =
        x.people.length === now.length &&
        x.people.every(
          (a, q) =>
            a.name === now[q]!.name &&
            a.affiliation === now[q]!.affiliation &&
            a.role === now[q]!.role &&
            JSON.stringify(a.handles) === JSON.stringify(now[q]!.handles),
        );
      if (!same) break;
      inPlace.set(p, { old: o, x });
    }
  // The ties of namings through shared talks made again, before and after.
  const before = new Map<number, { p: number; q: number; name: string }[]>();
  const after = new Map<number, { p: number; q: number; name: string }[]>();
  posts.forEach((post, p) => {
    if (!inTouched(post)) return;
    collect(
      after,
      p,
      presenters(p, (t) => groupAt.get(at(p, t))),
    );
    const was = inPlace.get(p);
    const oldTalk = (t: number) => {
      const ti = oldTalkAt(newToOld[p]! < 0 ? was!.old : newToOld[p]!, t);
      return narrow && ti !== undefined && !narrow.has(ti) ? undefined : ti;
    };
    if (!changedNew(p) || was) collect(before, p, presenters(p, oldTalk, was?.x));
  });
  const tiesBefore = sameTalkTies(before);
  const tiesAfter = sameTalkTies(after);
  const stable =
    inPlace.size === changedPosts.length &&
    inPlace.size === changedOldCount &&
    tiesBefore.size === tiesAfter.size &&
    [...tiesAfter].every((tie) => tiesBefore.has(tie));

  // The people merged again: the speakers of the changed posts' namings before...
  const again = new Set<number>();
  if (!stable)
    trace.speakers.forEach((members, si) => {
      for (let k = 0; k < members.length; k += 2)
        if (changedOld[members[k]!]) {
          again.add(si);
          break;
        }
    });
  // ... those whose ties through a shared talk of a touched event changed...
  const unchangedEnd = (n: number) => {
    const p = Math.floor(n / SHIFT);
    if (!changedNew(p)) again.add(oldSpeakerOf(p, n % SHIFT));
  };
  for (const tie of tiesAfter)
    if (!tiesBefore.has(tie)) for (const n of tie.split(' ')) unchangedEnd(Number(n));
  for (const tie of tiesBefore)
    if (!tiesAfter.has(tie)) for (const n of tie.split(' ')) unchangedEnd(Number(n));
  // ... and those a changed post's naming shares a key with.
  const oldKeys = new Map(trace.keys);
  posts.forEach((_, p) => {
    if (!changedNew(p) || stable) return;
    for (const person of extractionOf(p).people) {
      if (droppedPerson(person.name)) continue;
      for (const k of personKeys(person.name, person.handles, curation)) {
        const s = oldKeys.get(k);
        if (s !== undefined) again.add(s);
      }
    }
  });

  // Their namings, with those of the changed posts, in the order of the catalog's namings.
  const people: number[] = [];
  for (const si of again) {
    const members = trace.speakers[si]!;
    for (let k = 0; k < members.length; k += 2) {
      const p = oldToNew[members[k]!]!;
      if (p >= 0) people.push(at(p, members[k + 1]!));
    }
  }
  posts.forEach((_, p) => {
    if (!changedNew(p) || stable) return;
    extractionOf(p).people.forEach((person, q) => {
      if (!droppedPerson(person.name)) people.push(at(p, q));
    });
  });
  people.sort((a, b) => a - b);
  const personCands: PersonCand[] = people.map((n) => {
    const p = Math.floor(n / SHIFT);
    const q = n % SHIFT;
    const x = extractionOf(p);
    const person = x.people[q]!;
    const talks: number[] = [];
    x.talks.forEach((talk, t) => {
      if (!talk.speakers.includes(person.name) || droppedTalk(talk.title, talk.label)) return;
      // Talks made again and kept ones are told apart by sign.
      const g = groupAt.get(at(p, t));
      if (g !== undefined) {
        talks.push(-1 - g);
        return;
      }
      // Every report of a post of an event merged again is in a talk made again.
      const ti = !narrow && inTouched(posts[p]!) ? undefined : oldTalkAt(newToOld[p]!, t);
      if (ti === undefined) throw new NoPatch();
      talks.push(ti);
    });
    return personCand(posts[p]!, person, talks);
  });
  const forced = curation.speakers
    .filter((c) => !c.drop)
    .map((c) => personCands.flatMap((pc, i) => (speakerEntryMatches(c, pc.name) ? [i] : [])))
    .filter((g) => g.length > 1);
  const groups = mergePeople(personCands, forced);
  const sortMentions = mentionSorter([
    ...new Set([...personCands.map((c) => c.post.id), ...cands.map((c) => c.post.id)]),
  ]);

  return { inPlace, stable, again, people, personCands, groups, sortMentions };
}
