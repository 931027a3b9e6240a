import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { type NameFound, ORG_WORDS, readNameList } from '../names.ts';
import { titleWord } from '../plain-title.ts';
import { cleanTitle, isRole, spansAround, titleCased, titleLike } from '../text-tools.ts';
import { classifyUrl, PROFILE_KINDS } from '../url-kind.ts';
import { setApart } from './line-shapes.ts';
import { writtenInLowerCase } from './lower-case-words.ts';
import { firstUnder, presentersOpening } from './section-presenters.ts';

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

const ORG_AFTER_NAME = new RegExp(String.raw`\s+(?:from|of|at)\s+(${ORG_WORDS})\s*$`, 'u');

/**
 * "X - Title", "X | Title", "X: Title" (a colon right after the name, its handle or its
 * company in brackets), "X from Org: Title", and in a list "X on Title".
 */
export function reverseReading(
  ctx: PatternContext,
  line: string,
  lineEnd: number,
): TalkHit | undefined {
  const { block } = ctx;
  const dash = /\s+[-–—:|]\s+|(?<=\p{L}|\)):\s+|\s+on\s+(?=\p{Lu})/u.exec(line);
  // "Ann Lee on Sturdy Queues" is a line-up's; in a heading, "on" is as often a topic's.
  const on = dash?.[0].trim() === 'on';
  if (dash && on && block.kind !== 'item') return undefined;
  if (dash) {
    // "**Kofi Boateng** from Paystack: *T*": where the person works, between name and title.
    const org = ORG_AFTER_NAME.exec(line.slice(0, dash.index));
    const lead = line.slice(0, org ? org.index : dash.index);
    const loose = readNameList(lead, { single: true });
    // Whatever reads as names strictly reads as names loosely too.
    if (!loose.names.length) return undefined;
    // A lone first name counts when it is linked to a profile.
    const list = linkedName(ctx, loose.names, 0) ? loose : readNameList(lead);
    // "X — [T](video). Great talk.": a title set apart or linked ends where its span does.
    const from = dash.index + dash[0].length;
    const own = block.flat.spans.find(
      (s) => s.kind !== 'code' && s.start >= from && s.start <= from + 1 && s.end < lineEnd - 1,
    );
    const titleEnd =
      own && /^["”’'“»]?[.!?]\s/.test(line.slice(own.end, own.end + 3)) ? own.end : lineEnd;
    const title = cleanTitle(line.slice(from, titleEnd));
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
      list.end >= lead.length - 1 &&
      titleLike(title) &&
      (!on || (titleCased(title) && title.includes(' '))) &&
      !othersPresent(ctx, list.names)
    ) {
      const start = dash.index + dash[0].length;
      return {
        block,
        title: { text: title, start, end: titleEnd },
        kind: kindOf(line.slice(start)) ?? 'talk',
        names: org
          ? list.names.map((n) => ({ ...n, affiliation: n.affiliation ?? org[1] }))
          : list.names,
        at: { start, end: titleEnd },
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
