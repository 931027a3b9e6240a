import type { PostExtraction } from '../extract/extract-post.ts';
import { normalize } from '../extract/similarity.ts';
import { appendAll } from '../parse/append-all.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Curation } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Event } from '../schema/event.ts';
import type { Post } from '../schema/post.ts';
import type { Speaker } from '../schema/speaker.ts';
import type { Talk } from '../schema/talk.ts';
import {
  finding,
  mentionSorter,
  type PersonCand,
  personCand,
  personKeys,
  speakerDraft,
  type TalkCand,
  talkDraft,
  talkIdText,
  talkOfDraft,
} from './catalog-drafts.ts';
import type { CatalogMemo } from './catalog-memo.ts';
import { type BuildTrace, countEventPosts, type NearAt } from './catalog-trace.ts';
import { checkReferences } from './check-references.ts';
import { collate } from './collate.ts';
import { speakerEntryMatches, talkEntryMatches } from './curation-match.ts';
import { placeByTalks } from './events-by-talks.ts';
import { IdAllocator } from './ids.ts';
import { mergePeople, mergeTalkReports } from './merge-reports.ts';
import { postEvents } from './post-events.ts';
import { type CurationPlaces, unusedCorrections } from './unused-corrections.ts';
import { withFields } from './with-fields.ts';

export interface CatalogInput {
  /** Posts in a stable order (by source path). */
  readonly posts: readonly Post[];
  /** One extraction per post, matched by `post` id. */
  readonly extractions: readonly PostExtraction[];
  /** Curated events from `content/events/`. */
  readonly events?: readonly Event[];
  readonly curation?: Curation;
  /**
   * Where each curated entry is written (`loadCuration` gives it): with it, a correction that
   * matched nothing is a warning there.
   */
  readonly curationPlaces?: CurationPlaces;
  /** Diagnostics gathered while loading, passed through to the catalog. */
  readonly diagnostics?: readonly Diagnostic[];
  /** What an earlier build of the same content can lend this one; the catalog is the same. */
  readonly memo?: CatalogMemo;
  /** Also give the build's trace, which `patchCatalog` needs to patch this catalog. */
  readonly trace?: boolean;
}

/**
 * Builds the catalog from parsed posts and what was extracted from each: assigns events,
 * merges the same talk and the same person across posts, applies curated corrections, gives
 * stable ids and checks every reference both ways.
 * @example const { catalog } = buildCatalog({ posts, extractions, events });
 */
