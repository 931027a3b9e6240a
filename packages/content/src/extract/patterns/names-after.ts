import type { Block } from '../blocks.ts';
import type { PatternContext } from '../hits.ts';
import { type NameFound, ORG_WORDS, readNameList } from '../names.ts';
import { someSpanStarting } from '../text-tools.ts';
import { namesStartingAt } from './name-before.ts';

// The people after a title's connector ("by", a dash, "with", a comma): a list of names, maybe
// described first ("two executive coaches, A and B") or with a team for their affiliation,
// and a panel's moderator or panelists after them.

const PANELISTS =
  /^\s*,\s*with\s+(?:(?:the\s+)?(?:panelists|panellists|guests)\s+)?(?=\p{Lu})|^\s*,?\s*(?:with|and)\s+(?:the\s+)?(?:panelists|panellists|guests)\s+(?=\p{Lu})/u;
const FILLER_BEFORE_NAMES =
  /^(?:(?:two|three|four|several|some|a few|the)\s+)?(?:members?|memobers?|folks|people|engineers|developers|speakers)\s+(?:of|from)\s+(?:the\s+)?([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})\s+team\s*,\s*/u;
// "run by two executive coaches, Nalini Iyer and Gerrit Vos", "from the mobile lead at Danish
// bank Søfartsbanken, Freja Dahl": what they are, then who.
const DESCRIBED_FIRST =
  /^(?:two|three|four|both|a|an|the|my|our|their)\s+[^,.;:!?()\n]{2,60}?,\s+(?=\p{Lu})/u;
const WITH_LEAD =
  /^(?:(?:a|an|the)\s+)?(?:(?:panel|fireside chat|conversation)(?:\s+discussion)?\s+)?with\s+(?=\p{Lu})/u;
const EMPLOYER_AFTER = new RegExp(
  String.raw`^\s+(?:from|of|at)\s+(${ORG_WORDS})(?=\s*(?:[.!;]|$))`,
  'u',
);
/** "…, moderated by D", "; moderator: D", ", and the moderator was D": a panel's chair after its people. */
// "chaired by the summit's host, Femi Adegoke": who the person is may come first.
export const CHAIRED_BY =
  /^\s*[,;]?\s*(?:and\s+)?(?:(?:moderated|chaired|hosted)\s+by(?:\s+the\s+[^,.;:!?()]{1,40},)?|(?:the\s+)?(?:moderator|chair|host)(?:\s*:|\s+was)?)\s+(?=\p{Lu})/u;

/**
 * The chair `CHAIRED_BY` names after a panel's people, who end at `end` in the block's text:
 * their names at their offsets there, and where they end (`end` when there is none).
 */
export function chairAfter(block: Block, end: number): { names: NameFound[]; end: number } {
  const chair = CHAIRED_BY.exec(block.flat.text.slice(end, end + 80));
  if (!chair) return { names: [], end };
  const from = end + chair[0].length;
  const list = namesStartingAt(block, from);
  const names = list.names.map((n) => ({ ...n, start: n.start + from, end: n.end + from }));
  return { names, end: names.length ? from + list.end : end };
}

/** Reads the names after a connector; `at` is the offset in the block text. */
export function namesAfter(
  ctx: PatternContext,
  at: number,
  lineEnd: number,
): { names: NameFound[]; end: number; org?: string; affiliation?: string } {
  const text = ctx.block.flat.text;
  // "T — with Ann Lee and Bo Chen", "T — a panel with Ann Lee and Bo Chen".
  let from = at + (WITH_LEAD.exec(text.slice(at, at + 40))?.[0].length ?? 0);
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
  // "— Alex Matrosov from Binarly.": where the last person works, to the end of the line.
  const works = names.length ? EMPLOYER_AFTER.exec(text.slice(end, lineEnd)) : null;
  if (works) {
    // The sentence's full stop is no part of the name.
    const org = works[1]!.replace(/\.+$/, '');
    const last = names[names.length - 1]!;
    names[names.length - 1] = { ...last, affiliation: last.affiliation ?? org };
    end += works[0].length - (works[1]!.length - org.length);
  }
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
