import stringWidth from 'string-width';

// Terminals differ on emoji sequences: kitty, iTerm2, WezTerm and Windows Terminal draw a family
// (people joined by zero-width joiners) or a waving hand with a skin tone as one emoji two cells
// wide; tmux, xterm and GNOME Terminal draw each part, six cells for a family of three and four
// for the hand. A line measured the first way runs past the window in the others, whose last
// line then scrolls the screen and takes the title bar with it. The reader measures how the
// terminal draws them before its first frame (see terminal-probe.ts).

/** Whether the terminal draws each kind of sequence as one emoji. */
export type EmojiJoining = {
  /** People and things joined by U+200D (👨‍👩‍👧). */
  readonly zwj: boolean;
  /** An emoji and its skin tone, U+1F3FB to U+1F3FF (🙋🏼). */
  readonly modifier: boolean;
  /**
   * A symbol a text draws narrow made an emoji by U+FE0F (❤️), which tmux and xterm draw one
   * cell wide, as the symbol alone.
   */
  readonly presentation: boolean;
};

let joining: EmojiJoining = { zwj: true, modifier: true, presentation: true };

/** Whether the terminal draws a symbol and U+FE0F (❤️) as an emoji, two cells wide. */
export const drawsPresentationWide = () => joining.presentation;

/** Tells the layout how the terminal draws emoji sequences. */
export function setEmojiJoining(value: EmojiJoining): void {
  joining = value;
}

const ZWJ = '\u200d';
const MODIFIER = /[\u{1f3fb}-\u{1f3ff}]/u;
const PRESENTATION = '\ufe0f';
/** Text that may hold a sequence a terminal draws in parts. */
export const MAY_SPLIT = /\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}]/u;

/** The cells one grapheme cluster takes in this terminal. */
export function clusterCells(cluster: string): number {
  const drawnApart =
    (!joining.zwj && cluster.includes(ZWJ)) ||
    (!joining.modifier && MODIFIER.test(cluster)) ||
    (!joining.presentation && cluster.includes(PRESENTATION));
  if (!drawnApart) return stringWidth(cluster);
  let cells = 0;
  // Each part as the terminal draws it alone; a joiner or a variation selector takes none, but
  // makes the symbol before it an emoji where the terminal draws those wide.
  const parts = [...cluster];
  parts.forEach((part, i) => {
    const emoji = joining.presentation && parts[i + 1] === PRESENTATION;
    cells += stringWidth(emoji ? part + PRESENTATION : part);
  });
  return cells;
}
