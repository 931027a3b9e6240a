import type { Block } from '../blocks.ts';
import { kindOf, labelCase, type PatternContext, type TalkHit } from '../hits.ts';
import { isPersonName, type NameFound, readNameList } from '../names.ts';
import { inTalkSection, sectionBody } from '../sections.ts';
import { cleanTitle, stripKindLabel, titleLike } from '../text-tools.ts';
import { classifyUrl } from '../url-kind.ts';
import { presentersOpening } from './section-presenters.ts';

// A heading that names a talk: its presenters are on the next line ("By X, Org."), or the
// subject of the first sentence below ("X presented...", "X did a talk on..."), or it links
// to a session page or a recording, or it stands under a "Talks" heading.
const SESSION_URL =
  /\/(sessions?|talks?|presentations?|program|agenda|schedule|event)\/|sched\.(org|com)\/event|\/watch\?v=|youtu\.be|vimeo\.com/i;

// Words of a heading that only names when: "Day one", "Day 2 - Tuesday, 17 Nov", "Morning".
const WHEN_WORD =
  '(?:\\d+(?:st|nd|rd|th)?|day|days|one|two|three|four|five|first|second|third|fourth|fifth|last|final|the|of|and|morning|afternoon|evening|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ONLY_WHEN = new RegExp(`^(?:${WHEN_WORD}(?:[\\s,.:;/()–—-]+|$))+$`, 'i');
const NAMES_A_DAY =
  /\b(?:day|days|morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\d/i;

/** A heading that names a day or a date ("Day one", "Tuesday, 17 Nov"): a section, not a talk. */
function namesWhen(text: string): boolean {
  return NAMES_A_DAY.test(text) && ONLY_WHEN.test(text.trim());
}

// A heading that only says which session it is ("The opening keynote", "Closing general
// session"): an untitled session, not a talk titled so.
const ONLY_A_SESSION =
  /^(?:the\s+)?(?:(?:opening|closing|first|second|third|final|last|morning|afternoon|main)\s+)?(?:keynote|general session|plenary(?: session)?)$/i;

// A heading that names a part of the post ("Honourable mentions", "My highlights", "Other
// talks"), what its sessions were ("Ignites!", "And the lightning talks") or points at one
// ("Start with the keynote"): the sessions under it have titles of their own, or none.
const SECTION_NAME =
  /^(?:(?:and|then|my|the|some|other|more|final|honou?rable|best|also|quick|random|top\s+\d+)\s+)*(?:mentions?|highlights?|favou?rites|faves|picks|standouts|takeaways?|thoughts|summary|recap|wrap-?up|conclusions?|overview|introduction|intro|rest|others|talks|sessions|keynotes|ignites?|lightning(?:[- ]talks?)?|workshops|panels|tutorials|demos)!?$|^\p{L}+(?:\s+\p{L}+){0,3}\s+the\s+(?:(?:opening|closing|first|last)\s+)?(?:keynote|talk|workshop|panel)!?$/iu;

/**
 * The people a labelled heading names and nothing else ("Keynote: Ann Lee", "Workshop - Ann
 * Lee and Bo Chen"), with offsets in the heading's text; undefined when it names a title.
 */
function labelledPeople(
  text: string,
  rest: string,
  body: readonly Block[],
): NameFound[] | undefined {
  const at = text.lastIndexOf(rest);
  const list = readNameList(rest);
  if (at < 0 || !list.names.length || list.end < rest.length - 1) return undefined;
  if (!list.names.every((n) => isPersonName(n.name))) return undefined;
  // "Lightning talk: Parquet Footers, Explained": a title's last word, not an employer.
  if (list.names.some((n) => n.affiliation && TITLE_TAIL.test(n.affiliation))) return undefined;
  // "Panel: Leading Through Layoffs" has a name's shape too: a person is spoken of below by
  // one of their names ("Steve opened the day...").
  const words = list.names.flatMap((n) => n.name.split(/\s+/)).filter((w) => w.length > 2);
  if (!body.some((b) => words.some((w) => b.flat.text.includes(w)))) return undefined;
  return list.names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));
}

