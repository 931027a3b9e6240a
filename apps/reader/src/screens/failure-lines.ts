import { fit } from '../render/pieces.ts';
import { wrapText } from '../render/wrap-text.ts';

/**
 * Why the catalog could not be read, as at most `room` lines of `width` cells. A message longer
 * than the screen (a schema error lists every field) would overflow the frame and draw its lines
 * over one another: it is cut, and its last line says how much more there is.
 */
export function failureLines(message: string, width: number, room: number): string[] {
  const lines = wrapText(message, width);
  if (lines.length <= room) return lines;
  const kept = Math.max(0, room - 1);
  const more = lines.length - kept;
  return [...lines.slice(0, kept), fit(`… ${more} more lines, printed when you quit`, width)];
}
