import type { Block } from './blocks.ts';
import { kindOf, type TalkHit } from './hits.ts';
import { sentenceAt, sentences } from './text-tools.ts';

// A heading that names the kind of everything under it: "Lightning talks", "Day 2: Workshops",
// "Opening keynotes", "Ignites", "Lightning talks (H.2215)".
const KIND_SECTION =
  /^(?:\d{1,2}[:.h]\d{2}\s*[–—-]?\s*)?(?:(?:day\s+\w+|and|the|more|then|morning|afternoon|opening|closing)\s*[:,–—-]?\s*)*(lightning[- ]talks?|keynotes?|workshops?|tutorials?|panels?|ignites?)!?(?:\s*\([^()]*\))?$/i;

// A list introduced as lightning talks ("The lightning talk room was packed. Quick notes:").
const LIGHTNING_INTRO = /\blightning[- ]talks?\b/i;

// "The lightning talks were great. My favourite was Ann Lee's "T"": a sentence that speaks of
// the lightning talks, then talks its next sentences name without a noun of their own.
const LIGHTNING_TALKS = /\blightning[- ]talks\b/i;
const SESSION_NOUN =
  /\b(?:talks?|keynotes?|sessions?|workshops?|panels?|presentations?|tutorials?)\b/i;

/** Whether the sentences of the hit's block before its own speak of the lightning talks last. */
function afterLightningTalks(hit: TalkHit): boolean {
  const text = hit.block.flat.text;
  if (!LIGHTNING_TALKS.test(text)) return false;
  const own = sentenceAt(text, hit.at.start);
  const title = hit.title ?? hit.at;
  const words = text.slice(own.start, title.start) + text.slice(title.end, own.end);
  if (SESSION_NOUN.test(words)) return false;
  const earlier = sentences(text).filter((s) => s.end <= own.start);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const sentence = text.slice(earlier[i]!.start, earlier[i]!.end);
    if (SESSION_NOUN.test(sentence)) return LIGHTNING_TALKS.test(sentence);
  }
  return false;
}

/**
 * A talk under a heading such as "Lightning talks" (its own heading's, when it is one), an
 * item of a list introduced as lightning talks, or a talk named after a sentence about the
 * lightning talks, is of that kind, unless it says its own.
 */
export function ofSectionKind(blocks: readonly Block[], hit: TalkHit): TalkHit {
  if (hit.kind !== 'talk') return hit;
  const intro = hit.block.kind === 'item' ? hit.block.listIntro : undefined;
  if (intro !== undefined && blocks[intro]!.kind !== 'heading')
    if (LIGHTNING_INTRO.test(blocks[intro]!.flat.text)) return { ...hit, kind: 'lightning' };
  if (hit.title && hit.block.kind !== 'heading' && afterLightningTalks(hit))
    return { ...hit, kind: 'lightning' };
  const heading = hit.block.section[hit.block.section.length - 1];
  if (heading === undefined) return hit;
  const m = KIND_SECTION.exec(blocks[heading]!.flat.text.trim());
  const kind = m ? (/^ignite/i.test(m[1]!) ? 'lightning' : kindOf(m[1]!)) : undefined;
  return kind ? { ...hit, kind } : hit;
}
