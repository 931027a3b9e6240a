import type { TalkHit } from './hits.ts';
import { readNames } from './names.ts';
import { sentenceAt } from './text-tools.ts';

// "My favourite session was "T". Tobias Engqvist gave it in the smallest room.": the people
// the next sentence opens with, then says did it.
const DID_IT = /^\s+(?:gave|presented|delivered|ran|led|did|taught|hosted|co-presented)\s+it\b/;

/**
 * The hits with the speakers the sentence after each titled one names, when it has none of its
 * own and that sentence opens with full names that then "gave it" (or presented it, ran it).
 */
export function givenInNextSentence(hits: readonly TalkHit[]): TalkHit[] {
  return hits.map((hit) => {
    if (!hit.title || hit.names.length || hit.presenters?.length) return hit;
    const text = hit.block.flat.text;
    const own = sentenceAt(text, hit.title.start);
    if (own.end >= text.length) return hit;
    const next = sentenceAt(text, own.end);
    const at = next.start + (/^\s*/.exec(text.slice(next.start))?.[0].length ?? 0);
    const list = readNames(text.slice(at, Math.min(next.end, at + 200)));
    if (!list.names.length || list.names.some((n) => !n.name.includes(' '))) return hit;
    if (!DID_IT.test(text.slice(at + list.end, at + list.end + 20))) return hit;
    return {
      ...hit,
      names: list.names.map((n) => ({ ...n, start: n.start + at, end: n.end + at })),
    };
  });
}
