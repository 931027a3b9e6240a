import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { cleanTitle, titleCased, titleLike } from '../text-tools.ts';

// Items of a list that a sentence introduces as talks ("the talks I enjoyed:") are talks even
// when no speaker is given; an item that opens with a kind ("Lightning talks - ...") is an
// untitled session of that kind.
const INTRO =
  /\b(talks|sessions|workshops|presentations|keynotes|tutorials|lectures)\b[^.!?]*:\s*$|:\s*$/i;
const NOT_A_LINEUP =
  /\b(takeaways?|lessons?|learn(ed|t|ings)|notes|thoughts|conclusions?|impressions|points|quotes?|ideas)\b/i;
const INTRO_NOUN = /\b(talks|sessions|workshops|presentations|keynotes|tutorials|lectures)\b/i;
const KIND_LEAD =
  /^(lightning talks?|special sessions?|keynotes?|panels?( discussions?)?|unconference|open spaces?)\b/i;

let lastIntro = '';
let lastAnswer = false;

/**
 * Whether a paragraph introduces a list of talks, answered once for all items of its list. Its
 * last sentence is what introduces the list: "Honestly the talks were secondary. Some
 * conversations:" introduces people.
 */
function introducesTalks(text: string): boolean {
  if (text !== lastIntro) {
    lastIntro = text;
    const last = lastSentence(text);
    lastAnswer = INTRO.test(last) && INTRO_NOUN.test(last) && !NOT_A_LINEUP.test(last);
  }
  return lastAnswer;
}

/** The text after the last sentence's end (". ", "! ", "? ") of `text`. */
function lastSentence(text: string): string {
  const ends = [...text.matchAll(/[.!?]\s+/g)];
  const last = ends[ends.length - 1];
  return last ? text.slice(last.index + last[0].length) : text;
}

export function talkListItem(ctx: PatternContext): TalkHit[] {
  const { block, blocks } = ctx;
  if (block.kind !== 'item' || block.depth !== 1 || block.listIntro === undefined) return [];
  const intro = blocks[block.listIntro];
  if (!intro || intro.kind === 'heading' || !introducesTalks(intro.flat.text)) return [];
  const text = block.flat.text;
  const line = text.split('\n')[0]!;
  const lead = KIND_LEAD.exec(line);
  if (lead) {
    const label = cleanTitle(line.split(/\s+[-–—:]\s+/)[0]!);
    return [
      {
        block,
        title: null,
        label,
        kind: kindOf(label) ?? 'other',
        names: [],
        at: { start: 0, end: label.length },
        family: 'list-session',
      },
    ];
  }
  const title = cleanTitle(line);
  // Without a speaker, only an item written as a title counts: a list of takeaways about the
  // talks is prose.
  if (!titleLike(title) || !titleCased(title) || title.split(/\s+/).length > 16) return [];
  return [
    {
      block,
      title: { text: title, start: 0, end: line.length },
      kind: kindOf(line) ?? 'talk',
      names: [],
      at: { start: 0, end: line.length },
      family: 'talk-list',
    },
  ];
}
