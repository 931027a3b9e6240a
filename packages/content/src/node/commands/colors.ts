import type { Severity } from '../../schema/diagnostic.ts';

/** A stream text is written to, of which only whether it is a terminal matters here. */
export interface ColorStream {
  readonly isTTY?: boolean;
}

// The values of FORCE_COLOR that Node reads as colors (16 colors and up); any other, `0` and
// `false` among them, as none.
const FORCED = new Set(['', '1', '2', '3', 'true']);

/**
 * Whether text written to `stream` may carry colors, as Node decides for its own output:
 * `FORCE_COLOR` first (`1`, `2`, `3`, `true` or empty turn colors on, a pipe included, any other
 * value off), then a non-empty `NO_COLOR` (as no-color.org has it) or `NODE_DISABLE_COLORS` (off),
 * a dumb terminal (off), and else whether `stream` is a terminal: a log, a file or a pipe to
 * another tool gets plain text.
 * @example colorsFor(process.stdout) // true in a terminal, false in `confnotes check | less`
 */
export function colorsFor(
  stream: ColorStream,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return FORCED.has(force);
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** Colors a piece of text by a severity; `plain` leaves it as it is. */
export type Paint = (severity: Severity, text: string) => string;

const SGR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

/** Red for errors, yellow for warnings, cyan for notes, each reset to the default color after. */
export const painted: Paint = (severity, text) => `\u001b[${SGR[severity]}m${text}\u001b[39m`;

export const plain: Paint = (_, text) => text;
