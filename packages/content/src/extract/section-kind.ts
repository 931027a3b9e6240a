import type { Block } from './blocks.ts';
import { kindOf, type TalkHit } from './hits.ts';

// A heading that names the kind of everything under it: "Lightning talks", "Day 2: Workshops",
// "Opening keynotes", "Ignites", "Lightning talks (H.2215)".
const KIND_SECTION =
  /^(?:\d{1,2}[:.h]\d{2}\s*[–—-]?\s*)?(?:(?:day\s+\w+|and|the|more|then|morning|afternoon|opening|closing)\s*[:,–—-]?\s*)*(lightning[- ]talks?|keynotes?|workshops?|tutorials?|panels?|ignites?)!?(?:\s*\([^()]*\))?$/i;

// A list introduced as lightning talks ("The lightning talk room was packed. Quick notes:").
const LIGHTNING_INTRO = /\blightning[- ]talks?\b/i;

/**
 * A talk under a heading such as "Lightning talks", or an item of a list introduced as
 * lightning talks, is of that kind, unless it says its own.
 */
export function ofSectionKind(blocks: readonly Block[], hit: TalkHit): TalkHit {
  if (hit.kind !== 'talk' || hit.block.kind === 'heading') return hit;
  const intro = hit.block.kind === 'item' ? hit.block.listIntro : undefined;
  if (intro !== undefined && blocks[intro]!.kind !== 'heading')
    if (LIGHTNING_INTRO.test(blocks[intro]!.flat.text)) return { ...hit, kind: 'lightning' };
  const heading = hit.block.section[hit.block.section.length - 1];
  if (heading === undefined) return hit;
  const m = KIND_SECTION.exec(blocks[heading]!.flat.text.trim());
  const kind = m ? (/^ignite/i.test(m[1]!) ? 'lightning' : kindOf(m[1]!)) : undefined;
  return kind ? { ...hit, kind } : hit;
}
