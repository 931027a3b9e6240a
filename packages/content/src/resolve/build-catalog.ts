import type { ExtractedTalk, PostExtraction } from '../extract/extract-post.ts';
import { normalize } from '../extract/similarity.ts';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Curation } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Event } from '../schema/event.ts';
import type { Mention, TalkMention } from '../schema/mention.ts';
import type { Post } from '../schema/post.ts';
import type { Handles, Speaker } from '../schema/speaker.ts';
import type { Talk, TalkKind, TalkLink } from '../schema/talk.ts';
import type { CatalogMemo } from './catalog-memo.ts';
import { checkReferences } from './check-references.ts';
import { speakerEntryMatches, talkEntryMatches } from './curation-match.ts';
import { inferEvent, matchEvent, postOpening } from './events.ts';
import { IdAllocator } from './ids.ts';
import { mergeSpeakers, type PersonCandidate } from './merge-speakers.ts';
import { mergeTalks } from './merge-talks.ts';
import { UnionFind } from './union-find.ts';

export interface CatalogInput {
  /** Posts in a stable order (by source path). */
  readonly posts: readonly Post[];
  /** One extraction per post, matched by `post` id. */
  readonly extractions: readonly PostExtraction[];
  /** Curated events from `content/events/`. */
  readonly events?: readonly Event[];
  readonly curation?: Curation;
  /** Diagnostics gathered while loading, passed through to the catalog. */
  readonly diagnostics?: readonly Diagnostic[];
  /** What an earlier build of the same content can lend this one; the catalog is the same. */
  readonly memo?: CatalogMemo;
}

interface TalkCand {
  readonly post: Post;
  readonly event: string | null;
  readonly talk: ExtractedTalk;
}

interface PersonCand extends PersonCandidate {
  readonly post: Post;
  readonly mentions: Mention[];
  readonly affiliation?: string;
  readonly role?: string;
}

// The order of String#localeCompare, from one collator made once: calling localeCompare sets
// one up on every comparison, which dominated sorting thousands of mentions.
const collate = new Intl.Collator().compare;

const KIND_RANK: TalkKind[] = [
  'talk',
  'other',
  'demo',
  'lightning',
  'panel',
  'workshop',
  'general-session',
  'keynote',
];

/**
 * Sorts mentions as `collate(a.post, b.post) || a.line - b.line || a.column - b.column` would,
 * with each post id ranked once in collation order: a collator comparison costs far more than
 * comparing two integers, and a catalog sorts every mention.
 */
function mentionSorter(postIds: readonly string[]): <M extends Mention>(mentions: M[]) => M[] {
  const ids = [...new Set(postIds)].sort(collate);
  const rank = new Map<string, number>();
  let r = 0;
  ids.forEach((id, i) => {
    if (i > 0 && collate(ids[i - 1]!, id) !== 0) r++;
    rank.set(id, r);
  });
  return (mentions) => {
    if (!mentions.every((m) => rank.has(m.post)))
      return mentions.sort(
        (a, b) => collate(a.post, b.post) || a.line - b.line || a.column - b.column,
      );
    // Each mention's rank looked up once, not at every comparison; the sort is stable, so
    // equal mentions keep their order as with the collator.
    const ranks = mentions.map((m) => rank.get(m.post)!);
    const order = mentions.map((_, i) => i);
    order.sort(
      (i, j) =>
        ranks[i]! - ranks[j]! ||
        mentions[i]!.line - mentions[j]!.line ||
        mentions[i]!.column - mentions[j]!.column,
    );
    return order.map((i) => mentions[i]!);
  };
}

function pickTitle(titles: string[]): string | null {
  if (!titles.length) return null;
  return [...titles].sort((a, b) => b.length - a.length || collate(a, b))[0]!;
}

function mostCommon(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || collate(a[0], b[0]),
  )[0]![0];
}

function finding(
  code: 'talk-without-speaker' | 'possible-duplicate-talk' | 'speaker-first-name-only',
  detail: string,
  post: Post,
  m: Mention,
): Diagnostic {
  return diagnostic(code, detail, post.source.path, m);
}

