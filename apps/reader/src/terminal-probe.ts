import type { EmojiJoining } from './render/emoji-cells.ts';
import {
  ANY_BACKGROUND_REPLY,
  BACKGROUND_QUERY,
  type Background,
  backgroundOf,
} from './terminal-background.ts';

// What the reader asks the terminal before its first frame, in one round trip: how wide it draws
// three emoji sequences (the cursor's column after each, by a cursor position report), and, when
// the palette is to follow it, its background colour (OSC 11). A Device Attributes request
// (DA1) goes last: every terminal answers it, after the others, so it says when to stop waiting
// (a terminal that does not know OSC 11 answers only the rest).

const FAMILY = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
const WAVING_WITH_TONE = '\u{1f64b}\u{1f3fc}';
const HEART = '\u2764\ufe0f';
// Each drawn at the start of the line, the cursor's place asked, and the line cleared after.
// Drawn concealed (SGR 8), which moves the cursor as the glyphs would without showing them:
// shown, they flashed on the shell's line before the first frame.
const EMOJI_QUERY = `\r\u001b[8m${FAMILY}\u001b[6n\r${WAVING_WITH_TONE}\u001b[6n\r${HEART}\u001b[6n\r\u001b[28m\u001b[K`;
const DA1_QUERY = '\u001b[c';
const POSITION_REPLY = /\u001b\[\d+;(\d+)R/g;
const DA1_REPLY = /\u001b\[\?[\d;]*c/;

/** What the terminal said; a part is missing when it did not say it. */
export type Probe = {
  readonly background?: Background;
  readonly joining?: EmojiJoining;
};

/** A terminal's input, as much of it as the questions need. */
export type TerminalInput = Pick<
  NodeJS.ReadStream,
  'isTTY' | 'setRawMode' | 'isRaw' | 'on' | 'removeListener' | 'read' | 'unshift' | 'pause'
>;

/** How the terminal drew the emoji, from the columns the cursor was at after each. */
function joiningOf(replies: string): EmojiJoining | undefined {
  const columns = [...replies.matchAll(POSITION_REPLY)].map((m) => Number(m[1]));
  if (columns.length < 2) return undefined;
  // Drawn as one emoji, each is two cells: the cursor is at column 3. A terminal that did not
  // say where the heart left it is taken to draw it as the others do.
  return {
    zwj: columns[0]! <= 3,
    modifier: columns[1]! <= 3,
    presentation: columns.length > 2 ? columns[2]! >= 3 : true,
  };
}

/**
 * Asks the terminal how it draws emoji sequences and, if `background` is set, its background.
 * Only a terminal that answers nothing, not even DA1, makes the wait `waitMs` long; over a slow
 * link the replies take a round trip, and one read as keys after giving up would act (its `?`
 * would open the help). Keys typed meanwhile are left to be read after the replies.
 */
export function probeTerminal(
  input: TerminalInput,
  output: Pick<NodeJS.WriteStream, 'write'>,
  options: { readonly background: boolean; readonly waitMs?: number },
): Promise<Probe> {
  if (!input.isTTY) return Promise.resolve({});
  return new Promise((resolve) => {
    const wasRaw = input.isRaw;
    let got = '';
    const done = () => {
      clearTimeout(timer);
      input.removeListener('readable', read);
      // What is left once the replies are taken out was typed: Ink reads it as keys.
      const keys = got
        .replace(ANY_BACKGROUND_REPLY, '')
        .replace(POSITION_REPLY, '')
        .replace(DA1_REPLY, '');
      if (keys) input.unshift(Buffer.from(keys, 'latin1'));
      input.pause();
      input.setRawMode(wasRaw);
      const background = options.background ? backgroundOf(got) : undefined;
      const joining = joiningOf(got);
      resolve({ ...(background && { background }), ...(joining && { joining }) });
    };
    const read = () => {
      for (let chunk = input.read(); chunk !== null; chunk = input.read()) {
        got += Buffer.isBuffer(chunk) ? chunk.toString('latin1') : String(chunk);
      }
      if (DA1_REPLY.test(got)) done();
    };
    const timer = setTimeout(done, options.waitMs ?? 1000);
    input.setRawMode(true);
    input.on('readable', read);
    output.write(`${EMOJI_QUERY}${options.background ? BACKGROUND_QUERY : ''}${DA1_QUERY}`);
  });
}
