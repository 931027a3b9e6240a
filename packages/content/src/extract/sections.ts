import type { Block } from './blocks.ts';
import { EMOJI } from './char-codes.ts';
import { Remembered } from './remembered.ts';

// Sections whose lists and headings are not talks the writer attended: reading lists, word
// lists, food, travel, a future event's line-up.
const NEGATIVE =
  /\b(reading|books?|articles?|blog posts|podcasts?|newsletters?|further reading|resources|references|bibliography|word dump|glossary|vocabulary|food|drinks?|restaurants?|travel|hotel|venue|party|parties|sponsors?|next year|upcoming|line-?up|coming up|links|tools|climb\w*|meetups?|socials?|people to follow|people i met|who to follow|follow|hiring|jobs)\b/i;
// Sections whose sub-headings are talks even without a speaker line.
const TALKS =
  /\b(talks?|sessions?|presentations?|keynotes?|workshops?|lectures?|faves|favou?rites|highlights|standouts|picks|schedule|program(me)?|agenda|inspiring)\b/i;

export function headingText(blocks: readonly Block[], index: number): string {
  return blocks[index]?.flat.text ?? '';
}

const EMOJI_ONLY = new RegExp(`^(?:${EMOJI})+$`, 'u');

/** Whether a heading itself rules talks out ("People to follow", "Reading list"). */
export function negativeHeadingBlock(block: Block): boolean {
  // Only a short heading says so of itself: "Building a Social Media App" is a talk's title.
  // Its words are counted without the emoji before them ("📚 Book of the month").
  return (
    block.kind === 'heading' &&
    block.flat.text
      .trim()
      .split(/\s+/)
      .filter((w) => !EMOJI_ONLY.test(w)).length <= 4 &&
    negativeHeading(block.flat.text)
  );
}

/**
 * Whether a block stands under a heading that rules talks out, or is an item of a list whose
 * introduction does ("Recommended books:", "People I met:").
 */
export function inNegativeSection(blocks: readonly Block[], block: Block): boolean {
  if (block.section.some((i) => negativeHeading(headingText(blocks, i)))) return true;
  if (block.kind !== 'item' || block.listIntro === undefined) return false;
  const intro = blocks[block.listIntro];
  if (intro === undefined || intro.kind !== 'paragraph' || !negativeIntro(intro.flat.text))
    return false;
  // "These came up most often in our team chat:" under "Sessions the crew talked about": the
  // chat is where the talks came up, not what the list is.
  return !(chatIntro(intro.flat.text) && underTalksHeading(blocks, block));
}

/** Whether the innermost heading over a block names talks ("Sessions we liked"), and no list. */
function underTalksHeading(blocks: readonly Block[], block: Block): boolean {
  const parent = block.section[block.section.length - 1];
  if (parent === undefined) return false;
  const text = headingText(blocks, parent);
  return TALKS.test(text) && !NEGATIVE.test(text);
}

// What a list of people or books is introduced as: the sentence ending in the colon says so.
// A chat or a conversation is where something was said, and says so only with none of the rest.
const LIST_WORDS =
  'books?|reading|read|reads|recommend\\w*|people|folks|met|follow|hiring|sponsors?|tools|links|resources|next year|upcoming|line-?up';
const NEGATIVE_INTRO = new RegExp(`\\b(${LIST_WORDS}|conversations?|chats?)\\b[^.!?]*:\\s*$`, 'i');
const CHAT = /\b(?:conversations?|chats?)\b[^.!?]*:\s*$/i;
const NOT_ONLY_CHAT = new RegExp(`\\b(?:${LIST_WORDS})\\b`, 'i');
const chatIntro = (text: string) => {
  const last = text.slice(-160).replace(/^.*[.!?]\s+/s, '');
  return CHAT.test(last) && !NOT_ONLY_CHAT.test(last);
};
const TALK_INTRO =
  /\b(talks?|sessions?|presentations?|keynotes?|workshops?|lectures?|tutorials?)\b[^.!?]*:\s*$/i;

const negativeIntros = new Remembered<boolean>(1024);

function negativeIntro(text: string): boolean {
  return negativeIntros.answer(text, (t) => {
    const tail = t.slice(-160);
    return NEGATIVE_INTRO.test(tail) && !TALK_INTRO.test(tail.replace(/^.*[.!?]\s+/s, ''));
  });
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
