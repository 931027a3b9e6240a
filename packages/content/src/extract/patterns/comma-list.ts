import type { Block } from '../blocks.ts';
import type { PatternContext } from '../hits.ts';
import { readNameList } from '../names.ts';

/** The first line of an item, up to where the next line starts. */
const firstLine = (block: Block) => {
  const text = block.flat.text;
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
};

/** Whether a line ends in ", " and names, with nothing after them. */
function endsInNames(line: string): boolean {
  // The names may have their company after them: "T, Ann Lee, Acme".
  for (let at = line.lastIndexOf(', '), tries = 0; at >= 0 && tries < 2; tries++) {
    const tail = line.slice(at + 2).trim();
    const list = readNameList(tail);
    if (list.names.length > 0 && list.end >= tail.length - 1) return true;
    at = line.lastIndexOf(', ', at - 1);
  }
  return false;
}

/**
 * Whether `ctx.block` is an item ending in names in a list where the item before or after it
 * ends in names too: one line of "Title, Name" is no evidence, a list of them is.
 */
export function commaListItem(ctx: PatternContext): boolean {
  const { block, blocks } = ctx;
  if (block.kind !== 'item' || !endsInNames(firstLine(block))) return false;
  const sibling = (b: Block | undefined) =>
    b !== undefined &&
    b.kind === 'item' &&
    b.depth === block.depth &&
    b.listIntro === block.listIntro &&
    endsInNames(firstLine(b));
  for (const step of [-1, 1])
    for (let i = block.index + step, seen = 0; seen < 3 && i >= 0 && i < blocks.length; i += step) {
      const b = blocks[i]!;
      // An item's later paragraphs stand between it and the next item.
      if (b.kind !== 'item') {
        if (b.parentItem === undefined) break;
        continue;
      }
      seen++;
      if (sibling(b)) return true;
      if (b.depth === block.depth) break;
    }
  return false;
}
