import type { Block } from './blocks.ts';
import type { TalkHit } from './hits.ts';
import type { NameFound } from './names.ts';
import { namesStartingAt } from './patterns/name-before.ts';
import { chairAfter } from './patterns/names-after.ts';
import { inNegativeSection } from './sections.ts';

// A session's people given in a sentence of their own, after the session is named: "On the
// panel were A, B and C", "On stage: A (moderating), B and C", "Four people on stage — A, B, C
// and D", "I moderated it, with A, B and C on stage", "Closing keynote time. Up on stage: X".
const ROSTER_BEFORE =
  /\bon\s+(?:the\s+)?(?:panel|stage)\s+(?:were|was|sat)\s+|\b(?:on\s+stage|panel(?:l)?ists|(?:people|guests|speakers)\s+on\s+(?:the\s+)?stage)\s*(?:[:—–]|\s-\s)\s*/gi;
const WITH = /\bwith\s+/gi;
const ON_STAGE_AFTER = /^\s+on\s+(?:the\s+)?(?:stage|panel)\b/i;
// The session the roster is of: a panel, or a keynote ("Closing keynote time. Up on stage: X").
const SESSION = /\b(panel|keynote)/gi;
const lastSession = (text: string) => {
  let kind: 'panel' | 'keynote' | undefined;
  for (const m of text.matchAll(SESSION)) kind = m[1]!.toLowerCase() as 'panel' | 'keynote';
  return kind;
};

/** The people of a roster in `block`, and where it is, or undefined. */
function rosterOf(block: Block): { names: NameFound[]; start: number; end: number } | undefined {
  const text = block.flat.text;
  const read = (at: number, needsStage: boolean) => {
    const list = namesStartingAt(block, at);
    if (!list.names.length || list.names[0]!.start !== 0) return undefined;
    const end = at + list.end;
    if (needsStage && !ON_STAGE_AFTER.test(text.slice(end, end + 20))) return undefined;
    const chair = chairAfter(block, end);
    const names = list.names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));
    return { names: [...names, ...chair.names], start: at, end: chair.end };
  };
  for (const m of text.matchAll(ROSTER_BEFORE)) {
    const found = read(m.index + m[0].length, false);
    if (found) return found;
  }
  if (!/\bon\s+(?:the\s+)?(?:stage|panel)\b/i.test(text)) return undefined;
  for (const m of text.matchAll(WITH)) {
    const found = read(m.index + m[0].length, true);
    if (found) return found;
  }
  return undefined;
}

/**
 * Gives a panel or a keynote named without its people (""Is Java Still Cool?", a panel
 * discussion") the roster a later sentence of its paragraph gives, or the paragraph after its
 * own. A roster in a paragraph that, or whose block before, speaks of a panel or a keynote no
 * hit was read for is an untitled session of its own: a panel of two people or more, or a
 * keynote of one.
 */
export function sessionRosters(hits: readonly TalkHit[], blocks: readonly Block[]): TalkHit[] {
  const out = [...hits];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'item') continue;
    const text = block.flat.text;
    if (!text.includes('stage') && !text.includes('anel')) continue;
    // As for every family's hits: "People I met", a reading list, next year's line-up.
    if (inNegativeSection(blocks, block)) continue;
    const roster = rosterOf(block);
    if (!roster) continue;
    const previous = blocks[block.index - 1];
    const kind =
      lastSession(text.slice(0, roster.start)) ??
      (previous ? lastSession(previous.flat.text) : undefined);
    // A panel's roster names two people or more; one alone is a keynote's speaker.
    if (!kind || (kind === 'panel') !== roster.names.length > 1) continue;
    // Already some hit's people: "a panel with A, B and C on stage".
    if (
      out.some((h) => h.block === block && h.names.some((n) => n.start === roster.names[0]!.start))
    )
      continue;
    const target = out.findLastIndex(
      (h) =>
        h.kind === kind &&
        !h.names.length &&
        !h.presenters?.length &&
        ((h.block === block && h.at.end <= roster.start) ||
          (h.block === previous && previous.kind !== 'heading')),
    );
    if (target >= 0) {
      out[target] = { ...out[target]!, presenters: roster.names.map((name) => ({ block, name })) };
      continue;
    }
    if (out.some((h) => h.block === block && h.kind === kind)) continue;
    const at = out.findIndex((h) => h.block.index > block.index);
    const hit: TalkHit = {
      block,
      title: null,
      label: kind === 'panel' ? 'Panel' : 'Keynote',
      kind,
      names: roster.names,
      at: { start: roster.start, end: roster.end },
      family: 'session-roster',
    };
    if (at < 0) out.push(hit);
    else out.splice(at, 0, hit);
  }
  return out;
}
