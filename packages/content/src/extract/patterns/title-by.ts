import type { Block } from '../blocks.ts';
import { EMOJI, isEmojiCode, isSpaceCode } from '../char-codes.ts';
import type { FlatText } from '../flat-text.ts';
import {
  kindLeadingTo,
  kindOf,
  type PatternContext,
  type Range,
  sessionLabel,
  type TalkHit,
} from '../hits.ts';
import { isPersonName, looksLikeOrg, type NameFound, readNameList } from '../names.ts';
import { titleWord } from '../plain-title.ts';
import { HeldTitles } from '../range-set.ts';
import { sectionBody } from '../sections.ts';
import {
  cleanTitle,
  innermostTitle,
  isRole,
  sentenceAt,
  sentences,
  someSpanStarting,
  spansAround,
  stripKindLabel,
  titleCased,
  titleLike,
} from '../text-tools.ts';
import { classifyUrl, PROFILE_KINDS } from '../url-kind.ts';
import { firstUnder, presentersOpening } from './section-presenters.ts';

// "Title by X", "Title from X", "Title - X", "Title, presented by X", "Title (X, Y)"; and the
// reverse "X - Title" for list items and headings.
const CONNECTOR =
  /(?:\s*,|\s+[—–-])?\s+(?:(?:presented|co-presented|given|held|delivered|hosted|led|run|taught)\s+by|by|from)\s+|\s+[-–—|]\s+|\s*\(\s*(?=\p{Lu})|\s*,\s+(?=\p{Lu})/giu;
const PANELISTS =
  /^\s*,\s*with\s+(?:(?:the\s+)?(?:panelists|panellists|guests)\s+)?(?=\p{Lu})|^\s*,?\s*(?:with|and)\s+(?:the\s+)?(?:panelists|panellists|guests)\s+(?=\p{Lu})/u;
const NOT_SPEAKING_BY = /\b(?:sponsored|organi[sz]ed|powered|funded|supported|catered|won)\s*$/i;
// "Photos by Callum Reid", "Theme music by X": a credit line, whole, for who made something.
const CREDIT =
  /^\s*(?:[\p{L}-]+\s+){0,2}(?:photos?|photographs?|photography|pictures?|images?|illustrations?|drawings?|sketchnotes?|artwork|music|editing|edited|transcription|transcribed|translation|translated|cover art)\s*$/iu;
const FILLER_BEFORE_NAMES =
  /^(?:(?:two|three|four|several|some|a few|the)\s+)?(?:members?|memobers?|folks|people|engineers|developers|speakers)\s+(?:of|from)\s+(?:the\s+)?([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})\s+team\s*,\s*/u;
// "run by two executive coaches, Nalini Iyer and Gerrit Vos", "from the mobile lead at Danish
// bank Søfartsbanken, Freja Dahl": what they are, then who.
const DESCRIBED_FIRST =
  /^(?:two|three|four|both|a|an|the|my|our|their)\s+[^,.;:!?()\n]{2,60}?,\s+(?=\p{Lu})/u;
const BOOK_HOSTS =
  /(amazon\.|oreilly\.com\/library|manning\.com|pragprog\.com|goodreads\.com|leanpub\.com|packtpub\.com)/i;

function linkedName(ctx: PatternContext, names: NameFound[], offset: number): boolean {
  return names.some((n) =>
    spansAround(ctx.block.flat, n.start + offset, n.end + offset).some(
      (s) =>
        s.kind === 'link' &&
        s.start <= n.start + offset &&
        s.end >= n.end + offset &&
        PROFILE_KINDS.has(classifyUrl(s.url ?? '').kind),
    ),
  );
}

const CHAIRED_BY =
  /^\s*[,;]?\s*(?:and\s+)?(?:(?:moderated|chaired|hosted)\s+by|(?:the\s+)?(?:moderator|chair|host)\s*:?)\s+(?=\p{Lu})/u;

/**
 * The title set apart at the end of `left` (the line before its connector), when the writer's
 * own words in lower case come before it ("Stayed in Stage 1 for **T**"): its range.
 */
function ownWordsThenTitle(flat: FlatText, left: string): Range | undefined {
  const end = left.trimEnd().length;
  const span = flat.spans.find(
    (s) =>
      (s.kind === 'strong' || s.kind === 'emphasis' || s.kind === 'quote') &&
      s.end >= end - 1 &&
      s.end <= end &&
      s.start > 0,
  );
  if (!span) return undefined;
  const t = innermostTitle(flat, span);
  const title = cleanTitle(flat.text.slice(t.start, t.end));
  return OWN_WORDS.test(left.slice(Math.max(0, span.start - 80), span.start)) &&
    titleLike(title) &&
    title.includes(' ')
    ? { start: t.start, end: t.end }
    : undefined;
}

// "Stayed in Stage 1 for ", "then caught ": the writer's words, ending in one that leads to
// what they went to.
const OWN_WORDS =
  /\p{L}+\s+(?:\S+\s+)*?(?:for|to|at|into|caught|saw|attended|watched|joined|then)\s+["“]?$/u;

/** Reads the names after a connector; `at` is the offset in the block text. */
function namesAfter(
  ctx: PatternContext,
  at: number,
  lineEnd: number,
): { names: NameFound[]; end: number; org?: string; affiliation?: string } {
  const text = ctx.block.flat.text;
  // "T — with Ann Lee and Bo Chen".
  let from = /^with\s+(?=\p{Lu})/u.test(text.slice(at, at + 6)) ? at + 5 : at;
  let teamAffiliation: string | undefined;
  const filler = FILLER_BEFORE_NAMES.exec(text.slice(from, lineEnd));
  if (filler) {
    teamAffiliation = filler[1];
    from += filler[0].length;
  } else from += DESCRIBED_FIRST.exec(text.slice(from, lineEnd))?.[0].length ?? 0;
  const emphasised = someSpanStarting(
    ctx.block.flat,
    from,
    from + 1,
    (s) => s.kind === 'emphasis' || s.kind === 'strong' || s.kind === 'link',
  );
  const list = readNameList(text.slice(from, lineEnd), { single: emphasised });
  const names: NameFound[] = list.names.map((n) => ({
    ...n,
    start: n.start + from,
    end: n.end + from,
    affiliation: n.affiliation ?? teamAffiliation,
  }));
  let end = list.end + from;
  // "with A, B and C, moderated by D": the moderator is one of the panel's people; so are
  // the panelists after a moderator ("moderated by D with panelists A, B and C").
  const chair = names.length
    ? (CHAIRED_BY.exec(text.slice(end, lineEnd)) ?? PANELISTS.exec(text.slice(end, lineEnd)))
    : null;
  if (chair) {
    const at = end + chair[0].length;
    const more = readNameList(text.slice(at, lineEnd));
    for (const n of more.names) names.push({ ...n, start: n.start + at, end: n.end + at });
    if (more.names.length) end = at + more.end;
  }
  return { names, end, org: list.org };
}

function bookLink(ctx: PatternContext, start: number, end: number): boolean {
  if (!hasBookLink(ctx.block.flat)) return false;
  return spansAround(ctx.block.flat, start, end).some(
    (s) => s.kind === 'link' && s.start <= start && s.end >= end && BOOK_HOSTS.test(s.url ?? ''),
  );
}

let lastFlat: FlatText | undefined;
let lastHasBookLink = false;

/** Whether any link of a block goes to a book shop or library: most blocks have none. */
function hasBookLink(flat: FlatText): boolean {
  if (flat !== lastFlat) {
    lastFlat = flat;
    lastHasBookLink = flat.spans.some((s) => s.kind === 'link' && BOOK_HOSTS.test(s.url ?? ''));
  }
  return lastHasBookLink;
}

/** Whole-line form, for list items and headings: the title is everything before the connector. */
export function titleByLine(ctx: PatternContext): TalkHit[] {
  const hits = titleByLineHits(ctx);
  // A heading's talk owns its section: the list under it is takeaways, its links are the talk's.
  if (ctx.block.kind !== 'heading') return hits;
  const body = sectionBody(ctx.blocks, ctx.block);
  return hits.map((h) => ({ ...h, body }));
}

/**
 * A paragraph whose first line is all in bold or italics, as a heading would be: "**Ann Lee -
 * Sturdy Queues**" or "**Sturdy Queues, by Ann Lee**", then what the post says of it.
 */
export function titleByBoldLine(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  if (block.kind !== 'paragraph') return [];
  // Each shape below opens with a span, a digit or an emoji: most paragraphs open otherwise.
  const opening = block.flat.spans[0];
  if ((!opening || opening.start > 2) && !opensWithDigitOrEmoji(block.flat.text)) return [];
  const newline = block.flat.text.indexOf('\n');
  const lineEnd = newline < 0 ? block.flat.text.length : newline;
  // Or opens with a title set apart, then its speaker: "**Sturdy Queues** — Ann Lee", or with
  // a schedule's time: "**09:00** *Sturdy Queues* — Ann Lee".
  if (
    !boldLine(block.flat, lineEnd) &&
    !openingTitleThenName(block.flat, lineEnd) &&
    !openingThenTitle(block.flat, lineEnd) &&
    !TIME_FIRST.test(block.flat.text)
  )
    return [];
  // "**Lunch - Pizza Place**": a word alone is a heading's topic more often than a title.
  return titleByLineHits(ctx).filter((hit) => hit.title?.text.includes(' '));
}

function titleByLineHits(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  if (block.kind !== 'item' && block.kind !== 'heading' && block.kind !== 'paragraph') return [];
  const text = block.flat.text;
  let lineEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  // A paragraph's first sentence is its heading-like line ("**Ann Lee** — *T*. Brutal."), and
  // qualifies only when short, as under a heading or in a schedule.
  if (block.kind === 'paragraph') {
    const first = sentences(text)[0];
    if (first && first.end < lineEnd) lineEnd = first.end - 1;
    if (lineEnd > 160) return [];
  }
  const line = text.slice(0, lineEnd);
  CONNECTOR.lastIndex = 0;
  let best: TalkHit | undefined;
  let commaOk: boolean | undefined;
  for (let m = CONNECTOR.exec(line); m; m = CONNECTOR.exec(line)) {
    const left = line.slice(0, m.index);
    // "T" — @ann (Ann Lee): a handle ends no title.
    if (/@[A-Za-z0-9_]+\s*$/.test(left)) continue;
    // "Party at the harbour, sponsored by **Acme**": who paid, not who spoke.
    if ((NOT_SPEAKING_BY.test(left) || CREDIT.test(left)) && /\bby\s*$/.test(m[0])) continue;
    const labelled = stripKindLabel(cleanTitle(left));
    // "Talk: *"T"*": the marks inside the label's title go too.
    const title = labelled.label ? cleanTitle(labelled.title) : labelled.title;
    // The title before each later connector is longer still, and titles stop at 200
    // characters: stop here, so a line of ten thousand connectors stays linear.
    if (title.length > 1000) break;
    if (!titleLike(title) || bookLink(ctx, 0, m.index)) continue;
    const paren = m[0].includes('(');
    // "T by 笹田 耕一 (Koichi Sasada)": the brackets belong to the names already read.
    if (paren && best?.names.length) continue;
    // "Title, Ann Lee": only in a list whose other items end in names too, and with nothing
    // after the names; a title's own comma ("Constraints Liberate, Liberties Constrain") would
    // read the same.
    const comma = m[0].trim() === ',';
    if (comma) {
      commaOk ??= commaListItem(ctx);
      if (!commaOk) continue;
    }
    const after = namesAfter(ctx, m.index + m[0].length, lineEnd);
    const rest = line.slice(after.end).trim();
    if (comma && rest !== '') continue;
    // "**T** — *Ann Lee* and *Bo Chen* co-presented": the verb after the names says no more.
    const consumed = paren
      ? /^\)/.test(rest)
      : rest === '' || /^[.,;:!)|]/.test(rest) || /^[-–—(]/.test(rest) || PRESENTED.test(rest);
    // The raw side: cleaning drops a "(keynote)" note that says the kind.
    const kind = kindOf(labelled.label ?? '') ?? kindOf(left) ?? 'talk';
    // "Opening keynote by Ann Lee: *T*": the label, its people, then the title; after a comma
    // only a title set apart ("Closing keynote from Ann Lee (Acme), *T*.").
    const tail =
      after.names.length && consumed && sessionLabel(title)
        ? (LABEL_TAIL.exec(rest) ?? setApartTail(block.flat, line, after.end, rest))
        : null;
    const tailTitle = tail ? cleanTitle(tail[1]!) : '';
    if (tail && titleLike(tailTitle)) {
      const start = line.indexOf(tail[1]!, after.end);
      best = {
        block,
        title: { text: tailTitle, start, end: lineEnd },
        kind,
        names: after.names,
        at: { start, end: lineEnd },
        family: 'title-by',
      };
      continue;
    }
    if (after.names.length && consumed) {
      // "Workshop: T, by Ardan Labs - Bill Kennedy": the organisation is not part of the title.
      const org = /(?:,\s*|\s+)by\s+([^,]+?)\s*$/i.exec(title);
      if (org && looksLikeOrg(org[1]!)) {
        const cut = cleanTitle(title.slice(0, org.index));
        const names = after.names.map((n) => ({ ...n, affiliation: n.affiliation ?? org[1] }));
        best = {
          block,
          title: { text: cut, start: 0, end: org.index },
          kind: kindOf(labelled.label ?? '') ?? kindOf(cut) ?? 'talk',
          names,
          at: { start: 0, end: org.index },
          family: 'title-by',
        };
        continue;
      }
      // "**10:30** — Stayed in Stage 1 for **T** by X": the title is the part set apart, when
      // words of the writer's own come before it.
      const own = ownWordsThenTitle(block.flat, left);
      if (own) {
        best = {
          block,
          title: { text: cleanTitle(line.slice(own.start, own.end)), ...own },
          kind,
          names: after.names,
          at: own,
          family: 'title-by',
        };
        continue;
      }
      const start = line.indexOf(title.slice(0, 3));
      best = {
        block,
        title: { text: title, start: Math.max(0, start), end: m.index },
        kind,
        names: after.names,
        at: { start: Math.max(0, start), end: m.index },
        family: 'title-by',
      };
    } else if (
      !best &&
      after.org &&
      /^(by|,)/i.test(m[0].trim()) &&
      rest.replace(/^[\s.]+/, '').split(/\s+/)[0] !== 'and'
    ) {
      // "Workshop: X, by Ardan Labs" names the organisation behind it, not a person; a person
      // may still follow ("by Ardan Labs - Bill Kennedy"), which a later connector finds.
      best = {
        block,
        title: { text: title, start: 0, end: m.index },
        kind,
        names: [],
        at: { start: 0, end: m.index },
        family: 'title-by-org',
      };
    }
  }
  if (best) {
    // "Ann Lee - Bob Ray Lane" reads both ways when the title is itself name-shaped: keep the
    // other reading, and let the rest of the list decide (see orientLists).
    // A heading reads the other way only after a person's handle or company (below).
    const either =
      best.family === 'title-by' && (block.kind !== 'heading' || line.includes(')'))
        ? reverseReading(ctx, line, lineEnd)
        : undefined;
    if (either && HANDLE_AFTER_NAME.test(line.slice(0, either.at.start))) return [either];
    // A paragraph reaches here only as a heading-like line (see `titleByBoldLine`).
    const reverse = block.kind === 'item' || block.kind === 'paragraph' ? either : undefined;
    const titleIsNames =
      best.title !== null && readNameList(best.title.text).end >= best.title.text.length - 1;
    if (!reverse || !titleIsNames) return [best];
    // A title is usually the longer side: "Ann Lee - Measuring Queues: Testing Retries".
    // The side set in bold, italics or quotes is the title ("**Web Components** — Paulo
    // Sérgio Nascimento"), when only one side is.
    const forwardMarked = setApart(block.flat, best.title!);
    if (forwardMarked !== setApart(block.flat, reverse.title!))
      return [forwardMarked ? best : reverse];
    const words = (h: TalkHit) => h.title?.text.split(/\s+/).length ?? 0;
    if (words(reverse) > words(best)) return [reverse];
    return [{ ...best, alternative: reverse }];
  }
  const reverse = reverseReading(ctx, line, lineEnd);
  return reverse ? [reverse] : [];
}

// "Ann Lee (@annlee) - ...", "Ann Lee (Acme) - ...": a handle or a company in parentheses
// follows a person's name, not a title's words ("Scaling Go (Part 2)"), whichever side reads
// as names.
const HANDLE_AFTER_NAME =
  /^[^()]*\p{L}\s*\(\s*(?:@[A-Za-z0-9_]{1,30}|(?!(?:part|pt|episode|vol|volume|day|session|talk|keynote|slides|video|reprise|redux|again|remix)\b)\p{Lu}[^()\d\n]{0,48})\s*\)\s*[-–—:|]\s*$/iu;

const SET_APART = new Set(['strong', 'emphasis', 'quote']);

/** Whether one bold, italic or quoted span covers `range`, give or take its marks. */
function setApart(flat: FlatText, range: { start: number; end: number }): boolean {
  return someSpanStarting(
    flat,
    Math.max(0, range.start - 2),
    range.start + 1,
    (s) => SET_APART.has(s.kind) && s.end >= range.end - 1 && s.end <= range.end + 2,
  );
}

const LABEL_TAIL = /^[:–—-]\s*(\S.*)$/;
const PRESENTED = /^(?:co-)?presented\b|^(?:gave|ran|led|taught)\s+it\b/i;

/** The rest of a line after names, when it is a comma and then only a title set apart. */
function setApartTail(
  flat: FlatText,
  line: string,
  from: number,
  rest: string,
): RegExpExecArray | null {
  const tail = /^,\s*(\S.*?)[\s.!?]*$/.exec(rest);
  if (!tail) return null;
  const start = line.indexOf(tail[1]!, from);
  return setApart(flat, { start, end: start + tail[1]!.length }) ? tail : null;
}

/** Whether a text opens, after spaces, with a digit or what may be an emoji. */
function opensWithDigitOrEmoji(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || isEmojiCode(c);
}
// A schedule's line: a time, then the talk, set apart.
const TIME_FIRST = /^\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\s+\S[^\n]*\s[-–—|]\s/i;
// Emoji a writer puts before each talk ("🎤 **T** — X").
const LEADING_EMOJI = new RegExp(`^(?:${EMOJI}|\\s)*`, 'u');

/** Whether a line opens with a bold or italic span and a dash, a bar or "by" right after it. */
function openingTitleThenName(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  const lead = LEADING_EMOJI.exec(text)![0].length;
  return someSpanStarting(
    flat,
    lead,
    lead + 3,
    (s) =>
      (s.kind === 'strong' || s.kind === 'emphasis') &&
      s.end < lineEnd &&
      /^["”’'“»]?\s*,?\s*(?:[-–—|]|by\b)\s*\S/i.test(text.slice(s.end, s.end + 8)),
  );
}

/**
 * Whether the line opens with a strong or emphasised span, then a comma and a title set apart
 * to its end: "**Invited talk — Prof. Ann Lee (Acme)**, *"T"*."
 */
function openingThenTitle(flat: FlatText, lineEnd: number): boolean {
  const text = flat.text;
  return someSpanStarting(flat, 0, 2, (s) => {
    if (s.kind !== 'strong' && s.kind !== 'emphasis') return false;
    const comma = /^\s*,\s*/.exec(text.slice(s.end, s.end + 4));
    if (!comma) return false;
    const start = s.end + comma[0].length;
    // To the end of the first sentence, as a paragraph's heading-like line goes.
    const end = Math.min(lineEnd, sentences(text)[0]?.end ?? lineEnd);
    const title = text.slice(start, end).replace(/[\s.!?]+$/, '');
    return setApart(flat, { start, end: start + title.length });
  });
}

/** Whether the text up to `lineEnd` is one strong or emphasised span. */
function boldLine(flat: FlatText, lineEnd: number): boolean {
  return someSpanStarting(
    flat,
    0,
    2,
    (s) => (s.kind === 'strong' || s.kind === 'emphasis') && s.end >= lineEnd - 1,
  );
}

/** The first line of an item, up to where the next line starts. */
const firstLine = (block: Block) => {
  const text = block.flat.text;
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
};

/** Whether a line ends in ", " and names, with nothing after them. */
function endsInNames(line: string): boolean {
  // The names may have their company after them: "T, Ann Lee, Acme".
  for (let at = line.lastIndexOf(', '), tries = 0; at >= 0 && tries < 2; tries++) {
    const tail = line.slice(at + 2).trim();
    const list = readNameList(tail);
    if (list.names.length > 0 && list.end >= tail.length - 1) return true;
    at = line.lastIndexOf(', ', at - 1);
  }
  return false;
}

/**
 * Whether `ctx.block` is an item ending in names in a list where the item before or after it
 * ends in names too: one line of "Title, Name" is no evidence, a list of them is.
 */
function commaListItem(ctx: PatternContext): boolean {
  const { block, blocks } = ctx;
  if (block.kind !== 'item' || !endsInNames(firstLine(block))) return false;
  const sibling = (b: Block | undefined) =>
    b !== undefined &&
    b.kind === 'item' &&
    b.depth === block.depth &&
    b.listIntro === block.listIntro &&
    endsInNames(firstLine(b));
  for (const step of [-1, 1])
    for (let i = block.index + step, seen = 0; seen < 3 && i >= 0 && i < blocks.length; i += step) {
      const b = blocks[i]!;
      // An item's later paragraphs stand between it and the next item.
      if (b.kind !== 'item') {
        if (b.parentItem === undefined) break;
        continue;
      }
      seen++;
      if (sibling(b)) return true;
      if (b.depth === block.depth) break;
    }
  return false;
}

/**
 * "X - Title", "X | Title", "X: Title" (a colon right after the name or its handle), and in
 * a list "X on Title".
 */
function reverseReading(ctx: PatternContext, line: string, lineEnd: number): TalkHit | undefined {
  const { block } = ctx;
  const dash = /\s+[-–—:|]\s+|(?<=\p{L}|\(@[A-Za-z0-9_]{1,30}\)):\s+|\s+on\s+(?=\p{Lu})/u.exec(
    line,
  );
  // "Ann Lee on Sturdy Queues" is a line-up's; in a heading, "on" is as often a topic's.
  const on = dash?.[0].trim() === 'on';
  if (dash && on && block.kind !== 'item') return undefined;
  if (dash) {
    const lead = line.slice(0, dash.index);
    const loose = readNameList(lead, { single: true });
    // Whatever reads as names strictly reads as names loosely too.
    if (!loose.names.length) return undefined;
    // A lone first name counts when it is linked to a profile.
    const list = linkedName(ctx, loose.names, 0) ? loose : readNameList(lead);
    const title = cleanTitle(line.slice(dash.index + dash[0].length));
    // "Marco Bellini — writes great eBPF threads": a title opens with a capital (or "eBPF").
    if (!titleWord(title.split(/\s/, 1)[0]!) || isRole(title)) return undefined;
    // "**Cell-Based Architectures, Explained** — I left early": a side set apart is the title,
    // unless the other side reads as one too.
    if (setApart(block.flat, { start: 0, end: dash.index }) && !titleCased(title)) return undefined;
    // "## Data Governance: Still Hard": a topic's words are ones the post also writes in
    // lower case; a person's name is capitalised wherever it stands.
    if (
      block.kind === 'heading' &&
      dash[0].includes(':') &&
      !linkedName(ctx, list.names, 0) &&
      // A handle says it is a person (and its letters are lower case).
      !/\(\s*@/.test(lead) &&
      list.names.some((n) =>
        n.name.split(/\s+/).some((w) => writtenInLowerCase(ctx.blocks, w.toLowerCase())),
      )
    )
      return undefined;
    if (
      list.names.length &&
      list.end >= dash.index - 1 &&
      titleLike(title) &&
      (!on || (titleCased(title) && title.includes(' '))) &&
      !othersPresent(ctx, list.names)
    ) {
      const start = dash.index + dash[0].length;
      return {
        block,
        title: { text: title, start, end: lineEnd },
        kind: kindOf(line.slice(start)) ?? 'talk',
        names: list.names,
        at: { start, end: lineEnd },
        family: 'names-dash-title',
      };
    }
  }
  return undefined;
}

/**
 * Whether a heading's section opens by naming its presenters ("By Ann Lee, Acme.", "Ann
 * presented..."), none of them one of `names` (no word in common): then the heading is the
 * talk's title whole, and the name-shaped words before its colon or dash ("Quiet Lanterns:
 * Tuning Small Services") are the title's, not people.
 */
function othersPresent(ctx: PatternContext, names: readonly NameFound[]): boolean {
  if (ctx.block.kind !== 'heading') return false;
  const first = firstUnder(ctx.blocks, ctx.block);
  const named = first ? presentersOpening(ctx.blocks, first) : [];
  const words = new Set(names.flatMap((n) => n.name.toLowerCase().split(/\s+/)));
  return (
    named.length > 0 &&
    !named.some((n) =>
      n.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => words.has(w)),
    )
  );
}

// Letters, digits, and the apostrophes and hyphens inside a word ("don't", "well-known").
const isWordChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x27 ||
  c === 0x2d ||
  c >= 0x80;

/**
 * Whether a post writes `word` (lower case, three letters or more) as a word of its own in
 * lower case somewhere: one search per block, where a set of all its words cost a tenth of the
 * analysis of posts with many such headings.
 */
function writtenInLowerCase(blocks: readonly Block[], word: string): boolean {
  if (word.length < 3) return false;
  for (const b of blocks) {
    const text = b.flat.text;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      const after = at + word.length;
      if (after < text.length && isWordChar(text.charCodeAt(after))) continue;
      return true;
    }
  }
  return false;
}

/**
 * Whether a side's last word is one the post also writes in lower case. A title mostly ends in
 * an ordinary word the prose uses too ("Elastic Workflows", "the workflows"); a person's surname
 * is written capitalised wherever it stands.
 */
function endsInOrdinaryWord(text: string, blocks: readonly Block[]): boolean {
  const last = /(\p{Lu}[\p{Ll}'’-]{2,})[\s.,:;!?)]*$/u.exec(text)?.[1];
  return last !== undefined && writtenInLowerCase(blocks, last.toLowerCase());
}

/**
 * Writers keep one order within a list. An item that reads both ways ("Ann Lee - Bob Ray")
 * takes the reading whose title alone ends in a word the prose writes in lower case ("Elastic
 * Workflows - Mia Vann" when the post speaks of "the workflows"), else the order most
 * unambiguous items of its list use; with no such item, title first.
 */
export function orientLists(hits: readonly TalkHit[], blocks: readonly Block[]): TalkHit[] {
  const byWords = (h: TalkHit, other: TalkHit): boolean | undefined => {
    const mine = endsInOrdinaryWord(h.title?.text ?? '', blocks);
    return mine === endsInOrdinaryWord(other.title?.text ?? '', blocks) ? undefined : mine;
  };
  const votes = new Map<number, number>();
  // A list that opens the post has no block before it: its items are one list all the same.
  const listOf = (h: TalkHit) =>
    h.block.kind === 'item' ? (h.block.listIntro ?? Number.MIN_SAFE_INTEGER) : -1 - h.block.index;
  for (const h of hits) {
    if (h.alternative) continue;
    const vote = h.family === 'names-dash-title' ? 1 : h.family === 'title-by' ? -1 : 0;
    if (vote) votes.set(listOf(h), (votes.get(listOf(h)) ?? 0) + vote);
  }
  return hits.map((h) => {
    if (!h.alternative) return h;
    const { alternative, ...forward } = h;
    const forwardByWords = byWords(forward, alternative);
    if (forwardByWords !== undefined) return forwardByWords ? forward : alternative;
    return (votes.get(listOf(h)) ?? 0) > 0 ? alternative : forward;
  });
}

const CONNECTOR_NOUN = /\b(?:talk|keynote|session|presentation|workshop|panel|tutorial|demo)\b/i;
// "T by X", "T, presented by X", "T", was given by X", "T (X)", "T, a provocative talk by X",
// "T was a full-day workshop run by X", "T, co-presented by X and Y", "T, taught by X".
const SPAN_CONNECTOR =
  /^["”’'“»]?\s*,?\s+(?:(?:(?:was|were)\s+)?(?:presented|co-presented|given|held|delivered|hosted|led|run|taught|moderated|chaired|conducted)\s+by|by|from)\s+|^["”’'“»]?\s*\(\s*(?=\p{Lu})|^["”’'“»]?\s*(?:,|\s(?:was|is))\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:talk|keynote|session|presentation|workshop|panel|tutorial|demo)(?:\s+on\s+day\s+\w+|\s+(?:this|that|on)\s+\w+)?\s*,?\s+(?:(?:given|led|presented|run|taught|hosted|moderated|chaired|conducted)\s+)?by\s+/iu;

// "After lunch: **Blazor in Anger**, Tor-Arne Vestbø.": a title set apart that opens its
// sentence (after a lead-in ending in a colon or a dash, at most: "Room 5 — **T**, Name."),
// then only its speakers' names.
const COMMA_NAMES = /^["”’'“»]?\s*,\s+(?=\p{Lu})/u;
// "*T* with Ann Lee and Bo Chen", "**T**, which had Ann Lee and Bo Chen on stage": people with
// a title, who are its speakers when each is named in full.
// "**T**: panelists Ann Lee, Bo Chen; moderator Cy Dahl": the roster after a colon.
const WITH_NAMES =
  /^["”’'“»]?\s*(?:,?\s+(?:with|featuring)|,\s*(?:which|that)\s+(?:had|featured)|:\s*(?:the\s+)?(?:panelists|speakers|presenters|on stage|with)\s*:?)\s+(?=\p{Lu})/u;
// "T", which Tamsin Gale ran; "T", the half-day workshop that A and B ran: the people, then
// what they did with it.
const WHICH_RAN =
  /^["”’'“»]?\s*,\s*(?:(?:the|a|an)\s+[^,.;:!?"“”]{0,40}?\s+)?(?:which|that)\s+(?=\p{Lu})/u;
const RAN_IT = /^\s+(?:ran|gave|presented|co-presented|led|taught|delivered|hosted|did)\b/;
const LEAD_IN_ONLY = /^[^.!?:]{0,40}(?::|\s[—–-])\s*$|^\s*$/;
// "Caught the panel *T* (spoiler: no). On stage: Ann Lee, Bo Chen.": the roster opens the
// sentence after the title's, whose rest is an aside at most.
const ROSTER_NEXT =
  /^\s*(?:(?:on stage|panel(?:l)?ists|speakers|presenters)\s*:|(?:on stage|(?:the\s+)?panel(?:l)?ists)\s+were)\s+(?=\p{Lu})/iu;

/**
 * Where the roster of the sentence after the one holding `at - 1` is, when it opens with one,
 * and the words that open it.
 */
function rosterAfter(
  flat: FlatText,
  at: number,
): { lead: RegExpExecArray; from: number; to: number } | undefined {
  const own = sentenceAt(flat.text, Math.max(0, at - 1));
  if (own.end >= flat.text.length) return undefined;
  const lead = ROSTER_NEXT.exec(flat.text.slice(own.end, own.end + 40));
  if (!lead) return undefined;
  const from = own.end + lead[0].length;
  return { lead, from, to: Math.min(sentenceAt(flat.text, from).end + 1, flat.text.length) };
}

/**
 * The match, when a capital follows it: SPAN_CONNECTOR ignores case, and so its own test for
 * a capital after "(" ("*T* (spoiler: no)" is no "*T* (Ann Lee)").
 */
function capitalAfter(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m || (!m[0].endsWith('(') && !/\(\s+$/.test(m[0]))) return m;
  return /^\p{Lu}/u.test(m.input.slice(m.index + m[0].length)) ? m : null;
}

/** The roster of the sentence after a title's, whose rest after the title is an aside at most. */
function rosterNext(flat: FlatText, span: Range): ReturnType<typeof rosterAfter> {
  const last = Math.max(span.start, span.end - 1);
  if (sentenceAt(flat.text, last).end - span.end > 40) return undefined;
  return rosterAfter(flat, last + 1);
}

/** Sentence form: a quoted, emphasised or linked title followed by "by X" / ", presented by X". */
export function titleBySpan(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const titles = new HeldTitles();
  for (const span of block.flat.spans) {
    if (span.kind === 'code') continue;
    // The connector first: most spans have none, and the other checks cost more.
    const by = capitalAfter(SPAN_CONNECTOR.exec(text.slice(span.end, span.end + 60)));
    const comma = by || span.kind === 'link' ? null : COMMA_NAMES.exec(text.slice(span.end));
    const withNames =
      by || comma || span.kind === 'link' ? null : WITH_NAMES.exec(text.slice(span.end));
    const whichRan =
      by || comma || withNames || span.kind === 'link'
        ? null
        : WHICH_RAN.exec(text.slice(span.end, span.end + 80));
    const roster =
      by || comma || withNames || whichRan || span.kind === 'link'
        ? null
        : rosterNext(block.flat, span);
    const conn = by ?? comma ?? withNames ?? whichRan ?? roster?.lead;
    if (!conn) continue;
    if (span.kind === 'link' && PROFILE_KINDS.has(classifyUrl(span.url ?? '').kind)) continue;
    let t: Range = innermostTitle(block.flat, span);
    let title = cleanTitle(text.slice(t.start, t.end));
    // "**Keynote — "Python and the Planet"**, Ann Lee.": the label says the kind, not the title.
    const labelled = stripKindLabel(title);
    const labelKind = labelled.label ? kindOf(labelled.label) : undefined;
    if (labelled.label) {
      const inner = cleanTitle(labelled.title);
      const at = text.indexOf(inner, t.start);
      if (at >= 0 && at + inner.length <= t.end) {
        t = { start: at, end: at + inner.length };
        title = inner;
      }
    }
    if (!titleLike(title) || bookLink(ctx, span.start, span.end)) continue;
    // "my colleague **Kevin Mutua** from **Twiga Labs**": a person from somewhere, no talk.
    // A person's name is set apart in bold or italics, not quoted: ""Multi-Tenancy Myths"
    // (Zainab Oyelowo)" is a title.
    if (
      (/\bfrom\s*$/.test(conn[0]) || (/\(\s*$/.test(conn[0]) && span.kind !== 'quote')) &&
      isPersonName(title)
    )
      continue;
    // "**Matz** (Yukihiro Matsumoto)": one word before a name in brackets is a nickname.
    if (conn[0].includes('(') && !title.includes(' ')) continue;
    if (
      /\b(author|authors|book|books|wrote|writer|read|reading|reread|novel|postmortem|post-mortem|making|creators?|director|designers?)\s+(of\s+|the\s+book\s+)?["“]?$/i.test(
        text.slice(Math.max(0, span.start - 20), span.start),
      )
    )
      continue;
    // From the sentence the title opens in to the one it ends in: a title may hold a "?".
    const sentence = {
      start: sentenceAt(text, span.start).start,
      end: sentenceAt(text, Math.max(span.start, span.end - 1)).end,
    };
    const after = roster
      ? namesAfter(ctx, roster.from, roster.to)
      : namesAfter(ctx, span.end + conn[0].length, Math.min(sentence.end + 1, text.length));
    if (!after.names.length) continue;
    // "— panel at *API Days Paris*, with A, B and C": the event it was at, not its title.
    if (!by && /\b(?:at|during)\s+$/.test(text.slice(Math.max(0, span.start - 8), span.start)))
      continue;
    if (!by && after.names.some((n) => !n.name.includes(' '))) continue;
    if (whichRan && !RAN_IT.test(text.slice(after.end, after.end + 20))) continue;
    // "was **Rustam Nazarov** with *Finding Bugs in Rust*": a person, then the title set apart.
    if (
      !by &&
      isPersonName(title) &&
      someSpanStarting(
        block.flat,
        after.names[0]!.start,
        after.names[0]!.start + 2,
        (s) => s.kind !== 'link',
      )
    )
      continue;
    // "**Dong-hyun Baek**, Mariana Coutinho, Ahmed Farouk": a list of people, the first set
    // apart; "**Quiet Harbours**, Mira Okafor and Ilse Brandt" is a title and its speakers.
    if (
      comma &&
      ((isPersonName(title) &&
        after.names.length > 1 &&
        text.slice(after.names[0]!.end, after.names[1]!.start).includes(',')) ||
        !LEAD_IN_ONLY.test(text.slice(sentence.start, span.start)) ||
        !/^\s*[.!?]?\s*$/.test(text.slice(after.end, sentence.end + 1)))
    )
      continue;
    if (titles.holds(t)) continue;
    titles.add(t);
    // The noun the connector names first ("T, a talk by X"), else one just around the title.
    const kind =
      labelKind ??
      (CONNECTOR_NOUN.test(conn[0])
        ? (kindOf(conn[0]) ?? 'talk')
        : (kindOf(text.slice(Math.max(0, span.start - 30), span.end + 15)) ??
          kindLeadingTo(text, span.start) ??
          'talk'));
    // "T" was the big panel, moderated by D. On stage were A, B and C.
    const rest = !roster && kind === 'panel' ? rosterAfter(block.flat, after.end) : undefined;
    const more = rest ? namesAfter(ctx, rest.from, rest.to).names : [];
    hits.push({
      block,
      title: { text: title, start: t.start, end: t.end },
      kind,
      names: [...after.names, ...more.filter((n) => !after.names.some((m) => m.name === n.name))],
      at: { start: t.start, end: t.end },
      family: 'span-by',
    });
  }
  return hits;
}
