import type { ExtractedPerson, ExtractedTalk } from '../extract/extract-post.ts';
import { normalize } from '../extract/similarity.ts';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import type { Curation } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Mention, SpeakerMention, TalkMention } from '../schema/mention.ts';
import type { Post } from '../schema/post.ts';
import type { Handles, Speaker } from '../schema/speaker.ts';
import type { Talk, TalkKind, TalkLink } from '../schema/talk.ts';
import { collate } from './collate.ts';
import { speakerEntryMatches, talkEntryMatches } from './curation-match.ts';
import type { PersonCandidate } from './merge-speakers.ts';
import { preferredSpelling } from './speaker-spelling.ts';

// The records a catalog build makes of one merged talk or one merged person: shared by the
// whole build and the patch of a build, so both give the same record for the same members.

/** One post's report of a talk. */
export interface TalkCand {
  readonly post: Post;
  readonly event: string | null;
  readonly talk: ExtractedTalk;
}

/** One post's naming of a person, with the merged talks it presents there. */
export interface PersonCand extends PersonCandidate {
  readonly post: Post;
  readonly mentions: SpeakerMention[];
  readonly affiliation?: string;
  readonly role?: string;
}

// Most people present one talk or none in a post, and a list made by pushing keeps room for
// sixteen: at 50,000 posts such lists held some 40 MB of a build's peak.
const NO_TALKS: readonly number[] = Object.freeze([]);

/** A post's naming of a person as a candidate, presenting the merged talks `talks`. */
export const personCand = (post: Post, person: ExtractedPerson, talks: number[]): PersonCand => ({
  post,
  name: person.name,
  handles: person.handles,
  talks: talks.length === 0 ? NO_TALKS : talks.slice(),
  mentions: person.mentions,
  affiliation: person.affiliation,
  role: person.role,
});

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
export function mentionSorter(
  postIds: readonly string[],
): <M extends Mention>(mentions: M[]) => M[] {
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

/** A finding worth a writer's look, at a mention in a post. */
export function finding(
  code: 'talk-without-speaker' | 'possible-duplicate-talk' | 'speaker-first-name-only',
  detail: string,
  post: Post,
  m: Mention,
): Diagnostic {
  return diagnostic(code, detail, post.source.path, m);
}

/** A speaker record but its id and talks, from the candidates of one merged person. */
export type SpeakerDraft = Omit<Speaker, 'id' | 'talks'>;

/**
 * The speaker one group of candidates makes, `members` in the build's order of candidates.
 */
export function speakerDraft(
  members: readonly PersonCand[],
  curation: Curation,
  sortMentions: <M extends Mention>(mentions: M[]) => M[],
): SpeakerDraft {
  const entry = curation.speakers.find(
    (c) => !c.drop && members.some((m) => speakerEntryMatches(c, m.name)),
  );
  // Composed (NFC): "José" with a combining accent is the same spelling to read, not an alias.
  const spellings = members.map((m) => m.name.normalize('NFC'));
  const name = entry?.name ?? preferredSpelling(spellings);
  const provenance: Speaker['provenance'] = {};
  if (entry) provenance.name = 'curated';
  const handles: Record<string, string> = {};
  for (const m of members) for (const [k, v] of Object.entries(m.handles)) if (v) handles[k] ??= v;
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
  return { name, aliases, handles: handles as Handles, affiliation, role, mentions, provenance };
}

/** A talk record but its id and speakers, with the speakers as the caller identifies them. */
export interface TalkDraft<S> {
  readonly event: string | null;
  readonly title: string | null;
  readonly label: string | undefined;
  readonly altTitles: string[];
  readonly kind: TalkKind;
  readonly speakerSet: Set<S>;
  readonly links: TalkLink[];
  readonly takeaways: string[];
  readonly mentions: TalkMention[];
  readonly provenance: Talk['provenance'];
}

/**
 * The talk one group of reports makes, `members` in the build's order of reports. `speakerOf`
 * gives the speaker a post's naming belongs to; `curatedSpeakers` those a curated list names.
 */
export function talkDraft<S>(
  members: readonly TalkCand[],
  curation: Curation,
  sortMentions: <M extends Mention>(mentions: M[]) => M[],
  speakerOf: (post: Post, name: string) => S | undefined,
  curatedSpeakers: (names: readonly string[]) => Set<S>,
): TalkDraft<S> {
  const entry = curation.talks.find(
    (c) => !c.drop && members.some((m) => talkEntryMatches(c, m.talk.title, m.talk.label)),
  );
  // Composed (NFC), as a title written with decomposed accents is the same title to read.
  const titles = [
    ...new Set(
      members.map((m) => m.talk.title?.normalize('NFC')).filter((t): t is string => Boolean(t)),
    ),
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
  let speakerSet = new Set<S>();
  for (const m of members)
    for (const name of m.talk.speakers) {
      const s = speakerOf(m.post, name);
      if (s !== undefined) speakerSet.add(s);
    }
  if (entry?.speakers) {
    speakerSet = curatedSpeakers(entry.speakers);
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
  const label = title ? undefined : (entry?.label ?? members.find((m) => m.talk.label)?.talk.label);
  return {
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
}

/** The talk record of a draft, once its id and its speakers' ids are known. */
export function talkOfDraft<S>(d: TalkDraft<S>, id: string, speakers: string[]): Talk {
  return {
    id,
    title: d.title,
    label: d.label,
    altTitles: d.altTitles,
    kind: d.kind,
    event: d.event,
    speakers,
    links: d.links,
    takeaways: d.takeaways,
    mentions: d.mentions,
    provenance: d.provenance,
  };
}

/** The text a talk's id is made from. */
export const talkIdText = (d: {
  readonly title: string | null;
  readonly label?: string;
  readonly kind: TalkKind;
  readonly event: string | null;
  readonly mentions: readonly Mention[];
}): string => d.title ?? `${d.label ?? d.kind} ${d.event ?? d.mentions[0]?.post ?? ''}`;

/**
 * What ties a naming to others whatever the talks: its name, its handles (but a website) and
 * the curated entries that name it. Two namings that share one are the same person.
 */
export function personKeys(
  name: string,
  handles: Handles,
  curation: Curation,
  into: string[] = [],
): string[] {
  into.push(`name:${normalize(name)}`);
  for (const [kind, value] of Object.entries(handles))
    if (value && kind !== 'website') into.push(`${kind}:${value.toLowerCase()}`);
  curation.speakers.forEach((c, i) => {
    if (!c.drop && speakerEntryMatches(c, name)) into.push(`curated:${i}`);
  });
  return into;
}
