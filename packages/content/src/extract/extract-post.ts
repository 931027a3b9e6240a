import type { Root } from 'mdast';
import type { ParagraphAnchors } from '../parse/anchors.ts';
import type { SpeakerMention, TalkMention } from '../schema/mention.ts';
import type { Post } from '../schema/post.ts';
import type { Handles } from '../schema/speaker.ts';
import type { TalkKind, TalkLink } from '../schema/talk.ts';
import { type Block, blocksOf } from './blocks.ts';
import { eventNamesOf } from './event-names.ts';
import { type FlatText, pointAt } from './flat-text.ts';
import { kindOf, type PatternContext, type Range, sessionLabel, type TalkHit } from './hits.ts';
import { listedPeople } from './listed-people.ts';
import type { NameFound } from './names.ts';
import { givenInNextSentence } from './next-sentence-speakers.ts';
import { headingTalk } from './patterns/heading-talk.ts';
import { nameLine } from './patterns/name-line.ts';
import { nameWithTitle } from './patterns/name-with-title.ts';
import { nounByTitled } from './patterns/noun-by-titled.ts';
import { nounTitled, TITLE_SAID } from './patterns/noun-titled.ts';
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
import { inNegativeSection, negativeHeadingBlock } from './sections.ts';
import { normalize, sameName, sameNameNormalized, titleSimilarity } from './similarity.ts';
import {
  collapseSpaces,
  sentenceAt,
  sentenceTest,
  spansAround,
  spansStarting,
} from './text-tools.ts';
import { classifyUrl, PROFILE_KINDS } from './url-kind.ts';

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

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

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
  return absorbIntoHeadings(givenInNextSentence(oneSessionPerSentence(orientLists(all, blocks))));
}

/**
 * "The opening keynote was by X, who talked about *T*": the untitled keynote and the titled
 * talk one sentence names are one session, titled, of the keynote's kind, with everyone either
 * names. A titled hit with people of its own who are not the session's stays apart.
 */
function oneSessionPerSentence(hits: TalkHit[]): TalkHit[] {
  const merged = new Set<TalkHit>();
  const into = new Map<TalkHit, TalkHit>();
  const people = (h: TalkHit) => [...h.names, ...(h.presenters ?? []).map((p) => p.name)];
  // By block, its titled hits and its untitled ones in the order they stand: each untitled
  // hit looks from where the last one stopped, so a block of thousands stays linear.
  const byBlock = new Map<Block, { titled: TalkHit[]; untitled: TalkHit[] }>();
  for (const h of hits) {
    if (!h.title && (h.block.kind === 'heading' || h.family === 'own-talk')) continue;
    let lists = byBlock.get(h.block);
    if (!lists) {
      lists = { titled: [], untitled: [] };
      byBlock.set(h.block, lists);
    }
    (h.title ? lists.titled : lists.untitled).push(h);
  }
  const byStart = (a: TalkHit, b: TalkHit) => a.at.start - b.at.start;
  for (const [block, { titled, untitled }] of byBlock) {
    if (!titled.length || !untitled.length) continue;
    titled.sort(byStart);
    untitled.sort(byStart);
    let next = 0;
    for (const session of untitled) {
      const sentence = sentenceAt(block.flat.text, session.at.start);
      while (next < titled.length && titled[next]!.at.start < sentence.start) next++;
      let candidate: TalkHit | undefined = titled[next];
      if (!candidate || candidate.at.start >= sentence.end) {
        const named = namedByPronoun(block, sentence, titled, next, people(session));
        if (named === undefined) continue;
        next = named;
        candidate = titled[next]!;
      }
      const mine = people(session).map((n) => n.name);
      const theirs = people(candidate).map((n) => n.name);
      if (theirs.length && mine.length && !theirs.some((n) => mine.includes(n))) continue;
      next++;
      merged.add(session);
      // Only the people of that sentence: a session's presenters may be read from further on.
      into.set(candidate, {
        ...session,
        presenters: (session.presenters ?? []).filter(
          (p) => p.block === block && p.name.start >= sentence.start && p.name.start < sentence.end,
        ),
      });
    }
  }
  if (!merged.size) return hits;
  return hits
    .filter((h) => !merged.has(h))
    .map((h) => {
      const session = into.get(h);
      if (!session) return h;
      const names = [...h.names];
      for (const n of session.names) if (!names.some((m) => m.name === n.name)) names.push(n);
      return {
        ...h,
        kind: h.kind === 'talk' ? session.kind : h.kind,
        names,
        presenters: [...(h.presenters ?? []), ...(session.presenters ?? [])],
      };
    });
}

