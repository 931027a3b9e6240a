import type { Severity } from '../../schema/diagnostic.ts';

/** A stream text is written to, of which only whether it is a terminal matters here. */
export interface ColorStream {
  readonly isTTY?: boolean;
}

/**
 * Whether text written to `stream` may carry colors, as Node decides for its own output:
 * `FORCE_COLOR` first (`0` or `false` turn colors off, any other value on, a pipe included), then
 * `NO_COLOR` or `NODE_DISABLE_COLORS` (off), a dumb terminal (off), and else whether `stream` is a
 * terminal: a log, a file or a pipe to another tool gets plain text.
 * @example colorsFor(process.stdout) // true in a terminal, false in `confnotes check | less`
 */
export function colorsFor(stream: ColorStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
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
