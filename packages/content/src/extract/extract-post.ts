import type { Root } from 'mdast';
import type { ParagraphAnchors } from '../parse/anchors.ts';
import type { SpeakerMention, TalkMention } from '../schema/mention.ts';
import type { Post } from '../schema/post.ts';
import type { Handles } from '../schema/speaker.ts';
import type { TalkKind, TalkLink } from '../schema/talk.ts';
import { absorbIntoHeadings } from './absorb-into-headings.ts';
import { type Block, blocksOf } from './blocks.ts';
import { eventNamesOf } from './event-names.ts';
import { pointAt } from './flat-text.ts';
import { fullNames } from './full-names.ts';
import { overlaps, type PatternContext, type Range, sessionLabel, type TalkHit } from './hits.ts';
import { listedPeople } from './listed-people.ts';
import { handlesFor } from './name-handles.ts';
import type { NameFound } from './names.ts';
import { givenInNextSentence } from './next-sentence-speakers.ts';
import { oneSessionPerSentence } from './one-session-per-sentence.ts';
import { headingTalk } from './patterns/heading-talk.ts';
import { nameLine } from './patterns/name-line.ts';
import { nameWithTitle } from './patterns/name-with-title.ts';
import { nounByTitled } from './patterns/noun-by-titled.ts';
import { nounTitled } from './patterns/noun-titled.ts';
import { orientLists } from './patterns/orient-lists.ts';
import { possessiveTalk, possessiveTitle, titleThenSubject } from './patterns/possessive.ts';
import { quoteAttribution } from './patterns/quote-attribution.ts';
import { labelledLines, tableRow } from './patterns/schedule.ts';
import { untitledSession } from './patterns/session.ts';
import { speakerVerb } from './patterns/speaker-verb.ts';
import { talkListItem } from './patterns/talk-list.ts';
import { titleByBoldLine, titleByLine } from './patterns/title-by-line.ts';
import { titleBySpan } from './patterns/title-by-span.ts';
import { untitledBy, untitledHeard } from './patterns/untitled-by.ts';
import { PostTalks } from './post-talks.ts';
import { RangeSet } from './range-set.ts';
import { ofSectionKind } from './section-kind.ts';
import { inNegativeSection, negativeHeadingBlock } from './sections.ts';
import { sessionRosters } from './session-roster.ts';
import { normalize, sameName, sameNameNormalized } from './similarity.ts';
import { takeawaysOf } from './takeaways.ts';
import { talkLinks } from './talk-links.ts';
import { collapseSpaces, sentenceAt, sentenceTest } from './text-tools.ts';

/** A person as one post names them. */
export interface ExtractedPerson {
  readonly name: string;
  readonly handles: Handles;
  readonly affiliation?: string;
  readonly role?: string;
  readonly mentions: SpeakerMention[];
}

/** A talk as one post reports it; `speakers` are names of `people` entries of the same post. */
export interface ExtractedTalk {
  readonly title: string | null;
  readonly label?: string;
  readonly kind: TalkKind;
  readonly speakers: string[];
  readonly links: TalkLink[];
  readonly takeaways: string[];
  readonly mentions: TalkMention[];
}

export interface PostExtraction {
  readonly post: string;
  readonly talks: ExtractedTalk[];
  readonly people: ExtractedPerson[];
}

type Family = (ctx: PatternContext) => TalkHit[];
const FAMILIES: Record<Block['kind'], Family[]> = {
  heading: [titleByLine, headingTalk],
  item: [
    titleByLine,
    labelledLines,
    nameLine,
    speakerVerb,
    possessiveTalk,
    possessiveTitle,
    nameWithTitle,
    titleThenSubject,
    titleBySpan,
    untitledSession,
    nounByTitled,
    nounTitled,
    talkListItem,
    untitledBy,
    untitledHeard,
  ],
  paragraph: [
    nameLine,
    titleByBoldLine,
    labelledLines,
    titleBySpan,
    speakerVerb,
    possessiveTalk,
    possessiveTitle,
    nameWithTitle,
    titleThenSubject,
    untitledSession,
    nounByTitled,
    nounTitled,
    untitledBy,
    untitledHeard,
  ],
  quote: [
    quoteAttribution,
    nameLine,
    titleBySpan,
    speakerVerb,
    nounByTitled,
    nounTitled,
    untitledBy,
  ],
  row: [tableRow],
};

// Up to this many earlier hits, asking each costs less than sorting them into RangeSets: most
// blocks hold a few, and the sets made for each family of each block slowed extraction by a
// tenth. Past it (a block naming hundreds of talks) the sets keep the time linear.
const SCAN_LIMIT = 32;