// "Her talk, "T", was…", "His keynote was titled **T**", "The title was "T"": the session the
// sentence before named; or "Ewan's keynote, "T", …", by a name of its speaker's.
const PRONOUN_SESSION = new RegExp(
  String.raw`^\s*(?:(?:her|his|their)\s+(?:own\s+)?(?:talk|keynote|session|workshop|presentation|panel|lecture)|${TITLE_SAID})\b`,
  'i',
);
const OWNER_SESSION =
  /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s?\s+(?:own\s+)?(?:talk|keynote|session|workshop|presentation|panel|lecture)\b/u;

/**
 * Whether a sentence opening names a session by its speaker: a pronoun, or the whole name, the
 * first or the last name of one of `people`.
 */
function namesOwnSession(opening: string, people: readonly NameFound[]): boolean {
  if (PRONOUN_SESSION.test(opening)) return true;
  const owner = OWNER_SESSION.exec(opening)?.[1];
  if (!owner) return false;
  return people.some((p) => {
    const words = p.name.split(/\s+/);
    return owner === p.name || owner === words[0] || owner === words[words.length - 1];
  });
}

/**
 * The index in `titled` (sorted, searched from `from`) of the titled hit, with no people of its
 * own, of the sentence after `sentence` when that one opens by naming a session by its
 * speaker's pronoun or by a name of one of `people`, the session's.
 */
function namedByPronoun(
  block: Block,
  sentence: Range,
  titled: readonly TalkHit[],
  from: number,
  people: readonly NameFound[],
): number | undefined {
  const text = block.flat.text;
  if (sentence.end >= text.length) return undefined;
  const opens = (s: Range) => namesOwnSession(text.slice(s.start, s.start + 60), people);
  // The next sentence, or the one after ("…, who works on flood modelling. She was honest. Her
  // talk, "T", was…").
  let following = sentenceAt(text, sentence.end);
  if (!opens(following) && following.end < text.length) following = sentenceAt(text, following.end);
  if (!opens(following)) return undefined;
  for (let i = from; i < titled.length && titled[i]!.at.start < following.end; i++) {
    const hit = titled[i]!;
    if (hit.at.start < sentence.end) continue;
    // Another talk between the two is what a pronoun there would speak of.
    if (hit.at.start < following.start) return undefined;
    return hit.names.length || hit.presenters?.length ? undefined : i;
  }
  return undefined;
}

// A heading that names the kind of everything under it: "Lightning talks", "Day 2: Workshops",
// "Opening keynotes", "Ignites", "Lightning talks (H.2215)".
const KIND_SECTION =
  /^(?:\d{1,2}[:.h]\d{2}\s*[–—-]?\s*)?(?:(?:day\s+\w+|and|the|more|then|morning|afternoon|opening|closing)\s*[:,–—-]?\s*)*(lightning[- ]talks?|keynotes?|workshops?|tutorials?|panels?|ignites?)!?(?:\s*\([^()]*\))?$/i;

// A list introduced as lightning talks ("The lightning talk room was packed. Quick notes:").
const LIGHTNING_INTRO = /\blightning[- ]talks?\b/i;

/**
 * A talk under a heading such as "Lightning talks", or an item of a list introduced as
 * lightning talks, is of that kind, unless it says its own.
 */
