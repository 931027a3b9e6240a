import type { Block } from '../blocks.ts';
import { kindOf, type PatternContext, sessionLabel, type TalkHit } from '../hits.ts';
import type { NameFound } from '../names.ts';
import { namesAfter } from './names-after.ts';

// "Opening keynote: Ann Lee", "Closing keynote, Ann Lee (Acme)", "Keynote: Ann Lee on trust":
// a line that gives a session's label, then its people, then at most what it was about. A
// title after the names ("Keynote: Ann Lee, "T"") is left to the patterns that read titles.
const LABEL_THEN = /^\s*([\p{L}\d# ]{3,40}?)\s*([:,])\s+(?=\p{Lu})/u;
const NOTHING_MORE = /^[\s.;!]*$|^\s+(?:on|about)\s/;
// "She opened with…": the next block speaks of one person, as it would not of a title.
const SPOKEN_OF = /^\s*(?:she|he|her|his)\b/i;
// How many blocks after the line may speak of the person by name.
const NEAR_BLOCKS = 4;

/**
 * After a label's colon a title may stand as well ("Panel: Leading Through Layoffs", "Keynote:
 * Open Source Futures"), and has a name's shape: the names are a person's when there are
 * several, when one comes with an employer or a handle, when one of their words is written
 * again nearby ("Hélène showed…"), as a heading's are (see `headingTalk`), or when the next
 * block opens by speaking of a person ("She…").
 */
function peopleAfterColon(blocks: readonly Block[], block: Block, names: NameFound[]): boolean {
  if (names.length > 1 || names.some((n) => n.affiliation || n.role)) return true;
  const words = names[0]!.name.split(/\s+/).filter((w) => w.length > 2);
  const rest = block.flat.text.slice(names[0]!.end);
  if (words.some((w) => rest.includes(w))) return true;
  for (let i = block.index + 1; i < blocks.length && i <= block.index + NEAR_BLOCKS; i++)
    if (words.some((w) => blocks[i]!.flat.text.includes(w))) return true;
  const next = blocks[block.index + 1];
  return next !== undefined && next.kind !== 'heading' && SPOKEN_OF.test(next.flat.text);
}

/**
 * The people of an untitled session a line names by its label ("Opening keynote: Ann Lee"),
 * with the label's range; `line` is the block's text up to `lineEnd`.
 */
export function labelThenPeople(
  ctx: PatternContext,
  line: string,
  lineEnd: number,
): { label: { text: string; start: number; end: number }; names: NameFound[] } | undefined {
  const m = LABEL_THEN.exec(line);
  if (!m || !sessionLabel(m[1]!)) return undefined;
  const after = namesAfter(ctx, m[0].length, lineEnd);
  if (!after.names.length || !NOTHING_MORE.test(line.slice(after.end))) return undefined;
  if (m[2] === ':' && !peopleAfterColon(ctx.blocks, ctx.block, after.names)) return undefined;
  const start = m[0].indexOf(m[1]!);
  return { label: { text: m[1]!, start, end: start + m[1]!.length }, names: after.names };
}

/** `labelThenPeople` as a hit, titled by its label, which `untitledIfLabel` makes its label. */
export function labelThenNames(
  ctx: PatternContext,
  line: string,
  lineEnd: number,
): TalkHit | undefined {
  const found = labelThenPeople(ctx, line, lineEnd);
  if (!found) return undefined;
  const { label, names } = found;
  return {
    block: ctx.block,
    title: label,
    kind: kindOf(label.text) ?? 'talk',
    names,
    at: { start: label.start, end: label.end },
    family: 'title-by',
  };
}
