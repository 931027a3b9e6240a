// Whether the terminal's background is light or dark, asked of the terminal itself, as glow
// does (termenv): OSC 11 asks for the background colour, and a Device Attributes request (DA1)
// sent after it, which every terminal answers, says when to stop waiting: a terminal that does
// not know OSC 11 answers only the second. Without it, a light terminal that sets no COLORFGBG
// (GNOME Terminal, macOS Terminal, VS Code) got the dark palette: pale yellow on white.

export type Background = 'light' | 'dark';

const QUERY = '\u001b]11;?\u001b\\\u001b[c';
// The background colour, in 1 to 4 hex digits a channel, ended by BEL or ST.
const COLOUR_REPLY =
  /\u001b\]11;rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\/[0-9a-f]{1,4})?(?:\u0007|\u001b\\)/i;
const DA1_REPLY = /\u001b\[\?[\d;]*c/;
// Any reply to OSC 11, understood or not, which is not to be read as keys.
const ANY_COLOUR_REPLY = /\u001b\]11;[^\u0007\u001b]*(?:\u0007|\u001b\\)/;

/** The background a reply to OSC 11 names, by the lightness of its colour. */
export function backgroundOf(reply: string): Background | undefined {
  const match = COLOUR_REPLY.exec(reply);
  if (!match) return undefined;
  const [red, green, blue] = match.slice(1, 4).map((hex) => {
    const channel = Number.parseInt(hex!, 16) / (16 ** hex!.length - 1);
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  // Relative luminance; at 0.18 and above, black text reads better than white.
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue >= 0.18 ? 'light' : 'dark';
}

/** A terminal's input, as much of it as the question needs. */
export type TerminalInput = Pick<
  NodeJS.ReadStream,
  'isTTY' | 'setRawMode' | 'isRaw' | 'on' | 'removeListener' | 'read' | 'unshift' | 'pause'
>;

/**
 * Asks the terminal for its background; undefined when it does not say. Only a terminal that
 * answers nothing, not even DA1, makes the wait `waitMs` long; over a slow link the replies take
 * a round trip, and one read as keys after giving up would act (its `?` would open the help).
 * Keys typed meanwhile are left to be read after the replies.
 */
export function askBackground(
  input: TerminalInput,
  output: Pick<NodeJS.WriteStream, 'write'>,
  waitMs = 1000,
): Promise<Background | undefined> {
  if (!input.isTTY) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const wasRaw = input.isRaw;
    let got = '';
    const done = () => {
      clearTimeout(timer);
      input.removeListener('readable', read);
      // What is left once the replies are taken out was typed: Ink reads it as keys.
      const keys = got.replace(ANY_COLOUR_REPLY, '').replace(DA1_REPLY, '');
      if (keys) input.unshift(Buffer.from(keys, 'latin1'));
      input.pause();
      input.setRawMode(wasRaw);
      resolve(backgroundOf(got));
    };
    const read = () => {
      for (let chunk = input.read(); chunk !== null; chunk = input.read()) {
        got += Buffer.isBuffer(chunk) ? chunk.toString('latin1') : String(chunk);
      }
      if (DA1_REPLY.test(got)) done();
    };
    const timer = setTimeout(done, waitMs);
    input.setRawMode(true);
    input.on('readable', read);
    output.write(QUERY);
  });
}
