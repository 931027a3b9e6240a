import type { Block } from './blocks.ts';
import { Remembered } from './remembered.ts';

// Sections whose lists and headings are not talks the writer attended: reading lists, word
// lists, food, travel, a future event's line-up.
const NEGATIVE =
  /\b(reading|books?|further reading|resources|references|bibliography|word dump|glossary|vocabulary|food|drinks?|restaurants?|travel|hotel|venue|party|parties|sponsors?|next year|upcoming|line-?up|coming up|links|tools|climb\w*|meetups?|socials?)\b/i;
// Sections whose sub-headings are talks even without a speaker line.
const TALKS =
  /\b(talks?|sessions?|presentations?|keynotes?|workshops?|lectures?|faves|favou?rites|highlights|standouts|picks|schedule|program(me)?|agenda|inspiring)\b/i;

export function headingText(blocks: readonly Block[], index: number): string {
  return blocks[index]?.flat.text ?? '';
}

/** Whether a block stands under a heading that rules talks out. */
export function inNegativeSection(blocks: readonly Block[], block: Block): boolean {
  return block.section.some((i) => negativeHeading(headingText(blocks, i)));
}

// Every block under a heading asks about it: each heading text is answered once.
const negative = new Remembered<boolean>(4096);

function negativeHeading(text: string): boolean {
  return negative.answer(text, negativeHeadingOnce);
}

function negativeHeadingOnce(text: string): boolean {
  return NEGATIVE.test(text) && !TALKS.test(text);
}

/** Whether a heading sits directly under a heading that announces talks. */
export function inTalkSection(blocks: readonly Block[], block: Block): boolean {
  const parent = block.section[block.section.length - 1];
  return parent !== undefined && TALK_NOUNS.test(headingText(blocks, parent));
}

// Only a heading that names talks as such ("Talks", "Sessions I liked") makes its sub-headings
// talks on its own; "Highlights" or "Favourites" may hold anything.
const TALK_NOUNS = /\b(talks?|sessions?|presentations?|keynotes?|workshops?|lectures?)\b/i;

/** The blocks after a heading, up to the next heading of the same or a higher level. */
export function sectionBody(blocks: readonly Block[], heading: Block): Block[] {
  const out: Block[] = [];
  for (let i = heading.index + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading' && b.depth <= heading.depth) break;
    out.push(b);
  }
  return out;
}
