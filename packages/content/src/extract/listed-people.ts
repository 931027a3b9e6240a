import type { Block } from './blocks.ts';
import type { Span } from './flat-text.ts';
import { type NameFound, readNameList } from './names.ts';
import { inNegativeSection } from './sections.ts';

// Recaps often thank the speakers in one list before reporting on some of them: "thanks to
// **Rich Hickey**, **Dan North** (DWZ Trading) and **Patrick Debois**". Someone set apart in
// such a list beside people the post reports as speakers gave a talk too, even when the post
// says no more of it. A list of people none of whom spoke (thanks to the organisers) stays
// as it is: most of its names must be speakers already.
const MIN_LIST = 3;
const MIN_KNOWN = 2;

const SET_APART: ReadonlySet<Span['kind']> = new Set(['strong', 'link', 'emphasis']);

// A name counts as set apart when a span of its own covers it: one that starts at most two
// characters before it and ends at most two after (the spaces or punctuation inside `**...**`).
const SLACK = 2;

/** The ends of the set-apart spans of a block, by where they start. */
function setApartSpans(spans: readonly Span[]): Map<number, number[]> {
  const byStart = new Map<number, number[]>();
  for (const s of spans) {
    const ends = byStart.get(s.start);
    if (ends) ends.push(s.end);
    else byStart.set(s.start, [s.end]);
  }
  return byStart;
}

/** Whether `name` is set apart in bold, italics or a link of its own (not inside a longer one). */
function setApart(byStart: ReadonlyMap<number, readonly number[]>, name: NameFound): boolean {
  for (let start = name.start; start >= name.start - SLACK; start--)
    for (const end of byStart.get(start) ?? [])
      if (end >= name.end && end - start <= name.end - name.start + SLACK) return true;
  return false;
}

/**
 * The people of lists in `blocks` who stand beside at least two people already known to be
 * speakers (`isSpeaker`), and who are not known themselves. Only lists of three or more names,
 * each set apart as the writer set the speakers apart, and at least half speakers, count.
 * @example listedPeople(blocks, (n) => n === 'Dan North' || n === 'Ade Oshineye')
 */
export function listedPeople(
  blocks: readonly Block[],
  isSpeaker: (name: string) => boolean,
): { block: Block; name: NameFound }[] {
  const found: { block: Block; name: NameFound }[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'row') continue;
    const spans = block.flat.spans.filter((s) => SET_APART.has(s.kind));
    if (spans.length < MIN_LIST || inNegativeSection(blocks, block)) continue;
    const byStart = setApartSpans(spans);
    let consumed = -1;
    for (const span of spans) {
      if (span.start < consumed) continue;
      const { names, end } = readNameList(block.flat.text.slice(span.start));
      if (names.length < MIN_LIST) continue;
      consumed = span.start + end;
      const listed = names.map((n) => ({
        ...n,
        start: n.start + span.start,
        end: n.end + span.start,
      }));
      if (!listed.every((n) => setApart(byStart, n))) continue;
      const known = listed.filter((n) => isSpeaker(n.name)).length;
      if (known < MIN_KNOWN || 2 * known < listed.length) continue;
      for (const name of listed) if (!isSpeaker(name.name)) found.push({ block, name });
    }
  }
  return found;
}