function ofSectionKind(blocks: readonly Block[], hit: TalkHit): TalkHit {
  if (hit.kind !== 'talk' || hit.block.kind === 'heading') return hit;
  const intro = hit.block.kind === 'item' ? hit.block.listIntro : undefined;
  if (intro !== undefined && blocks[intro]!.kind !== 'heading')
    if (LIGHTNING_INTRO.test(blocks[intro]!.flat.text)) return { ...hit, kind: 'lightning' };
  const heading = hit.block.section[hit.block.section.length - 1];
  if (heading === undefined) return hit;
  const m = KIND_SECTION.exec(blocks[heading]!.flat.text.trim());
  const kind = m ? (/^ignite/i.test(m[1]!) ? 'lightning' : kindOf(m[1]!)) : undefined;
  return kind ? { ...hit, kind } : hit;
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

/**
 * A talk found under a heading that is itself a talk is usually that talk described again
 * ("Sasha presented a brief [eBPF primer] talk" under "## eBPF primer"): it joins the heading's
 * talk when it names no one else.
 */
function absorbIntoHeadings(hits: TalkHit[]): TalkHit[] {
  const headings = hits.filter((h) => h.family.startsWith('heading') && h.body);
  if (!headings.length) return hits;
  const presentersOf = (h: TalkHit) => (h.presenters ?? []).map((p) => p.name.name);
  function samePeopleOf(hit: TalkHit, owner: TalkHit): boolean {
    return hit.names.length > 0 && hit.names.every((n) => presentersOf(owner).includes(n.name));
  }
  // Each block's owner is the first heading talk whose section holds it; computed once, so
  // a post of many headings stays linear.
  const ownerOf = new Map<number, TalkHit>();
  for (const h of headings)
    for (const b of h.body!) if (!ownerOf.has(b.index)) ownerOf.set(b.index, h);
  const owned = (hit: TalkHit) => {
    const owner = ownerOf.get(hit.block.index);
    return owner === hit ? undefined : owner;
  };
  const weakWithBody = new Set<TalkHit>();
  for (const x of hits) {
    const h = x.title ? owned(x) : undefined;
    if (
      h?.family === 'heading-weak' &&
      samePeopleOf(x, h) &&
      titleSimilarity(x.title!.text, h.title?.text ?? '') < 0.5
    )
      weakWithBody.add(h);
  }
  const samePeople = samePeopleOf;
  // A weak heading gives way to a differently titled talk its own presenters give below it.
  const yielded = weakWithBody;
  // An untitled one ("### Keynote", then "Ann Lee opened with *T*") gives way to the titled
  // talk its presenters give below it, which is of the heading's kind.
  const titledBelow = new Map<TalkHit, TalkHit>();
  for (const x of hits) {
    const h = x.title ? owned(x) : undefined;
    if (h && !h.title && !titledBelow.has(h) && samePeopleOf(x, h)) titledBelow.set(h, x);
  }
  const kindOfHeading = new Map([...titledBelow].map(([h, x]) => [x, h.kind]));
  // An untitled session below a titled heading, given by its presenters ("### T", then "The
  // opening keynote by Ann Lee"), says what the heading's talk is.
  const givenByOwner = (x: TalkHit, h: TalkHit) => {
    const mine = [...x.names, ...(x.presenters ?? []).map((p) => p.name)].map((n) => n.name);
    return mine.length > 0 && mine.every((n) => presentersOf(h).includes(n));
  };
  for (const x of hits) {
    const h = x.title || x.family.startsWith('heading') ? undefined : owned(x);
    if (h?.title && givenByOwner(x, h) && !kindOfHeading.has(h)) kindOfHeading.set(h, x.kind);
  }
  return hits
    .filter((hit) => {
      if (yielded.has(hit) || titledBelow.has(hit)) return false;
      if (!hit.title && !hit.family.startsWith('heading')) {
        const owner = owned(hit);
        return !(owner?.title && givenByOwner(hit, owner));
      }
      if (hit.family.startsWith('heading') || !hit.title) return true;
      if (kindOfHeading.has(hit)) return true;
      const owner = owned(hit);
      if (!owner || yielded.has(owner)) return true;
      return (
        !samePeople(hit, owner) && titleSimilarity(hit.title.text, owner.title?.text ?? '') < 0.5
      );
    })
    .map((hit) => {
      const kind = kindOfHeading.get(hit);
      return kind && hit.kind === 'talk' ? { ...hit, kind } : hit;
    });
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

function handlesFor(block: Block, name: NameFound): Handles {
  const handles: Record<string, string> = {};
  const text = block.flat.text;
  // Profile links on the name itself, or in the parentheses right after it.
  const paren = /^\s*\(/.test(text.slice(name.end)) ? text.indexOf(')', name.end) : -1;
  // A bare "(@handle)" after a name is, by long convention, a Twitter handle.
  const bare = paren > 0 ? /^\s*\(\s*@([A-Za-z0-9_]{1,15})\s*\)/.exec(text.slice(name.end)) : null;
  if (
    bare &&
    !spansStarting(block.flat, name.end + 1, paren).some((s) => s.kind === 'link' && s.end <= paren)
  )
    handles.twitter = bare[1]!;
  for (const span of spansAround(block.flat, name.start, Math.max(name.end, paren))) {
    if (span.kind !== 'link' || !span.url) continue;
    const onName = span.start <= name.start && span.end >= name.end;
    const afterName = paren > 0 && span.start > name.end && span.end <= paren;
    if (!onName && !afterName) continue;
    const c = classifyUrl(span.url);
    if (c.handle && PROFILE_KINDS.has(c.kind)) handles[c.kind] ??= c.handle;
    else if (
      onName &&
      c.kind === 'other' &&
      /^https?:/.test(span.url) &&
      !/\b(speaker|presentation|session|talk)s?\b/i.test(span.url)
    )
      handles.website ??= span.url;
  }
  return handles;
}

// Whether a block's text has a link at all, looked up once per block rather than once per talk
// named in it: a paragraph naming thousands of talks would otherwise take quadratic time. A
// block of a few spans is read again, which costs less than a table of weak keys.
const linkedTexts = new WeakMap<FlatText, boolean>();
const FEW_SPANS = 16;
const isLink = (span: FlatText['spans'][number]) => span.kind === 'link';
const hasLink = (flat: FlatText) => {
  if (flat.spans.length <= FEW_SPANS) return flat.spans.some(isLink);
  let linked = linkedTexts.get(flat);
  if (linked === undefined) {
    linked = flat.spans.some(isLink);
    linkedTexts.set(flat, linked);
  }
  return linked;
};

function talkLinks(hit: TalkHit, blocks: readonly Block[]): TalkLink[] {
  const links: TalkLink[] = [];
  const add = (url: string | undefined, page: boolean) => {
    if (!url || links.some((l) => l.url === url)) return;
    const c = classifyUrl(url);
    if (c.kind === 'slides' || c.kind === 'video') links.push({ url, kind: c.kind });
    else if (page && c.kind === 'other' && /^https?:/.test(url)) links.push({ url, kind: 'page' });
  };
  // Most talks are named in a block without links and have no section of their own.
  if (!hit.body && !hasLink(hit.block.flat)) return links;
  const own = hit.title ?? hit.at;
  for (const span of spansAround(hit.block.flat, own.start, own.end))
    if (span.kind === 'link' && overlaps(span, own)) add(span.url, true);
  // Slides or a recording linked from the same sentence, or from the talk's own section.
  const sentence = sentenceAt(hit.block.flat.text, own.start);
  for (const span of spansAround(
    hit.block.flat,
    Math.max(sentence.start, own.start - 300),
    Math.min(sentence.end, own.end + 300),
  ))
    if (
      span.kind === 'link' &&
      overlaps(span, sentence) &&
      /slides?|video|recording|deck/i.test(hit.block.flat.text.slice(span.start, span.end))
    )
      add(span.url, false);
  for (const b of hit.body ?? [])
    for (const span of b.flat.spans)
      if (
        span.kind === 'link' &&
        (/slides?|video|recording|deck/i.test(b.flat.text.slice(span.start, span.end)) ||
          ['slides', 'video'].includes(classifyUrl(span.url ?? '').kind))
      )
        add(span.url, false);
  void blocks;
  return links;
}

function takeawaysOf(hit: TalkHit, blocks: readonly Block[], claimed: Set<number>): string[] {
  const items = hit.body
    ? hit.body.filter((b) => b.kind === 'item' && b.depth === 1)
    : blocks.filter(
        (b) =>
          b.kind === 'item' &&
          b.depth === 1 &&
          b.listIntro === hit.block.index &&
          hit.block.kind !== 'item',
      );
  return items
    .filter((b) => !claimed.has(b.index))
    .map((b) => collapseSpaces(b.flat.text).trim())
    .filter(Boolean)
    .slice(0, 30);
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
  const personFor = (block: Block, name: NameFound): string | undefined => {
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
      text: name.name,
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
      for (const l of talkLinks(hit, blocks))
        if (!same.links.some((x) => x.url === l.url)) same.links.push(l);
      continue;
    }
    const talk: ExtractedTalk = {
      title: hit.title?.text ?? null,
      label: hit.title ? undefined : (hit.label ?? labelFor(hit.kind)),
      kind: hit.kind,
      speakers: [...new Set(speakers)],
      links: talkLinks(hit, blocks),
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
