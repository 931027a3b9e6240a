import type { PostExtraction } from '../extract/extract-post.ts';
import { normalize } from '../extract/similarity.ts';
import { appendAll } from '../parse/append-all.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Curation } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Event } from '../schema/event.ts';
import type { SpeakerMention } from '../schema/mention.ts';
import type { Post } from '../schema/post.ts';
import type { Speaker } from '../schema/speaker.ts';
import type { Talk } from '../schema/talk.ts';
import type { ArticleAnalysis } from './analyze.ts';
import { speakerFindings, talkFindings } from './build-catalog.ts';
import {
  collate,
  finding,
  mentionSorter,
  type PersonCand,
  personCand,
  personKeys,
  type SpeakerDraft,
  speakerDraft,
  type TalkCand,
  type TalkDraft,
  talkDraft,
  talkIdText,
  talkOfDraft,
} from './catalog-drafts.ts';
import {
  type CatalogTrace,
  countEventPosts,
  type NearAt,
  type TracedArticle,
} from './catalog-trace.ts';
import { checkReferences } from './check-references.ts';
import { speakerEntryMatches, talkEntryMatches } from './curation-match.ts';
import { resolveDuplicateIds } from './duplicate-ids.ts';
import { canPlace, type LoosePost } from './events-by-talks.ts';
import { IdAllocator } from './ids.ts';
import { mergePeople, mergeTalkReports } from './merge-reports.ts';
import { namesMatch } from './merge-speakers.ts';
import { postEvents } from './post-events.ts';
import { type CurationPlaces, unusedCorrections } from './unused-corrections.ts';
import { withFields } from './with-fields.ts';

// A catalog build after a few articles changed, made from the previous build's catalog and
// trace: only what the changed posts can reach is merged again. Talks are merged within an
// event, so the talks of the events the changed posts left or joined are merged again and all
// others kept. People are merged across the whole catalog, by the keys of their namings and by
// the talks they share, so the people merged again are those of the changed posts, those
// whose shared talks changed, and those a new naming's keys tie them to: their merges are
// closed under every tie, and so come out as a whole build would make them. Ids, orders and
// findings are then made for the whole catalog again, which costs little.

/** An article of the content as it is now. */
export interface PatchArticle {
  readonly path: string;
  readonly key: string;
  /** Its analysis, when the article is new or changed since the previous build. */
  readonly analysis?: ArticleAnalysis;
}

export interface CatalogPatchInput {
  /** The previous build's catalog: its records are reused where they did not change. */
  readonly catalog: Catalog;
  readonly trace: CatalogTrace;
  /** Every article of the content, in path order. */
  readonly articles: readonly PatchArticle[];
  /** The analysis of an unchanged article, as the previous build had it; undefined if lost. */
  readonly analysisOf: (article: TracedArticle) => ArticleAnalysis | undefined;
  /** The same curated events and curation as the previous build's. */
  readonly events?: readonly Event[];
  readonly curation?: Curation;
  /** Where each curated entry is written, as `buildCatalog` takes it. */
  readonly curationPlaces?: CurationPlaces;
  /** Diagnostics of the curated records, which follow the articles' own. */
  readonly diagnostics?: readonly Diagnostic[];
}

export interface PatchedCatalog {
  readonly catalog: Catalog;
  readonly diagnostics: Diagnostic[];
  readonly trace: CatalogTrace;
}

/** Thrown inside the patch when it cannot be made, and turned into an undefined result. */
class NoPatch extends Error {}

// A naming or report as one number: post index and index in the post's extraction.
const SHIFT = 2 ** 20;
const at = (post: number, index: number) => post * SHIFT + index;
// Pairs of namings a patch compares through shared talks, at most: past this, talks named by
// thousands of posts make the comparison cost more than building the catalog whole does.
const MAX_TIE_PAIRS = 250_000;
// Posts in the events a patch merges again past which, when they are most of the catalog, a
// whole build is as cheap; below it a patch costs little either way.
const MIN_DECLINED_EVENT = 500;

/**
 * Whether a patch whose touched events hold `touchedPosts` of `posts` is declined: merging their
 * talks again would read nearly every post's analysis, and a whole build costs about as much.
 */
export function declinesEvents(touchedPosts: number, posts: number): boolean {
  return touchedPosts > MIN_DECLINED_EVENT && touchedPosts * 4 > posts * 3;
}