const TITLE_TAIL = /^(?:\p{Lu}\p{Ll}+ed|Redux|Again|Reloaded|Unplugged|Unleashed)$/u;

const KIND_BY =
  /^\s*(?:(?:a|an|the)\s+)?(keynote|workshop|tutorial|panel|lightning talk)(?:\s+(?:(?:presented|given|led|run)\s+)?by\b|\s*[·|•–—]\s*(?=\p{Lu}))/iu;

export function headingTalk(ctx: PatternContext): TalkHit[] {
  const { block, blocks } = ctx;
  if (block.kind !== 'heading' || block.depth < 2) return [];
  const text = block.flat.text;
  const quoted = block.flat.spans.find((s) => s.kind === 'quote' && s.end - s.start > 2);
  const unlabelled = stripKindLabel(cleanTitle(text));
  const headingKind = kindOf(unlabelled.label ?? text);
  const body = sectionBody(blocks, block);
  const named = unlabelled.label ? labelledPeople(text, unlabelled.title, body) : undefined;
  if (named) {
    const label = labelCase(unlabelled.label!);
    return [
      {
        block,
        title: null,
        label,
        kind: kindOf(label) ?? 'talk',
        names: named,
        at: { start: 0, end: text.length },
        family: 'heading',
        body,
      },
    ];
  }
  let title =
    quoted && headingKind ? cleanTitle(text.slice(quoted.start, quoted.end)) : unlabelled.title;
  if (!titleLike(title) || namesWhen(title) || SECTION_NAME.test(title)) return [];
  // Before any sub-heading: "## Session 1", "### T", then T's presenters, are not Session 1's.
  // A blockquote first under the heading may be its byline ("> A talk by Inês Carvalho.").
  const opening = body.find(
    (b) =>
      b.kind === 'paragraph' || b.kind === 'item' || b.kind === 'heading' || b.kind === 'quote',
  );
  const first = opening?.kind === 'heading' ? undefined : opening;
  const presenters = first
    ? presentersOpening(blocks, first).map((name) => ({ block: first, name }))
    : [];
  if (ONLY_A_SESSION.test(title)) {
    if (!presenters.length) return [];
    const at = { start: 0, end: text.length };
    const label = labelCase(title);
    const kind = /keynote/i.test(title) ? 'keynote' : 'general-session';
    return [
      { block, title: null, label, kind, names: [], presenters, at, family: 'heading', body },
    ];
  }
  // "*Workshop by Ann Lee and Bo Chen*" under the heading says what kind of session it is.
  const presentedAs = presenters.length && first ? KIND_BY.exec(first.flat.text)?.[1] : undefined;
  const link = block.flat.spans.find((s) => s.kind === 'link');
  const linksToTalk = Boolean(
    link && (SESSION_URL.test(link.url ?? '') || classifyUrl(link.url ?? '').kind === 'video'),
  );
  if (
    !presenters.length &&
    !linksToTalk &&
    !(headingKind && quoted) &&
    !inTalkSection(blocks, block)
  )
    return [];
  if (quoted && headingKind) title = cleanTitle(text.slice(quoted.start, quoted.end));
  const at =
    quoted && headingKind
      ? { start: quoted.start, end: quoted.end }
      : { start: 0, end: text.length };
  return [
    {
      block,
      title: { text: title, ...at },
      kind: headingKind ?? kindOf(presentedAs ?? '') ?? 'talk',
      names: [],
      presenters,
      at,
      // Only the presenter line says this heading is a talk: a titled talk in the paragraph
      // below, given by the same people, is then the talk and the heading just a section name.
      family:
        linksToTalk || (headingKind && quoted) || inTalkSection(blocks, block)
          ? 'heading'
          : 'heading-weak',
      body,
    },
  ];
}
