import type { FlatText } from '../flat-text.ts';
import { kindOf, type PatternContext, type Range, sessionLabel, type TalkHit } from '../hits.ts';
import { looksLikeOrg, readNameList } from '../names.ts';
import { sectionBody } from '../sections.ts';
import { cleanTitle, innermostTitle, sentences, stripKindLabel, titleLike } from '../text-tools.ts';
import { bookLink } from './book-link.ts';
import { commaListItem } from './comma-list.ts';
import { labelThenNames } from './label-then-names.ts';
import {
  beforeRating,
  headingLikeLine,
  mayBeHeadingLike,
  setApart,
  talkLinked,
} from './line-shapes.ts';
import { namesAfter } from './names-after.ts';
import { reverseReading } from './reverse-reading.ts';

// "Title by X", "Title from X", "Title - X", "Title, presented by X", "Title (X, Y)"; and the
// reverse "X - Title" for list items and headings.
const CONNECTOR =
  /(?:\s*,|\s+[—–-])?\s+(?:(?:presented|co-presented|given|held|delivered|hosted|led|run|taught)\s+by|by|from)\s+|\s+[-–—|]\s+|\s*\(\s*(?=\p{Lu})|\s*,\s+(?=\p{Lu})/giu;
const NOT_SPEAKING_BY = /\b(?:sponsored|organi[sz]ed|powered|funded|supported|catered|won)\s*$/i;
// "Photos by Callum Reid", "Theme music by X": a credit line, whole, for who made something.
const CREDIT =
  /^\s*(?:[\p{L}-]+\s+){0,2}(?:photos?|photographs?|photography|pictures?|images?|illustrations?|drawings?|sketchnotes?|artwork|music|editing|edited|transcription|transcribed|translation|translated|cover art)\s*$/iu;

/**
 * The title set apart at the end of `left` (the line before its connector), when the writer's
 * own words in lower case come before it ("Stayed in Stage 1 for **T**") or a lead-in with a colon
 * ("Kwame's pick: "T""): its range.
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
  const before = left.slice(Math.max(0, span.start - 80), span.start);
  return (OWN_WORDS.test(before) || PICK_LEAD.test(before)) &&
    titleLike(title) &&
    title.includes(' ')
    ? { start: t.start, end: t.end }
    : undefined;
}

/**
 * The title set apart at the start of a line, when a dash and the writer's own words in lower
 * case come between it and the connector at `end` ("**T** — a crisp thirty minutes from X").
 */
function leadTitleSpan(flat: FlatText, line: string, end: number): Range | undefined {
  const span = flat.spans.find(
    (s) =>
      (s.kind === 'strong' || s.kind === 'emphasis' || s.kind === 'quote') &&
      s.start <= 2 &&
      s.end < end,
  );
  if (!span || !OWN_WORDS_AFTER.test(line.slice(span.end, end))) return undefined;
  const t = innermostTitle(flat, span);
  return titleLike(cleanTitle(line.slice(t.start, t.end)))
    ? { start: t.start, end: t.end }
    : undefined;
}
const OWN_WORDS_AFTER = /^["”’*_]*\s*[—–-]\s+\p{Ll}[^—–]*$/u;

// "Kwame's pick: ", "Our favourite: ": a lead-in of the writer's, ending in a colon.
const PICK_LEAD = /(?:^|\s)[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2}:\s*["“„«]?$/u;
// "Stayed in Stage 1 for ", "then caught ": the writer's words, ending in one that leads to
// what they went to.
const OWN_WORDS =
  /\p{L}+\s+(?:\S+\s+)*?(?:for|to|at|into|caught|saw|attended|watched|joined|then)\s+["“„«]?$/u;

// "missed the Web Components workshop by X", "A live demo by X", "the workshop on Rust macros
// run by X": the writer's words for a session, not its title, which the patterns for untitled
// sessions read. A title writes its nouns in capitals ("The Talk That Never Was").
const SESSION_NOUN = '(?:workshop|talk|keynote|panel|demo|session|tutorial)s?';
const DESCRIBED = new RegExp(
  `^\\p{Ll}.*\\s${SESSION_NOUN}$|^(?:[Aa]n?|[Tt]he)\\s+(?:\\S+\\s+){0,3}?${SESSION_NOUN}\\b`,
  'u',
);
// A label alone ("The opening keynote (Ann Lee)") is read here, and made a label after.
const described = (title: string) => DESCRIBED.test(title) && !sessionLabel(title);

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
  if (!mayBeHeadingLike(block.flat)) return [];
  const newline = block.flat.text.indexOf('\n');
  const lineEnd = beforeRating(block.flat.text, newline < 0 ? block.flat.text.length : newline);
  // Or opens with a title set apart, then its speaker: "**Sturdy Queues** — Ann Lee", or with
  // a schedule's time: "**09:00** *Sturdy Queues* — Ann Lee".
  if (!headingLikeLine(block.flat, lineEnd)) return [];
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
  lineEnd = beforeRating(text, lineEnd);
  const line = text.slice(0, lineEnd);
  // A heading's label and names are read with what is under it (see `headingTalk`).
  const session = block.kind === 'heading' ? undefined : labelThenNames(ctx, line, lineEnd);
  if (session) return [session];
  CONNECTOR.lastIndex = 0;
  let best: TalkHit | undefined;
  let commaOk: boolean | undefined;
  // Where the names of the best reading so far end: a connector among them is theirs ("T — a
  // panel with A and B, moderated by C"), and reads no title of its own.
  let read = 0;
  for (let m = CONNECTOR.exec(line); m; m = CONNECTOR.exec(line)) {
    if (m.index < read) continue;
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
    if (!titleLike(title) || described(title) || bookLink(ctx, 0, m.index)) continue;
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
    // The raw side: cleaning drops a "(keynote)" note that says the kind; else the words
    // before the names ("— a panel with A and B").
    const kind =
      kindOf(labelled.label ?? '') ??
      kindOf(left) ??
      (after.names.length ? kindOf(line.slice(m.index, after.names[0]!.start)) : undefined) ??
      (after.names.length
        ? kindOf(KIND_NOTE.exec(line.slice(after.names.at(-1)!.end))?.[1] ?? '')
        : undefined) ??
      'talk';
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
      read = after.end;
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
      // "**T** — a crisp thirty minutes from X": the writer's words after the title set apart.
      const lead = leadTitleSpan(block.flat, line, m.index);
      if (lead) {
        best = {
          block,
          title: { text: cleanTitle(line.slice(lead.start, lead.end)), ...lead },
          kind,
          names: after.names,
          at: lead,
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
    // So is a side linked to the talk's video or slides ("Jane Losare-Lusby — [Error
    // Handling](https://youtu.be/…)").
    const forwardMarked = setApart(block.flat, best.title!) || talkLinked(block.flat, best.title!);
    if (
      forwardMarked !==
      (setApart(block.flat, reverse.title!) || talkLinked(block.flat, reverse.title!))
    )
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

// "**T** by Ann Lee (keynote)": a note after the names that says only the session's kind.
const KIND_NOTE =
  /^\s*(?:\([^()]*\)\s*)?\((?:an?\s+|the\s+)?(?:opening\s+|closing\s+|short\s+|invited\s+)?(keynote|lightning\s+talk|workshop|panel|tutorial|demo)s?(?:\s*[,;]\s*[^()]{0,20})?\)/i;

const LABEL_TAIL = /^[:–—-]\s*(\S.*)$/;
// "… — Ann Lee and Bo Chen co-presented", "… — Tyler Mandry walks through the design": the
// names are who gave it.
const PRESENTED =
  /^(?:co-)?presented\b|^(?:gave|ran|led|taught)\s+it\b|^(?:walk(?:s|ed)|takes|took|talk(?:s|ed)|explain(?:s|ed)|show(?:s|ed)|presents|demo(?:s|ed)|argu(?:es|ed)|shar(?:es|ed)|describ(?:es|ed))\b/i;

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