/**
 * The catalog `buildCatalog` would give for `articles`, made by patching the previous build's
 * catalog, or undefined when it cannot be patched (a previous analysis is lost, an unchanged
 * post's id would change, or curated talks tie talks across events): then build it whole.
 * @example const patched = patchCatalog({ catalog, trace, articles, analysisOf, events });
 */
export function patchCatalog(input: CatalogPatchInput): PatchedCatalog | undefined {
  try {
    return patch(input);
  } catch (error) {
    if (error instanceof NoPatch) return undefined;
    throw error;
  }
}

function patch(input: CatalogPatchInput): PatchedCatalog {
  const previous = input.catalog;
  const trace = input.trace;
  const curated = input.events ?? [];
  const curation = input.curation ?? { speakers: [], talks: [] };
  // A curated talk merges reports across events, and can name speakers of the whole catalog.
  if (curation.talks.some((c) => !c.drop)) throw new NoPatch();
  // A broken reference would have to be found again among records kept as they were.
  if (previous.diagnostics.some((d) => d.code === 'broken-reference')) throw new NoPatch();

  // Articles and posts, old and new: a post is named by its index in the posts of its build.
  const oldArticle = new Map(trace.articles.map((a, i) => [a.path, i]));
  const oldPostOfArticle = new Int32Array(trace.articles.length).fill(-1);
  let count = 0;
  trace.articles.forEach((a, i) => {
    if (a.id !== null) oldPostOfArticle[i] = count++;
  });
  if (count !== previous.posts.length) throw new NoPatch();
  const oldToNew = new Int32Array(count).fill(-1);
  const changedOld = new Uint8Array(count);
  const seen = new Uint8Array(trace.articles.length);
  type Entry = { path: string; article: TracedArticle; old: number; analysis?: ArticleAnalysis };
  const entries: Entry[] = input.articles.map((a) => {
    const i = oldArticle.get(a.path);
    if (i !== undefined) seen[i] = 1;
    if (a.analysis) {
      const traced = {
        path: a.path,
        key: a.key,
        id: a.analysis.post?.id ?? null,
        diagnostics: a.analysis.diagnostics,
      };
      if (i !== undefined && oldPostOfArticle[i]! >= 0) changedOld[oldPostOfArticle[i]!] = 1;
      return { path: a.path, article: traced, old: -1, analysis: a.analysis };
    }
    if (i === undefined || trace.articles[i]!.key !== a.key) throw new NoPatch();
    return { path: a.path, article: trace.articles[i]!, old: oldPostOfArticle[i]! };
  });
  trace.articles.forEach((a, i) => {
    if (!seen[i] && oldPostOfArticle[i]! >= 0) changedOld[oldPostOfArticle[i]!] = 1;
    void a;
  });

  // Ids made unique as `combineAnalyses` does; an unchanged post must keep its id.
  const kept = entries.filter((e) => e.article.id !== null);
  const lite = kept.map((e) => ({ id: e.article.id!, source: { path: e.path } }));
  const duplicates = resolveDuplicateIds(lite as unknown as Post[]);
  const eventOf = postEvents(curated);
  const placeable = (r: PostExtraction['talks'][number]) =>
    canPlace(r, (x) => curation.talks.some((c) => c.drop && talkEntryMatches(c, x.title, x.label)));
  const curatedIds = new Set(curated.map((e) => e.id));
  const extractions = new Map<number, PostExtraction>();
  // The events inferred for posts, as the first post that infers each event gives it.
  const inferredOf: [number, Event][] = [];
  const newToOld = new Int32Array(kept.length);
  const posts: Post[] = kept.map((e, p) => {
    const id = lite[p]!.id;
    newToOld[p] = e.old;
    if (e.old >= 0) {
      const post = previous.posts[e.old]!;
      if (post.id !== id) throw new NoPatch();
      oldToNew[e.old] = p;
      return post;
    }
    const analysis = e.analysis!;
    const post = analysis.post!;
    extractions.set(p, renamed(analysis.extraction!, post.id, id));
    post.id = id;
    const event = eventOf(post);
    if (event && event.origin === 'inferred' && !curatedIds.has(event.id))
      inferredOf.push([p, event]);
    // Its reports may place it in an event, by the reports of every other post.
    if (!event && extractions.get(p)!.talks.some(placeable)) throw new NoPatch();
    return event ? withFields(post, { event: event.id }) : post;
  });
  const changedNew = (p: number) => newToOld[p]! < 0;
  const extractionOf = (p: number): PostExtraction => {
    let x = extractions.get(p);
    if (x) return x;
    const e = kept[p]!;
    const analysis = input.analysisOf(e.article);
    if (analysis?.path !== e.path || analysis.post?.id !== e.article.id || !analysis.extraction)
      throw new NoPatch();
    x = renamed(analysis.extraction, e.article.id!, posts[p]!.id);
    extractions.set(p, x);
    return x;
  };

  for (const [o, event] of trace.inferred)
    if (oldToNew[o]! >= 0) inferredOf.push([oldToNew[o]!, event]);
  inferredOf.sort((a, b) => a[0] - b[0]);
  const inferred = new Map<string, Event>();
  for (const [, e] of inferredOf) if (!inferred.has(e.id)) inferred.set(e.id, e);
  const usedEvents = new Set(posts.map((p) => p.event).filter(Boolean));
  const events = [...curated, ...[...inferred.values()].filter((e) => usedEvents.has(e.id))].sort(
    (a, b) => collate(a.id, b.id),
  );

  // The previous build's talks and speakers, by the reports and namings they hold.
  const oldTalkAt = recordsByPlace(trace.talks, count);
  const oldSpeakerAt = recordsByPlace(trace.speakers, count);
  const oldSpeakerOf = (p: number, q: number) => {
    const s = oldSpeakerAt(newToOld[p]!, q);
    if (s === undefined) throw new NoPatch();
    return s;
  };

  // The previous analysis of an article's post, as the previous build had it, read once.
  const previousAnalyses = new Map<number, ArticleAnalysis | undefined>();
  const previousAnalysis = (i: number) => {
    if (!previousAnalyses.has(i)) previousAnalyses.set(i, input.analysisOf(trace.articles[i]!));
    return previousAnalyses.get(i);
  };

  // The talks made again. When every changed post was edited in place and reports the talks
  // it reported (the same titles, labels and speakers, in the same event), the talks merge as
  // before: only the talks holding their reports are made again, however large their events.
  // Otherwise the talks of the events changed posts left or joined are merged again.
  const narrow = talksInPlace();
  function talksInPlace(): Set<number> | undefined {
    if (posts.length !== count) return undefined;
    const talks = new Set<number>();
    for (let p = 0; p < posts.length; p++) {
      if (!changedNew(p)) continue;
      const i = oldArticle.get(kept[p]!.path);
      if (i === undefined || oldPostOfArticle[i] !== p) return undefined;
      const before = previous.posts[p]!;
      if (before.id !== posts[p]!.id || (before.event ?? null) !== (posts[p]!.event ?? null))
        return undefined;
      const was = previousAnalysis(i);
      if (was?.path !== kept[p]!.path || was.post?.id !== trace.articles[i]!.id) return undefined;
      if (!was.extraction || !sameTalkReports(was.extraction, extractionOf(p))) return undefined;
      was.extraction.talks.forEach((_, t) => {
        const ti = oldTalkAt(p, t);
        if (ti !== undefined) talks.add(ti);
      });
    }
    // Each changed post of the build before is one of these: none was removed or replaced.
    for (let o = 0; o < count; o++) if (changedOld[o] && !changedNew(o)) return undefined;
    return talks;
  }
  const touched = new Set<string | null>();
  if (!narrow) {
    changedOld.forEach((c, o) => {
      if (c) touched.add(previous.posts[o]!.event ?? null);
    });
    posts.forEach((post, p) => {
      if (changedNew(p)) touched.add(post.event ?? null);
    });
    // When the touched events hold most of many posts, merging their talks again reads nearly
    // every post's analysis: a whole build costs about as much, and declining now wastes nothing.
    let touchedPosts = 0;
    for (const post of posts) if (touched.has(post.event ?? null)) touchedPosts++;
    if (declinesEvents(touchedPosts, posts.length)) throw new NoPatch();
    if (movesLoosePosts()) throw new NoPatch();
  }
  /** Whether a changed report has the title of a report that could place a post of no event. */
  function movesLoosePosts(): boolean {
    if (!trace.loose.length) return false;
    const titles = new Set(trace.loose.flatMap(([, t]) => t));
    const named = (x: PostExtraction | null | undefined) =>
      x?.talks.some((r) => r.title !== null && titles.has(normalize(r.title))) ?? true;
    for (let i = 0; i < trace.articles.length; i++) {
      const o = oldPostOfArticle[i]!;
      if (o >= 0 && changedOld[o] && named(previousAnalysis(i)?.extraction)) return true;
    }
    for (let p = 0; p < posts.length; p++) if (changedNew(p) && named(extractionOf(p))) return true;
    return false;
  }

  const droppedTalk = (title: string | null, label: string | undefined) =>
    curation.talks.some((c) => c.drop && talkEntryMatches(c, title, label));
  const droppedPerson = (name: string) =>
    curation.speakers.some((c) => c.drop && speakerEntryMatches(c, name));

  // The reports merged again, in the order of their places, and the talks they make.
  const cands: TalkCand[] = [];
  const candAt: number[] = [];
  const touchedIndex = new Map<Post, number>();
  let merged: { groups: number[][]; near: [number, number][] };
  if (narrow) {
    const places = [...narrow].flatMap((ti) => {
      const members = trace.talks[ti]!;
      const out: number[] = [];
      for (let k = 0; k < members.length; k += 2) out.push(at(members[k]!, members[k + 1]!));
      return out;
    });
    places.sort((a, b) => a - b);
    const candOf = new Map<number, number>();
    for (const n of places) {
      const p = Math.floor(n / SHIFT);
      const post = posts[p]!;
      touchedIndex.set(post, p);
      candOf.set(n, cands.length);
      cands.push({ post, event: post.event ?? null, talk: extractionOf(p).talks[n % SHIFT]! });
      candAt.push(n);
    }
    const groups = [...narrow].map((ti) => {
      const members = trace.talks[ti]!;
      const g: number[] = [];
      for (let k = 0; k < members.length; k += 2)
        g.push(candOf.get(at(members[k]!, members[k + 1]!))!);
      return g.sort((a, b) => a - b);
    });
    merged = { groups, near: [] };
  } else {
    posts.forEach((post, p) => {
      if (!touched.has(post.event ?? null)) return;
      touchedIndex.set(post, p);
      extractionOf(p).talks.forEach((talk, t) => {
        if (droppedTalk(talk.title, talk.label)) return;
        cands.push({ post, event: post.event ?? null, talk });
        candAt.push(at(p, t));
      });
    });
    merged = mergeTalkReports(cands, [], undefined);
  }
  const inTouched = (post: Post) => touchedIndex.has(post);
  // The merged talk of each report merged again, by its place.
  const groupAt = new Map<number, number>();
  merged.groups.forEach((g, gi) => {
    for (const i of g) groupAt.set(candAt[i]!, gi);
  });

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

  // Speakers: those kept in their order, the merged ones put in theirs.
  type Placed = { old: number; draft?: SpeakerDraft; members?: number[]; first: number };
  // Where a post before is now, posts edited in place with their people included.
  const placeOf = Int32Array.from(oldToNew);
  if (stable) for (const [p, { old }] of inPlace) placeOf[old] = p;
  const firstOld = (members: readonly number[]) => at(placeOf[members[0]!]!, members[1]!);
  const keptSpeakers: Placed[] = [];
  previous.speakers.forEach((_, si) => {
    if (!again.has(si)) keptSpeakers.push({ old: si, first: firstOld(trace.speakers[si]!) });
  });
  const speakerName = (s: Placed) =>
    normalize(s.draft ? s.draft.name : previous.speakers[s.old]!.name);
  const bySpeakerOrder = (a: Placed, b: Placed) =>
    collate(speakerName(a), speakerName(b)) || a.first - b.first;
  // A merged person whose namings are those of a speaker before, none of them changed, is
  // that speaker again: its record is kept, but for its id and talks.
  const membersKey = (members: readonly number[]) => members.join(' ');
  const was = new Map<string, number>();
  for (const si of again) {
    const members = trace.speakers[si]!;
    const now: number[] = [];
    for (let k = 0; k < members.length && now.length === k / 2; k += 2)
      if (oldToNew[members[k]!]! >= 0) now.push(at(oldToNew[members[k]!]!, members[k + 1]!));
    if (now.length * 2 === members.length) was.set(membersKey(now), si);
  }
  const reused = new Set<number>();
  const mergedSpeakers: Placed[] = groups
    .map((g) => {
      const members = g.map((i) => people[i]!);
      const old = was.get(membersKey(members));
      if (old !== undefined) {
        reused.add(old);
        return { old, members, first: members[0]! };
      }
      const draft = speakerDraft(
        g.map((i) => personCands[i]!),
        curation,
        sortMentions,
      );
      // Or it gives the record a speaker before had, as a changed post often does.
      const unchanged = members.find((n) => !changedNew(Math.floor(n / SHIFT)));
      const same =
        unchanged === undefined
          ? undefined
          : oldSpeakerOf(Math.floor(unchanged / SHIFT), unchanged % SHIFT);
      if (same !== undefined && !reused.has(same)) {
        const { id: _id, talks: _talks, ...record } = previous.speakers[same]!;
        if (JSON.stringify(record) === JSON.stringify(draft)) {
          reused.add(same);
          return { old: same, members, first: members[0]! };
        }
      }
      return { old: -1, members, first: members[0]!, draft };
    })
    .sort(bySpeakerOrder);
  const speakerOrder = mergeSorted(keptSpeakers, mergedSpeakers, bySpeakerOrder);
  const finalSpeakerOfOld = new Int32Array(previous.speakers.length).fill(-1);
  const finalSpeakerAt = new Map<number, number>();
  speakerOrder.forEach((s, i) => {
    if (s.old >= 0) finalSpeakerOfOld[s.old] = i;
    if (s.members) for (const n of s.members) finalSpeakerAt.set(n, i);
  });
  // A naming of a post edited in place is in the speaker its place was in.
  for (const [p, { old }] of stable ? inPlace : [])
    extractionOf(p).people.forEach((person, q) => {
      const si = droppedPerson(person.name) ? undefined : oldSpeakerAt(old, q);
      if (si !== undefined) finalSpeakerAt.set(at(p, q), finalSpeakerOfOld[si]!);
    });
  const oldSpeakerIndex = new Map(previous.speakers.map((s, i) => [s.id, i]));
  // The speaker of a post's naming, by name as a talk names its speakers.
  const namingOf = new Map<number, Map<string, number>>();
  const speakerOf = (p: number, name: string): number | undefined => {
    let named = namingOf.get(p);
    if (!named) {
      named = new Map();
      extractionOf(p).people.forEach((person, q) => {
        if (!droppedPerson(person.name)) named!.set(person.name, q);
      });
      namingOf.set(p, named);
    }
    const q = named.get(name);
    if (q === undefined) return undefined;
    return finalSpeakerAt.get(at(p, q)) ?? finalSpeakerOfOld[oldSpeakerOf(p, q)]!;
  };

  // A speaker merged again whose kept namings are all in one new speaker stands for it in
  // the talks kept; -1 when they were split, and such a talk's speakers are looked up again.
  const images = new Map<number, number>();
  const imageOf = (si: number) => {
    let image = images.get(si);
    if (image === undefined) {
      const members = trace.speakers[si]!;
      image = -2;
      for (let k = 0; k < members.length && image !== -1; k += 2) {
        const p = oldToNew[members[k]!]!;
        if (p < 0) continue;
        const s = finalSpeakerAt.get(at(p, members[k + 1]!))!;
        image = image === -2 || image === s ? s : -1;
      }
      if (image === -2) image = -1;
      images.set(si, image);
    }
    return image;
  };

  // Talks: those of other events kept in their order, the merged ones put in theirs.
  type PlacedTalk = {
    old: number;
    draft?: TalkDraft<number>;
    members?: number[];
    event: string;
    first: number;
  };
  const noCurated = () => new Set<number>();
  const reusedTalks = new Set<number>();
  const mergedTalks: PlacedTalk[] = merged.groups.map((g) => {
    const members = g.map((i) => candAt[i]!);
    // A talk whose reports are those of a talk before, none of them changed, is that talk
    // again: its record is kept, but for its id and speakers.
    const p = Math.floor(members[0]! / SHIFT);
    const ti = changedNew(p) ? undefined : oldTalkAt(newToOld[p]!, members[0]! % SHIFT);
    if (ti !== undefined) {
      const reports = trace.talks[ti]!;
      const same =
        reports.length === 2 * members.length &&
        members.every(
          (n, k) =>
            oldToNew[reports[2 * k]!] === Math.floor(n / SHIFT) && reports[2 * k + 1] === n % SHIFT,
        );
      if (same) {
        reusedTalks.add(ti);
        return { old: ti, members, event: previous.talks[ti]!.event ?? '', first: members[0]! };
      }
    }
    const draft = talkDraft(
      g.map((i) => cands[i]!),
      curation,
      sortMentions,
      (post, name) => speakerOf(touchedIndex.get(post)!, name),
      noCurated,
    );
    // Or it gives the record a talk before had, as a changed post often does.
    const unchanged = members.find((n) => !changedNew(Math.floor(n / SHIFT)));
    const same =
      unchanged === undefined
        ? undefined
        : oldTalkAt(newToOld[Math.floor(unchanged / SHIFT)]!, unchanged % SHIFT);
    if (same !== undefined && !reusedTalks.has(same)) {
      const { id: _id, speakers: _speakers, ...record } = previous.talks[same]!;
      const { speakerSet: _set, ...fields } = draft;
      const drafted = {
        title: fields.title,
        label: fields.label,
        altTitles: fields.altTitles,
        kind: fields.kind,
        event: fields.event,
        links: fields.links,
        takeaways: fields.takeaways,
        mentions: fields.mentions,
        provenance: fields.provenance,
      };
      if (JSON.stringify(record) === JSON.stringify(drafted)) {
        reusedTalks.add(same);
        return { old: same, members, event: previous.talks[same]!.event ?? '', first: members[0]! };
      }
    }
    return { old: -1, draft, members, event: draft.event ?? '', first: members[0]! };
  });
  const byTalkOrder = (a: PlacedTalk, b: PlacedTalk) =>
    collate(a.event, b.event) || a.first - b.first;
  mergedTalks.sort(byTalkOrder);
  const keptTalks: PlacedTalk[] = [];
  previous.talks.forEach((talk, ti) => {
    if (narrow ? !narrow.has(ti) : !touched.has(talk.event ?? null)) {
      const members = trace.talks[ti]!;
      keptTalks.push({ old: ti, event: talk.event ?? '', first: firstOld(members) });
    }
  });
  const talkOrder = mergeSorted(keptTalks, mergedTalks, byTalkOrder);

  // Ids and the lists that tie talks and speakers, for the whole catalog.
  const speakerIds = new IdAllocator();
  const speakerBases = speakerOrder.map((s) =>
    s.draft ? IdAllocator.baseOf(s.draft.name, 'speaker') : trace.speakerBases[s.old]!,
  );
  const speakerIdList = speakerBases.map((base) => speakerIds.takeBase(base));
  const talkBases = talkOrder.map((t) =>
    t.draft ? IdAllocator.baseOf(talkIdText(t.draft), 'talk') : trace.talkBases[t.old]!,
  );
  const talksOf: string[][] = speakerOrder.map(() => []);
  const talkIds = new IdAllocator();
  const talks: Talk[] = talkOrder.map((t, ti) => {
    let set: Iterable<number>;
    if (t.draft) set = t.draft.speakerSet;
    else if (t.members) {
      // A talk of a touched event kept: its speakers are looked up again by name.
      const found = new Set<number>();
      for (const n of t.members) {
        const p = Math.floor(n / SHIFT);
        for (const name of extractionOf(p).talks[n % SHIFT]!.speakers) {
          const s = speakerOf(p, name);
          if (s !== undefined) found.add(s);
        }
      }
      set = found;
    } else {
      const old = previous.talks[t.old]!;
      const olds = old.speakers.map((id) => oldSpeakerIndex.get(id)!);
      if (olds.some((s) => again.has(s) && imageOf(s) < 0)) {
        // A speaker of it was merged again: its speakers are looked up again by name.
        const members = trace.talks[t.old]!;
        const found = new Set<number>();
        for (let k = 0; k < members.length; k += 2) {
          const p = oldToNew[members[k]!]!;
          for (const name of extractionOf(p).talks[members[k + 1]!]!.speakers) {
            const s = speakerOf(p, name);
            if (s !== undefined) found.add(s);
          }
        }
        set = found;
      } else set = olds.map((s) => (again.has(s) ? imageOf(s) : finalSpeakerOfOld[s]!));
    }
    const indices = [...set].sort((a, b) => a - b);
    const speakers = indices.map((si) => speakerIdList[si]!);
    if (t.draft) {
      const d = t.draft;
      const id = talkIds.takeBase(talkBases[ti]!);
      for (const si of indices) talksOf[si]!.push(id);
      return talkOfDraft(d, id, speakers);
    }
    const old = previous.talks[t.old]!;
    const id = talkIds.takeBase(talkBases[ti]!);
    for (const si of indices) talksOf[si]!.push(id);
    return id === old.id && sameList(speakers, old.speakers) ? old : { ...old, id, speakers };
  });
  // A speaker kept with namings of posts edited in place: its mentions there are the new ones.
  const edited = new Map<number, number[]>();
  for (const [p, { old }] of stable ? inPlace : [])
    extractionOf(p).people.forEach((person, q) => {
      const si = droppedPerson(person.name) ? undefined : oldSpeakerAt(old, q);
      if (si === undefined) return;
      if (!edited.has(si)) edited.set(si, []);
      edited.get(si)!.push(at(p, q));
    });
  const editedMentions = (si: number, mentions: SpeakerMention[]): SpeakerMention[] => {
    const namings = edited.get(si);
    if (!namings) return mentions;
    const gone = new Set(
      namings.map((n) => previous.posts[inPlace.get(Math.floor(n / SHIFT))!.old]!.id),
    );
    const next = mentions.filter((m) => !gone.has(m.post));
    for (const n of namings)
      appendAll(next, extractionOf(Math.floor(n / SHIFT)).people[n % SHIFT]!.mentions);
    const sorted = mentionSorter([...new Set(next.map((m) => m.post))])(next);
    return JSON.stringify(sorted) === JSON.stringify(mentions) ? mentions : sorted;
  };
  const speakers: Speaker[] = speakerOrder.map((s, si) => {
    const id = speakerIdList[si]!;
    const talkList = talksOf[si]!;
    if (s.draft) return { id, ...s.draft, talks: talkList };
    const old = previous.speakers[s.old]!;
    const mentions = editedMentions(s.old, old.mentions);
    if (id === old.id && sameList(talkList, old.talks) && mentions === old.mentions) return old;
    return { ...old, id, talks: talkList, mentions };
  });

  // Diagnostics in the order a whole build gives them.
  const diagnostics: Diagnostic[] = [
    ...entries.flatMap((e) => e.article.diagnostics),
    ...duplicates,
    ...(input.diagnostics ?? []),
  ];
  // A record's mentions are of its own reports' or namings' posts: the post of one is looked
  // for among those, not in a map of every post.
  let postById: Map<string, Post> | undefined;
  const postIn = (id: string, placed: { old: number; members?: number[] }, lists: number[][]) => {
    if (placed.members) {
      for (const n of placed.members) {
        const post = posts[Math.floor(n / SHIFT)]!;
        if (post.id === id) return post;
      }
    } else {
      const members = lists[placed.old]!;
      for (let k = 0; k < members.length; k += 2) {
        const post = posts[placeOf[members[k]!]!];
        if (post?.id === id) return post;
      }
    }
    postById ??= new Map(posts.map((p) => [p.id, p]));
    return postById.get(id);
  };
  appendAll(
    diagnostics,
    talkFindings(talks, (id, i) => postIn(id, talkOrder[i]!, trace.talks)),
  );
  const near: CatalogTrace['near'] = [];
  for (const n of trace.near) {
    if (narrow) {
      // Posts are where they were, and the talks merged as before: the same pairs are near,
      // but a changed post's report may have moved, and the finding is where it is.
      const [a, at1, b, at2] = n.at;
      if (!changedNew(b)) near.push(n);
      else {
        const x = extractionOf(b).talks[at2]!;
        const detail = `"${x.title}" looks like "${extractionOf(a).talks[at1]!.title}" (${posts[a]!.source.path}) but was kept apart.`;
        const diagnostic = finding('possible-duplicate-talk', detail, posts[b]!, x.mentions[0]!);
        near.push({ at: n.at, diagnostic });
      }
      continue;
    }
    const a = oldToNew[n.at[0]]!;
    const b = oldToNew[n.at[2]]!;
    if (a >= 0 && b >= 0 && !inTouched(posts[a]!))
      near.push({ at: [a, n.at[1], b, n.at[3]], diagnostic: n.diagnostic });
  }
  for (const [i, j] of merged.near) {
    const a = cands[i]!;
    const b = cands[j]!;
    const nearAt: NearAt = [
      Math.floor(candAt[i]! / SHIFT),
      candAt[i]! % SHIFT,
      Math.floor(candAt[j]! / SHIFT),
      candAt[j]! % SHIFT,
    ];
    near.push({
      at: nearAt,
      diagnostic: finding(
        'possible-duplicate-talk',
        `"${b.talk.title}" looks like "${a.talk.title}" (${a.post.source.path}) but was kept apart.`,
        b.post,
        b.talk.mentions[0]!,
      ),
    });
  }
  near.sort(
    (x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.at[2] - y.at[2] || x.at[3] - y.at[3],
  );
  appendAll(
    diagnostics,
    near.map((n) => n.diagnostic),
  );
  diagnostics.push(
    ...speakerFindings(speakers, (id, i) => postIn(id, speakerOrder[i]!, trace.speakers)),
  );
  if (input.curationPlaces)
    appendAll(diagnostics, unusedCorrections(talks, speakers, curation, input.curationPlaces));
  const catalog: Catalog = { version: 1, events, posts, talks, speakers, diagnostics: [] };
  // The previous catalog's references were sound and kept records keep theirs: only the
  // records made or changed here are checked.
  diagnostics.push(
    ...checkReferences(catalog, {
      talks: talks.filter(
        (t, i) => talkOrder[i]!.old < 0 || t !== previous.talks[talkOrder[i]!.old],
      ),
      speakers: speakers.filter(
        (s, i) => speakerOrder[i]!.old < 0 || s !== previous.speakers[speakerOrder[i]!.old],
      ),
      posts: posts.filter((_, p) => changedNew(p)),
    }),
  );
  catalog.diagnostics = diagnostics;

  // The trace of this catalog, for the next patch.
  // Kept as they were when no post before them was added or removed.
  const remap = (members: number[]) => {
    for (let k = 0; k < members.length; k += 2)
      if (placeOf[members[k]!] !== members[k])
        return members.map((v, j) => (j % 2 === 0 ? placeOf[v]! : v));
    return members;
  };
  const split = (members: readonly number[]) =>
    members.flatMap((n) => [Math.floor(n / SHIFT), n % SHIFT]);
  const keys = new Map<string, number>();
  for (const [k, s] of trace.keys) if (!again.has(s)) keys.set(k, finalSpeakerOfOld[s]!);
  personCands.forEach((c, i) => {
    for (const k of personKeys(c.name, c.handles, curation))
      keys.set(k, finalSpeakerAt.get(people[i]!)!);
  });
  return {
    catalog,
    diagnostics,
    trace: {
      articles: entries.map((e) => e.article),
      talks: talkOrder.map((t) => (t.members ? split(t.members) : remap(trace.talks[t.old]!))),
      speakers: speakerOrder.map((s) =>
        s.members ? split(s.members) : remap(trace.speakers[s.old]!),
      ),
      near,
      inferred: inferredOf,
      // A changed post that could be placed declined the patch: the others are as they were.
      loose: trace.loose.flatMap(([o, t]): LoosePost[] =>
        oldToNew[o]! >= 0 && !changedOld[o] ? [[oldToNew[o]!, t]] : [],
      ),
      eventPosts: countEventPosts(posts),
      keys: [...keys],
      talkBases,
      speakerBases,
    },
  };
}

/**
 * The record (talk or speaker) of each report or naming, from each record's list of them: a
 * function of post and index, undefined for one no record holds. Kept in typed arrays, as a
 * catalog holds some hundred thousand of them.
 */
function recordsByPlace(
  records: readonly (readonly number[])[],
  posts: number,
): (post: number, index: number) => number | undefined {
  const size = new Int32Array(posts);
  for (const members of records)
    for (let k = 0; k < members.length; k += 2)
      size[members[k]!] = Math.max(size[members[k]!]!, members[k + 1]! + 1);
  const start = new Int32Array(posts + 1);
  for (let p = 0; p < posts; p++) start[p + 1] = start[p]! + size[p]!;
  const record = new Int32Array(start[posts]!).fill(-1);
  records.forEach((members, r) => {
    for (let k = 0; k < members.length; k += 2) record[start[members[k]!]! + members[k + 1]!] = r;
  });
  return (post, index) => {
    if (post < 0 || post >= posts || index >= size[post]!) return undefined;
    const r = record[start[post]! + index]!;
    return r < 0 ? undefined : r;
  };
}

/** An extraction with its post's id changed, as `combineAnalyses` renames a post. */
function renamed(x: PostExtraction, from: string, to: string): PostExtraction {
  if (from === to) return x;
  for (const t of x.talks) for (const m of t.mentions) m.post = to;
  for (const p of x.people) for (const m of p.mentions) m.post = to;
  return { ...x, post: to };
}

/**
 * Whether two extractions of a post give the merge of talks the same reports: the same
 * titles, labels and speakers, in the same order.
 */
export function sameTalkReports(a: PostExtraction, b: PostExtraction): boolean {
  return (
    a.talks.length === b.talks.length &&
    a.talks.every((t, i) => {
      const u = b.talks[i]!;
      return t.title === u.title && t.label === u.label && sameList(t.speakers, u.speakers);
    })
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Two lists sorted by `order` as one: each of `few` is put in its place by binary search. */
function mergeSorted<T>(many: readonly T[], few: readonly T[], order: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  let from = 0;
  for (const x of few) {
    let lo = from;
    let hi = many.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(many[mid]!, x) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(many[i]!);
    out.push(x);
    from = lo;
  }
  for (let i = from; i < many.length; i++) out.push(many[i]!);
  return out;
}