/**
 * Whether `hit` overlaps one of the hits `found` holds now (not those pushed after) where it is
 * (`at`) or, both having titles, where its title is: then `found` has claimed that stretch of
 * text first.
 */
function claimedBy(found: readonly TalkHit[]): (hit: TalkHit) => boolean {
  const count = found.length;
  if (count <= SCAN_LIMIT) {
    return (hit) => {
      for (let i = 0; i < count; i++) {
        const f = found[i]!;
        if (overlaps(f.at, hit.at) || (f.title && hit.title && overlaps(f.title, hit.title)))
          return true;
      }
      return false;
    };
  }
  const earlier = found.slice(0, count);
  const at = new RangeSet(earlier.map((f) => f.at));
  const titles = new RangeSet(earlier.flatMap((f) => (f.title ? [f.title] : [])));
  return (hit) => at.overlaps(hit.at) || (!!hit.title && titles.overlaps(hit.title));
}

function hitsOf(blocks: readonly Block[]): TalkHit[] {
  const all: TalkHit[] = [];
  for (const block of blocks) {
    if (inNegativeSection(blocks, block) || negativeHeadingBlock(block)) continue;
    const found: TalkHit[] = [];
    const ctx: PatternContext = { blocks, block };
    for (const family of FAMILIES[block.kind]) {
      // The first family to claim a stretch of text keeps it: a hit is checked against the
      // hits of earlier families only.
      const claimed = found.length > 0 ? claimedBy(found) : undefined;
      for (const hit of family(ctx)) {
        if (claimed?.(hit)) continue;
        found.push(hit);
      }
      if (block.kind === 'heading' && found.length) break;
    }
    for (const hit of found)
      if (!aboutTheFuture(hit)) all.push(ofSectionKind(blocks, untitledIfLabel(hit)));
  }
  return absorbIntoHeadings(
    givenInNextSentence(sessionRosters(oneSessionPerSentence(orientLists(all, blocks)), blocks)),
  );
}

/** "Keynote by Ann Lee": a title that only says what the session is makes it untitled. */
function untitledIfLabel(hit: TalkHit): TalkHit {
  const label = hit.title && sessionLabel(hit.title.text);
  return label ? { ...hit, title: null, label } : hit;
}

// A line-up announced for a later edition is not what the post reports on.
const FUTURE =
  /\b(will (?:be )?(?:give|giving|speak|speaking|present|presenting|talk|deliver|keynote|host)|next year|upcoming|line-?up for|is going to (?:speak|present|talk))\b/i;

function aboutTheFuture(hit: TalkHit): boolean {
  const text = hit.block.flat.text;
  return sentenceTest(FUTURE, text, sentenceAt(text, hit.at.start));
}

interface Positioner {
  readonly post: Post;
}

function spanOf(
  p: Positioner,
  block: Block,
  range: Range,
): { line: number; column: number; endLine: number; endColumn: number } {
  const offset = p.post.source.bodyLine - 1;
  const start = pointAt(block.flat, range.start) ?? { line: 1, column: 1 };
  const end = pointAt(block.flat, Math.max(range.start + 1, range.end), true) ?? start;
  return {
    line: start.line + offset,
    column: start.column,
    endLine: end.line + offset,
    endColumn: end.column,
  };
}

/**
 * Reads the talks and speakers a post reports on from its Markdown tree.
 * @example extractPost(post, tree).talks.map((t) => t.title)
 */
