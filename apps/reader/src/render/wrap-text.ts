import { plainText, wrapPieces } from './pieces.ts';
import { visible } from './visible.ts';

/**
 * Untrusted text (a message, an error) as lines of at most `width` cells: its own line breaks
 * kept as breaks, every other control character made visible, long lines word-wrapped.
 */
export function wrapText(text: string, width: number): string[] {
  const shown = visible(text.replace(/\r\n?/g, '\n'), true);
  return wrapPieces([{ text: shown, roles: [], source: 0 }], Math.max(1, width)).map(plainText);
}
