import type { Block } from './blocks.ts';
import type { TalkHit } from './hits.ts';
import { collapseSpaces } from './text-tools.ts';

/**
 * The points a post lists for a talk: the items of its own section, or of the list its line
 * introduces; not those another talk claimed, and at most 30.
 */
export function takeawaysOf(
  hit: TalkHit,
  blocks: readonly Block[],
  claimed: Set<number>,
): string[] {
  const items = hit.body
    ? hit.body.filter((b) => b.kind === 'item' && b.depth === 1)
    : blocks.filter(
        (b) =>
          b.kind === 'item' &&
          b.depth === 1 &&
          b.listIntro === hit.block.index &&
          hit.block.kind !== 'item',
      );
  return items
    .filter((b) => !claimed.has(b.index))
    .map((b) => collapseSpaces(b.flat.text).trim())
    .filter(Boolean)
    .slice(0, 30);
}
