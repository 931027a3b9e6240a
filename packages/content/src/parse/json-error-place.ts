import { LineIndex } from './source-text.ts';

// JavaScript and most editors take a comma before `}` or `]`; JSON does not, and the parser
// says so at the bracket (for a list, nowhere), a line after the comma that is to be removed.

/** What a writer is told of a trailing comma, by the bracket it comes before. */
const trailingCommaMessage = (closer: string) =>
  `This comma ends the ${closer === '}' ? 'object' : 'list'}, which JSON does not allow: remove it`;

/**
 * The first comma of `text` (JSON) followed, past white space, by `}` or `]`: its offset and
 * that bracket. Commas in strings do not count.
 * @example trailingComma('{"a": 1,\n}') // { offset: 7, closer: '}' }
 */
function trailingComma(text: string): { offset: number; closer: string } | undefined {
  let comma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if ((c === '}' || c === ']') && comma >= 0) return { offset: comma, closer: c };
    comma = c === ',' ? i : -1;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    }
  }
  return undefined;
}

/**
 * Where to report the error `JSON.parse` threw for `text`, 1-based, and how to say it: a
 * trailing comma at the comma, when the parser stopped there or after it; other errors where
 * the parser says (the end of the text when it does not), with its message.
 * @example jsonErrorPlace('{"a": 1,\n}', error) // { line: 1, column: 8, message: 'This comma ...' }
 */
export function jsonErrorPlace(
  text: string,
  error: unknown,
): { line: number; column: number; message: string } {
  const index = new LineIndex(text);
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const at = lineCol
    ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
    : position
      ? index.position(Number(position[1]))
      : undefined;
  const comma = trailingComma(text);
  if (comma) {
    const commaAt = index.position(comma.offset);
    if (!at || commaAt.line < at.line || (commaAt.line === at.line && commaAt.column < at.column))
      return { ...commaAt, message: trailingCommaMessage(comma.closer) };
  }
  const detail = message
    .replace(/ in JSON at position.*$/, '')
    .replace(/, ".*" is not valid JSON$/, '');
  return { ...(at ?? index.position(text.length)), message: detail };
}