export function extractPost(post: Post, tree: Root, anchors?: ParagraphAnchors): PostExtraction {
  const blocks = blocksOf(tree, anchors);
  const hits = hitsOf(blocks);
  const p: Positioner = { post };
  const author = post.author?.name;
  let eventNames: Set<string> | undefined;
  const isEventName = (key: string) => {
    eventNames ??= eventNamesOf(post.title);
    return eventNames.has(key);
  };
  const claimed = new Set(hits.map((h) => h.block.index));
  for (const h of hits) for (const pr of h.presenters ?? []) claimed.add(pr.block.index);

  const people: ExtractedPerson[] = [];
  // The first person with the same normalized name, or whose first name this is: two maps
  // answer what a scan of every person answered, so ten thousand names stay linear.
  const byName = new Map<string, number>();
  const byFirstName = new Map<string, number>();
  // `key` is `normalize(name)`, worked out once by the caller for all the questions it asks.
  const remember = (name: string, key: string, i: number) => {
    if (!byName.has(key)) byName.set(key, i);
    const words = name.split(' ');
    if (words.length > 1 && !byFirstName.has(words[0]!)) byFirstName.set(words[0]!, i);
  };
  const samePerson = (name: string, key = normalize(name)): ExtractedPerson | undefined => {
    const a = byName.get(key) ?? Number.POSITIVE_INFINITY;
    const b = byFirstName.get(name) ?? Number.POSITIVE_INFINITY;
    return people[Math.min(a, b)];
  };
  // A heading names a talk or a speaker; the prose under it is what the post says of them. A
  // mention in a heading links to, and quotes, the first paragraph or item under it: the page
  // anchors only those, and the heading's own words are the title again. A line that only
  // names the presenters ("By Ann Smith, Acme.") is passed over when more follows.
  const underHeading = (block: Block, skip?: ReadonlySet<Block>): Block | undefined => {
    if (block.kind !== 'heading') return undefined;
    let first: Block | undefined;
    for (let i = block.index + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.kind === 'heading') break;
      if (!b.anchor || !b.flat.text.trim()) continue;
      first ??= b;
      if (!skip?.has(b)) return b;
    }
    return first;
  };
  // "By Ann Smith, Acme." or "Ann Smith (Acme)": a line that gives the presenters and no more.
  const onlyNamesPresenters = (block: Block) =>
    /^\s*(?:(?:presented\s+)?by|from|with|speakers?:|presenters?:)\s/i.test(block.flat.text) ||
    /^\s*(?:\S+\s+){0,5}\S*\s*$/.test(block.flat.text.slice(0, 400));
  // Many hits share one sentence (a hostile paragraph may be one long sentence): clean each once.
  const sentenceTexts = new Map<number, Map<number, string>>();
  const sentenceText = (block: Block, r: { start: number; end: number }) => {
    let ofBlock = sentenceTexts.get(block.index);
    if (!ofBlock) {
      ofBlock = new Map();
      sentenceTexts.set(block.index, ofBlock);
    }
    const key = r.start * (block.flat.text.length + 1) + r.end;
    let text = ofBlock.get(key);
    if (text === undefined) {
      text = collapseSpaces(block.flat.text.slice(r.start, r.end)).trim();
      ofBlock.set(key, text);
    }
    return text;
  };
  const fullNameOf = fullNames(blocks);
  const personFor = (block: Block, found: NameFound): string | undefined => {
    // "Folasade" after "Folasade Ayodele-Price": the person is the full name, the mention
    // the word written where it stands.
    const written = found.name;
    const full = written.includes(' ') ? undefined : fullNameOf(written);
    const name = full ? { ...found, name: full } : found;
    const key = normalize(name.name);
    if (author && sameNameNormalized(author, key)) return undefined;
    // Only a name the title spells out can be its event's.
    if (post.title.includes(name.name) && isEventName(key)) return undefined;
    const at = spanOf(p, block, name);
    // As for a talk, a name in a heading quotes the paragraph under it, where its anchor leads.
    const quoted = block.anchor ? block : (underHeading(block) ?? block);
    const mention: SpeakerMention = {
      post: post.id,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      text: written,
      anchor: quoted.anchor,
      sentence: sentenceText(
        quoted,
        sentenceAt(quoted.flat.text, quoted === block ? name.start : 0),
      ),
    };
    const handles = handlesFor(block, name);
    const existing = samePerson(name.name, key);
    if (existing) {
      existing.mentions.push(mention);
      Object.assign(existing.handles, { ...handles, ...existing.handles });
      if (!existing.affiliation && name.affiliation)
        (existing as { affiliation?: string }).affiliation = name.affiliation;
      if (!existing.role && name.role) (existing as { role?: string }).role = name.role;
      return existing.name;
    }
    remember(name.name, key, people.length);
    people.push({
      name: name.name,
      handles,
      affiliation: name.affiliation,
      role: name.role,
      mentions: [mention],
    });
    return name.name;
  };

  const talks = new PostTalks();
  // Talks a writer labelled as sessions (see `hasIdentity`). Kept aside rather than on each
  // talk: a build holds every post's talks at once.
  const labelled = new Set<ExtractedTalk>();
  // Words a hit takes for a talk's title are no one's name: in "X spoke on **Scaling
  // Widgets**, and Y presented T", the list read back from "presented" stops short of them.
  // By block, the ranges titles take: a name starting inside one ("Widgets" of "Scaling
  // Widgets") is part of that title.
  const titleRanges = new Map<number, Range[]>();
  for (const hit of hits) {
    if (!hit.title) continue;
    const ranges = titleRanges.get(hit.block.index);
    if (ranges) ranges.push(hit.title);
    else titleRanges.set(hit.block.index, [hit.title]);
  }
  const titles = new Map<number, RangeSet>();
  const titleAt = (block: Block, name: NameFound) => {
    const ranges = titleRanges.get(block.index);
    if (!ranges) return false;
    let set = titles.get(block.index);
    if (!set) {
      set = new RangeSet(ranges);
      titles.set(block.index, set);
    }
    return set.overlaps({ start: name.start, end: name.start + 1 });
  };
  for (const hit of hits) {
    const speakers = [
      ...hit.names.filter((n) => !titleAt(hit.block, n)).map((n) => personFor(hit.block, n)),
      ...(hit.presenters ?? [])
        .filter((pr) => !titleAt(pr.block, pr.name))
        .map((pr) => personFor(pr.block, pr.name)),
    ].filter((s): s is string => Boolean(s));
    const lead =
      hit.block.kind === 'heading'
        ? underHeading(
            hit.block,
            new Set((hit.presenters ?? []).map((pr) => pr.block).filter(onlyNamesPresenters)),
          )
        : undefined;
    const quoted = lead ?? hit.block;
    const sentence = sentenceAt(quoted.flat.text, lead ? 0 : hit.at.start);
    const at = spanOf(p, hit.block, hit.title ?? hit.at);
    // The span's fields are written out, not spread: a spread copies slowly, and the order of
    // the keys stays that of the spread.
    const mention: TalkMention = {
      post: post.id,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      text: hit.block.flat.text.slice((hit.title ?? hit.at).start, (hit.title ?? hit.at).end),
      anchor: quoted.anchor,
      title: hit.title?.text ?? hit.label ?? null,
      sentence: sentenceText(quoted, sentence),
    };
    const same = hit.title
      ? talks.sameTitle(hit.title.text, speakers)
      : ((hit.label !== undefined ? talks.sameSession(hit.label, speakers) : undefined) ??
        talks.backReference(hit.kind, speakers));
    if (same) {
      for (const s of speakers) if (!same.speakers.includes(s)) talks.addSpeaker(same, s);
      same.mentions.push(mention);
      if (hit.family === 'session-label') labelled.add(same);
      for (const l of talkLinks(hit))
        if (!same.links.some((x) => x.url === l.url)) same.links.push(l);
      continue;
    }
    const talk: ExtractedTalk = {
      title: hit.title?.text ?? null,
      label: hit.title ? undefined : (hit.label ?? labelFor(hit.kind)),
      kind: hit.kind,
      speakers: [...new Set(speakers)],
      links: talkLinks(hit),
      takeaways: takeawaysOf(hit, blocks, claimed),
      mentions: [mention],
    };
    talks.add(talk);
    if (hit.family === 'session-label') labelled.add(talk);
  }
  // A name matched up to a typo is looked for among few people only: a post naming thousands
  // would otherwise compare every listed name with each of them.
  const isSpeaker = (name: string) =>
    samePerson(name) !== undefined ||
    (people.length <= 256 && people.some((person) => sameName(person.name, name)));
  for (const { block, name } of listedPeople(blocks, isSpeaker)) personFor(block, name);
  return { post: post.id, talks: talks.all.filter((t) => hasIdentity(t, labelled)), people };
}

const SESSION_KINDS: ReadonlySet<TalkKind> = new Set([
  'keynote',
  'general-session',
  'workshop',
  'panel',
  'lightning',
  'demo',
]);

/**
 * Whether a talk can stand as a record of its own. A title is enough. Without one, a session
 * needs a kind that names it (keynote, general session, workshop...) and something that tells
 * it apart: a presenter, a link, or a label the writer set in bold or as link text. "A talk by
 * X" with no title is no record: X stays a speaker, mentioned where the post says so.
 */
function hasIdentity(talk: ExtractedTalk, labelled: ReadonlySet<ExtractedTalk>): boolean {
  if (talk.title) return true;
  if (!SESSION_KINDS.has(talk.kind)) return false;
  return talk.speakers.length > 0 || talk.links.length > 0 || labelled.has(talk);
}

function labelFor(kind: TalkKind): string {
  return {
    keynote: 'Keynote',
    'general-session': 'General session',
    workshop: 'Workshop',
    panel: 'Panel',
    lightning: 'Lightning talks',
    demo: 'Demo',
    talk: 'Talk',
    other: 'Session',
  }[kind];
}