/**
 * The curated events worth scoring for a post: those whose distinguishing first word (the only
 * way `matchEvent` accepts an event) is a word of the post's opening. Looking them up by word
 * keeps event matching linear in posts, however many events are curated.
 */
function eventsByHead(
  events: readonly Event[],
): (post: Post) => { events: Event[]; opening?: string } {
  const byHead = new Map<string, Event[]>();
  for (const e of events) {
    const head = normalize(e.name)
      .split(' ')
      .find((w) => w && !/^(19|20)\d{2}$/.test(w));
    if (!head) continue;
    if (!byHead.has(head)) byHead.set(head, []);
    byHead.get(head)!.push(e);
  }
  return (post) => {
    if (!byHead.size) return { events: [] };
    const found = new Set<Event>();
    // Normalized once, for the lookup here and the scoring in `matchEvent`.
    const opening = postOpening(post);
    // A lookup per word costs less than a set of the words first.
    for (const word of opening.split(' ')) {
      const heads = byHead.get(word);
      if (heads) for (const e of heads) found.add(e);
    }
    return { events: events.filter((e) => found.has(e)), opening };
  };
}

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
function mergeTalkReports(
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
function mergePeople(
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

/**
 * Builds the catalog from parsed posts and what was extracted from each: assigns events,
 * merges the same talk and the same person across posts, applies curated corrections, gives
 * stable ids and checks every reference both ways.
 * @example const { catalog } = buildCatalog({ posts, extractions, events });
 */
export function buildCatalog(input: CatalogInput): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const curated = [...(input.events ?? [])];
  const curation = input.curation ?? { speakers: [], talks: [] };
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];
  const inferred = new Map<string, Event>();
  const curatedIds = new Set(curated.map((e) => e.id));
  const candidateEvents = eventsByHead(curated);
  const curatedById = new Map(curated.map((e) => [e.id, e]));
  const memo = input.memo;
  memo?.useEvents(JSON.stringify(curated));
  const curatedOf = (post: Post) => {
    const { events, opening } = candidateEvents(post);
    return matchEvent(post, events, opening);
  };
  const posts = input.posts.map((post) => {
    const found = memo
      ? curatedById.get(
          memo.event(`${post.digest}\u0000${post.source.path}`, () => curatedOf(post)?.id ?? ''),
        )
      : curatedOf(post);
    const event = found ?? inferEvent(post);
    if (event && event.origin === 'inferred' && !curatedIds.has(event.id))
      inferred.set(event.id, inferred.get(event.id) ?? event);
    return event ? { ...post, event: event.id } : post;
  });
  const byPost = new Map(input.extractions.map((x) => [x.post, x]));
  const sortMentions = mentionSorter(posts.map((p) => p.id));

  // Talks: one candidate per post's report, minus curated drops.
  const talkCands: TalkCand[] = [];
  for (const post of posts) {
    for (const talk of byPost.get(post.id)?.talks ?? []) {
      if (curation.talks.some((c) => c.drop && talkEntryMatches(c, talk.title, talk.label)))
        continue;
      talkCands.push({ post, event: post.event ?? null, talk });
    }
  }
  const droppedPeople = (name: string) =>
    curation.speakers.some((c) => c.drop && speakerEntryMatches(c, name));
  const forcedTalks = curation.talks
    .filter((c) => !c.drop)
    .map((c) =>
      talkCands.flatMap((t, i) => (talkEntryMatches(c, t.talk.title, t.talk.label) ? [i] : [])),
    )
    .filter((g) => g.length > 1);
  const merged = mergeTalkReports(talkCands, forcedTalks, memo);
  const groupOfTalk = new Map<number, number>();
  merged.groups.forEach((g, gi) => {
    for (const i of g) groupOfTalk.set(i, gi);
  });

  // People: one candidate per post's naming, attached to the merged talks they present there.
  const talksOfPost = new Map<string, number[]>();
  talkCands.forEach((t, i) => {
    if (!talksOfPost.has(t.post.id)) talksOfPost.set(t.post.id, []);
    talksOfPost.get(t.post.id)!.push(i);
  });
  const personCands: PersonCand[] = [];
  // Per post, the candidate of each name it gives: looked up for every speaker of every talk.
  const personIndex = new Map<Post, Map<string, number>>();
  for (const post of posts) {
    for (const person of byPost.get(post.id)?.people ?? []) {
      if (droppedPeople(person.name)) continue;
      const talks = (talksOfPost.get(post.id) ?? []).flatMap((i) =>
        talkCands[i]!.talk.speakers.includes(person.name) ? [groupOfTalk.get(i)!] : [],
      );
      let named = personIndex.get(post);
      if (!named) {
        named = new Map();
        personIndex.set(post, named);
      }
      named.set(person.name, personCands.length);
      personCands.push({
        post,
        name: person.name,
        handles: person.handles,
        talks,
        mentions: person.mentions,
        affiliation: person.affiliation,
        role: person.role,
      });
    }
  }
  const forcedPeople = curation.speakers
    .filter((c) => !c.drop)
    .map((c) => personCands.flatMap((p, i) => (speakerEntryMatches(c, p.name) ? [i] : [])))
    .filter((g) => g.length > 1);
  const personGroups = mergePeople(personCands, forcedPeople);

  // Speakers, with stable ids from their canonical names.
  const speakerIds = new IdAllocator();
  const groupOfPerson = new Map<number, number>();
  const speakerDrafts = personGroups
    .map((group) => {
      const members = group.map((i) => personCands[i]!);
      const entry = curation.speakers.find(
        (c) => !c.drop && members.some((m) => speakerEntryMatches(c, m.name)),
      );
      const spellings = members.map((m) => m.name);
      const name = entry?.name ?? mostCommon(spellings);
      const provenance: Speaker['provenance'] = {};
      if (entry) provenance.name = 'curated';
      const handles: Record<string, string> = {};
      for (const m of members)
        for (const [k, v] of Object.entries(m.handles)) if (v) handles[k] ??= v;
      for (const [k, v] of Object.entries(entry?.handles ?? {}))
        if (v) {
          handles[k] = v;
          provenance[`handles.${k}`] = 'curated';
        }
      const affiliation = entry?.affiliation ?? members.find((m) => m.affiliation)?.affiliation;
      const role = entry?.role ?? members.find((m) => m.role)?.role;
      if (entry?.affiliation) provenance.affiliation = 'curated';
      if (entry?.role) provenance.role = 'curated';
      const aliases = [...new Set([...spellings, ...(entry?.aliases ?? [])])]
        .filter((a) => a !== name)
        .sort();
      const mentions = sortMentions(members.flatMap((m) => m.mentions));
      return {
        group,
        name,
        aliases,
        handles: handles as Handles,
        affiliation,
        role,
        mentions,
        provenance,
      };
    })
    .sort((a, b) => collate(normalize(a.name), normalize(b.name)) || a.group[0]! - b.group[0]!);
  const speakers: Speaker[] = speakerDrafts.map((d, si) => {
    for (const i of d.group) groupOfPerson.set(i, si);
    const { group: _group, ...rest } = d;
    return { id: speakerIds.take(d.name, 'speaker'), ...rest, talks: [] };
  });

  // Talks, ordered by event and first mention, with curated facts applied.
  const talkIds = new IdAllocator();
  const talkDrafts = merged.groups.map((group) => {
    const members = group.map((i) => talkCands[i]!);
    const entry = curation.talks.find(
      (c) => !c.drop && members.some((m) => talkEntryMatches(c, m.talk.title, m.talk.label)),
    );
    const titles = [
      ...new Set(members.map((m) => m.talk.title).filter((t): t is string => Boolean(t))),
    ];
    const provenance: Talk['provenance'] = {};
    const title = entry && entry.title !== undefined ? entry.title : pickTitle(titles);
    if (entry) provenance.title = 'curated';
    // The highest-ranked kind, the first of equals.
    let kind = members[0]!.talk.kind;
    for (const m of members)
      if (KIND_RANK.indexOf(m.talk.kind) > KIND_RANK.indexOf(kind)) kind = m.talk.kind;
    if (entry?.kind) kind = entry.kind;
    if (entry?.kind) provenance.kind = 'curated';
    let speakerSet = new Set<number>();
    for (const m of members)
      for (const name of m.talk.speakers) {
        const pi = personIndex.get(m.post)?.get(name);
        if (pi !== undefined) speakerSet.add(groupOfPerson.get(pi)!);
      }
    if (entry?.speakers) {
      speakerSet = new Set(
        entry.speakers.flatMap((n) =>
          speakers.flatMap((s, si) =>
            normalize(s.name) === normalize(n) ||
            s.aliases.some((a) => normalize(a) === normalize(n))
              ? [si]
              : [],
          ),
        ),
      );
      provenance.speakers = 'curated';
    }
    const links: TalkLink[] = [];
    const urls = new Set<string>();
    for (const l of [...(entry?.links ?? []), ...members.flatMap((m) => m.talk.links)])
      if (!urls.has(l.url)) {
        urls.add(l.url);
        links.push(l);
      }
    if (entry?.links) provenance.links = 'curated';
    const takeaways = [...new Set(members.flatMap((m) => m.talk.takeaways))];
    const mentions: TalkMention[] = sortMentions(members.flatMap((m) => m.talk.mentions));
    const label = title
      ? undefined
      : (entry?.label ?? members.find((m) => m.talk.label)?.talk.label);
    return {
      first: group[0]!,
      event: entry?.event ?? members[0]!.event,
      title,
      label,
      altTitles: titles.filter((t) => t !== title),
      kind,
      speakerSet,
      links,
      takeaways,
      mentions,
      provenance,
    };
  });
  talkDrafts.sort((a, b) => collate(a.event ?? '', b.event ?? '') || a.first - b.first);
  const talks: Talk[] = talkDrafts.map((d) => {
    const id = talkIds.take(
      d.title ?? `${d.label ?? d.kind} ${d.event ?? d.mentions[0]?.post ?? ''}`,
      'talk',
    );
    const speakerIdList = [...d.speakerSet].sort((a, b) => a - b).map((si) => speakers[si]!.id);
    for (const si of d.speakerSet) speakers[si]!.talks.push(id);
    return {
      id,
      title: d.title,
      label: d.label,
      altTitles: d.altTitles,
      kind: d.kind,
      event: d.event,
      speakers: speakerIdList,
      links: d.links,
      takeaways: d.takeaways,
      mentions: d.mentions,
      provenance: d.provenance,
    };
  });
  // Presenters of untitled talks have no talk record but are speakers all the same.
  const kept = speakers;

  // Findings worth a writer's look.
  const postById = new Map(posts.map((p) => [p.id, p]));
  for (const t of talks) {
    const m = t.mentions[0];
    const post = m && postById.get(m.post);
    if (post && m && t.speakers.length === 0 && t.title) {
      diagnostics.push(finding('talk-without-speaker', t.title, post, m));
    }
  }
  for (const [i, j] of merged.near) {
    const a = talkCands[i]!;
    const b = talkCands[j]!;
    const m = b.talk.mentions[0]!;
    diagnostics.push(
      finding(
        'possible-duplicate-talk',
        `"${b.talk.title}" looks like "${a.talk.title}" (${a.post.source.path}) but was kept apart.`,
        b.post,
        m,
      ),
    );
  }
  for (const s of kept) {
    const m = s.mentions[0];
    const post = m && postById.get(m.post);
    if (post && m && !s.name.includes(' ')) {
      diagnostics.push(finding('speaker-first-name-only', s.name, post, m));
    }
  }

  const usedEvents = new Set(posts.map((p) => p.event).filter(Boolean));
  const events = [...curated, ...[...inferred.values()].filter((e) => usedEvents.has(e.id))].sort(
    (a, b) => collate(a.id, b.id),
  );
  const catalog: Catalog = { version: 1, events, posts, talks, speakers: kept, diagnostics: [] };
  diagnostics.push(...checkReferences(catalog));
  catalog.diagnostics = diagnostics;
  return { catalog, diagnostics };
}
