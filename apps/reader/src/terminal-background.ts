// Whether the terminal's background is light or dark, from its answer to OSC 11, as glow asks
// it (termenv). Without it, a light terminal that sets no COLORFGBG (GNOME Terminal, macOS
// Terminal, VS Code) got the dark palette: pale yellow on white.

import { relativeLuminance } from './luminance.ts';

export type Background = 'light' | 'dark';

/** Asks for the background colour. */
export const BACKGROUND_QUERY = '\u001b]11;?\u001b\\';
// The background colour, in 1 to 4 hex digits a channel, ended by BEL or ST.
const COLOUR_REPLY =
  /\u001b\]11;rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\/[0-9a-f]{1,4})?(?:\u0007|\u001b\\)/i;
/** Any reply to OSC 11, understood or not, which is not to be read as keys. */
export const ANY_BACKGROUND_REPLY = /\u001b\]11;[^\u0007\u001b]*(?:\u0007|\u001b\\)/;

/** The background a reply to OSC 11 names, by the lightness of its colour. */
export function backgroundOf(reply: string): Background | undefined {
  const match = COLOUR_REPLY.exec(reply);
  if (!match) return undefined;
  const channels = match
    .slice(1, 4)
    .map((hex) => Number.parseInt(hex!, 16) / (16 ** hex!.length - 1)) as [number, number, number];
  // At 0.18 and above, black text reads better than white.
  return relativeLuminance(channels) >= 0.18 ? 'light' : 'dark';
}