export function buildCatalog(input: CatalogInput): {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  trace?: BuildTrace;
} {
  const curated = [...(input.events ?? [])];
  const curation = input.curation ?? { speakers: [], talks: [] };
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];
  const inferred = new Map<string, Event>();
  const curatedIds = new Set(curated.map((e) => e.id));
  const eventOf = postEvents(curated, input.memo);
  const inferredOf: [number, Event][] = [];
  const posts = input.posts.map((post, i) => {
    const event = eventOf(post);
    if (event && event.origin === 'inferred' && !curatedIds.has(event.id)) {
      inferred.set(event.id, inferred.get(event.id) ?? event);
      inferredOf.push([i, event]);
    }
    return event ? withFields(post, { event: event.id }) : post;
  });
  const byPost = new Map(input.extractions.map((x) => [x.post, x]));
  const curatedById = new Map(curated.map((e) => [e.id, e]));
  const placement = placeByTalks(
    posts,
    (post) => byPost.get(post.id),
    (id) => curatedById.get(id) ?? inferred.get(id),
    (r) => curation.talks.some((c) => c.drop && talkEntryMatches(c, r.title, r.label)),
  );
  for (const [p, event] of placement.placed) posts[p] = withFields(posts[p]!, { event });
  const sortMentions = mentionSorter(posts.map((p) => p.id));

  // Talks: one candidate per post's report, minus curated drops.
  const talkCands: TalkCand[] = [];
  // Where each candidate comes from: its post's index and its index among the post's talks.
  const talkAt: number[] = [];
  // Each post's candidates are the ones from `talkStart[p]` to `talkStart[p + 1]`, and the same
  // for people: a range per post, where lists or Maps per post held tens of MB at 50,000 posts.
  const talkStart = new Int32Array(posts.length + 1);
  posts.forEach((post, p) => {
    talkStart[p] = talkCands.length;
    (byPost.get(post.id)?.talks ?? []).forEach((talk, t) => {
      if (curation.talks.some((c) => c.drop && talkEntryMatches(c, talk.title, talk.label))) return;
      talkCands.push({ post, event: post.event ?? null, talk });
      talkAt.push(p, t);
    });
  });
  talkStart[posts.length] = talkCands.length;
  const droppedPeople = (name: string) =>
    curation.speakers.some((c) => c.drop && speakerEntryMatches(c, name));
  const forcedTalks = curation.talks
    .filter((c) => !c.drop)
    .map((c) =>
      talkCands.flatMap((t, i) => (talkEntryMatches(c, t.talk.title, t.talk.label) ? [i] : [])),
    )
    .filter((g) => g.length > 1);
  const merged = mergeTalkReports(talkCands, forcedTalks, input.memo);
  // Every candidate is in one group. Typed arrays, not Maps: at 50,000 posts the two Maps of
  // talk and person candidates held some 25 MB of a build's peak, these arrays 2 MB.
  const groupOfTalk = new Int32Array(talkCands.length);
  merged.groups.forEach((g, gi) => {
    for (const i of g) groupOfTalk[i] = gi;
  });

  // People: one candidate per post's naming, attached to the merged talks they present there.
  const personCands: PersonCand[] = [];
  const personAt: number[] = [];
  const personStart = new Int32Array(posts.length + 1);
  // The candidate keeps a copy of its own size (see `personCand`).
  const presented: number[] = [];
  posts.forEach((post, p) => {
    personStart[p] = personCands.length;
    (byPost.get(post.id)?.people ?? []).forEach((person, q) => {
      if (droppedPeople(person.name)) return;
      presented.length = 0;
      for (let i = talkStart[p]!; i < talkStart[p + 1]!; i++)
        if (talkCands[i]!.talk.speakers.includes(person.name)) presented.push(groupOfTalk[i]!);
      personCands.push(personCand(post, person, presented));
      personAt.push(p, q);
    });
  });
  personStart[posts.length] = personCands.length;
  // The candidate of a name a post gives (its last, should the post give the name twice):
  // looked up for every speaker of every talk.
  const postIndex = new Map(posts.map((post, p) => [post, p]));
  const personOf = (post: Post, name: string) => {
    const p = postIndex.get(post);
    if (p === undefined) return undefined;
    for (let i = personStart[p + 1]! - 1; i >= personStart[p]!; i--)
      if (personCands[i]!.name === name) return i;
    return undefined;
  };
  const forcedPeople = curation.speakers
    .filter((c) => !c.drop)
    .map((c) => personCands.flatMap((p, i) => (speakerEntryMatches(c, p.name) ? [i] : [])))
    .filter((g) => g.length > 1);
  const personGroups = mergePeople(personCands, forcedPeople);

  // Speakers, with stable ids from their canonical names.
  const speakerIds = new IdAllocator();
  const groupOfPerson = new Int32Array(personCands.length);
  const speakerDrafts = personGroups
    .map((group) => ({
      group,
      ...speakerDraft(
        group.map((i) => personCands[i]!),
        curation,
        sortMentions,
      ),
    }))
    .sort((a, b) => collate(normalize(a.name), normalize(b.name)) || a.group[0]! - b.group[0]!);
  const speakerBases = speakerDrafts.map((d) => IdAllocator.baseOf(d.name, 'speaker'));
  const speakers: Speaker[] = speakerDrafts.map((d, si) => {
    for (const i of d.group) groupOfPerson[i] = si;
    const { group: _group, ...rest } = d;
    return { id: speakerIds.takeBase(speakerBases[si]!), ...rest, talks: [] };
  });

  // Talks, ordered by event and first mention, with curated facts applied.
  const talkIds = new IdAllocator();
  const speakerOf = (post: Post, name: string) => {
    const pi = personOf(post, name);
    return pi === undefined ? undefined : groupOfPerson[pi]!;
  };
  const curatedSpeakers = (names: readonly string[]) =>
    new Set(
      names.flatMap((n) =>
        speakers.flatMap((s, si) =>
          normalize(s.name) === normalize(n) || s.aliases.some((a) => normalize(a) === normalize(n))
            ? [si]
            : [],
        ),
      ),
    );
  const talkDrafts = merged.groups.map((group) => ({
    group,
    first: group[0]!,
    ...talkDraft(
      group.map((i) => talkCands[i]!),
      curation,
      sortMentions,
      speakerOf,
      curatedSpeakers,
    ),
  }));
  talkDrafts.sort((a, b) => collate(a.event ?? '', b.event ?? '') || a.first - b.first);
  const talkBases = talkDrafts.map((d) => IdAllocator.baseOf(talkIdText(d), 'talk'));
  const talks: Talk[] = talkDrafts.map((d, ti) => {
    const id = talkIds.takeBase(talkBases[ti]!);
    const speakerIdList = [...d.speakerSet].sort((a, b) => a - b).map((si) => speakers[si]!.id);
    for (const si of d.speakerSet) speakers[si]!.talks.push(id);
    return talkOfDraft(d, id, speakerIdList);
  });

  // Findings worth a writer's look.
  const postById = new Map(posts.map((p) => [p.id, p]));
  const postOf = (id: string) => postById.get(id);
  appendAll(diagnostics, talkFindings(talks, postOf));
  const near = merged.near.map(([i, j]) => {
    const a = talkCands[i]!;
    const b = talkCands[j]!;
    const at: NearAt = [talkAt[2 * i]!, talkAt[2 * i + 1]!, talkAt[2 * j]!, talkAt[2 * j + 1]!];
    return {
      at,
      diagnostic: finding(
        'possible-duplicate-talk',
        `"${b.talk.title}" looks like "${a.talk.title}" (${a.post.source.path}) but was kept apart.`,
        b.post,
        b.talk.mentions[0]!,
      ),
    };
  });
  appendAll(
    diagnostics,
    near.map((n) => n.diagnostic),
  );
  appendAll(diagnostics, speakerFindings(speakers, postOf));
  if (input.curationPlaces)
    appendAll(diagnostics, unusedCorrections(talks, speakers, curation, input.curationPlaces));

  const usedEvents = new Set(posts.map((p) => p.event).filter(Boolean));
  const events = [...curated, ...[...inferred.values()].filter((e) => usedEvents.has(e.id))].sort(
    (a, b) => collate(a.id, b.id),
  );
  const catalog: Catalog = { version: 1, events, posts, talks, speakers, diagnostics: [] };
  appendAll(diagnostics, checkReferences(catalog));
  catalog.diagnostics = diagnostics;
  if (!input.trace) return { catalog, diagnostics };
  const at = (group: readonly number[], where: readonly number[]) =>
    group.flatMap((i) => [where[2 * i]!, where[2 * i + 1]!]);
  // Straight into a Map (a later candidate's speaker wins a key, as before): a list of every
  // candidate's keys first held some 40 MB more at 50,000 posts.
  const keys = new Map<string, number>();
  const scratch: string[] = [];
  personCands.forEach((c, i) => {
    scratch.length = 0;
    for (const k of personKeys(c.name, c.handles, curation, scratch))
      keys.set(k, groupOfPerson[i]!);
  });
  const trace: BuildTrace = {
    talks: talkDrafts.map((d) => at(d.group, talkAt)),
    speakers: speakerDrafts.map((d) => at(d.group, personAt)),
    near,
    inferred: inferredOf,
    loose: placement.loose,
    eventPosts: countEventPosts(posts),
    keys: [...keys],
    talkBases,
    speakerBases,
  };
  return { catalog, diagnostics, trace };
}

/**
 * A finding for each titled talk no speaker is known for, in the order of the talks.
 * `postOf` gives the post of an id, told the index of the talk that mentions it.
 */
export function talkFindings(
  talks: readonly Talk[],
  postOf: (id: string, index: number) => Post | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  talks.forEach((t, i) => {
    if (t.speakers.length !== 0 || !t.title) return;
    const m = t.mentions[0];
    const post = m && postOf(m.post, i);
    if (post && m) out.push(finding('talk-without-speaker', t.title, post, m));
  });
  return out;
}

/** A finding for each speaker known by a first name only, in the order of the speakers. */
export function speakerFindings(
  speakers: readonly Speaker[],
  postOf: (id: string, index: number) => Post | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  speakers.forEach((s, i) => {
    if (s.name.includes(' ')) return;
    const m = s.mentions[0];
    const post = m && postOf(m.post, i);
    if (post && m) out.push(finding('speaker-first-name-only', s.name, post, m));
  });
  return out;
}
