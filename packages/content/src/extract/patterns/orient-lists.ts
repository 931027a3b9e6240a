import type { Block } from '../blocks.ts';
import type { TalkHit } from '../hits.ts';
import { endsInOrdinaryWord } from './lower-case-words.ts';

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
