import { CST, Parser, type YAMLError } from 'yaml';
import { duplicateKeyMessage } from './yaml-duplicate-key.ts';

/** A YAML syntax error placed where a person would fix it, and said the way they would see it. */
export interface YamlErrorPlace {
  /** Offset in the text. */
  readonly offset: number;
  /** The parser's message, first line only, or a plainer one for an unclosed quote. */
  readonly message: string;
}

const QUOTED = new Set(['double-quoted-scalar', 'single-quoted-scalar']);

/**
 * What a writer is told of a value that starts with `*` (`title: *Nix* tools`, emphasis written
 * as in Markdown): YAML reads an alias there, which cannot be followed by more text and names
 * no anchor, and its own messages say neither.
 */
export const STAR_VALUE =
  'A value that starts with `*` is read as a YAML alias, not as text: put the value in quotes';

/** What a writer is told of a value holding `: `, which YAML reads as another key. */
export const COLON_IN_VALUE =
  'This value holds a colon followed by a space, which YAML reads as the start of another key: put the whole value in quotes';

const lineFrom = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? undefined : end);
};

// `key: *`, or `- *` in a list, up to the asterisk.
const STAR_START = /^(\s*(?:-\s+)?[^\s:#-][^:#]*:\s+|\s*-\s+)\*/;

/** The offset of the `*` that begins the value of the line holding `at`, if it begins with one. */
export function starValueAt(text: string, at: number): number | undefined {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', start);
  const star = STAR_START.exec(text.slice(start, end < 0 ? undefined : end));
  return star ? start + star[1]!.length : undefined;
}

/**
 * Where to report `error` in `text`. The parser finds an unclosed quote missing at the end of
 * the text (or of the next scalar that cannot belong to it), lines after the quote that was
 * left open: that quote is where to look. Other errors stay where the parser put them, but
 * never past the last line with text. A key given twice is named, with the line of the first
 * (`firstLine` is the line number of the text's first line).
 * @example yamlErrorPlace('title: "Hi\ndate: 2015\n', error).offset // 7, the opening quote
 */
export function yamlErrorPlace(text: string, error: YAMLError, firstLine = 1): YamlErrorPlace {
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = error.pos[0];
  // `title: DockerCon EU: day two`: the parser's words (a nested mapping in a compact one)
  // name neither the colon nor the fix.
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:(?:[ \t]|$)/m.test(lineFrom(text, at)))
    return { offset: at, message: COLON_IN_VALUE };
  if (error.code === 'TAB_AS_INDENT')
    return {
      offset: at,
      message: 'This line is indented with a tab, which YAML does not allow: indent it with spaces',
    };
  if (error.code === 'DUPLICATE_KEY') {
    const duplicate = duplicateKeyMessage(text, at, firstLine);
    if (duplicate) return { offset: at, message: duplicate };
  }
  if (error.code === 'MISSING_CHAR' && /quote/.test(message)) {
    const open = openQuoteBefore(text, at);
    if (open !== undefined) {
      const quote = text[open] === '"' ? 'double' : 'single';
      return { offset: open, message: `This ${quote} quote is never closed` };
    }
  }
  // `title: [A` or an unfinished `tags: [a, b`: the parser finds the list unclosed
  // on the next line, while the bracket that opened it is what to fix (or quote).
  const closer = FLOW_END.exec(message)?.[1];
  if (closer !== undefined) {
    const open = openFlowBefore(text, at, closer);
    if (open !== undefined)
      return {
        offset: open,
        message: `This \`${text[open]}\` is never closed with \`${closer}\``,
      };
  }
  const star = starValueAt(text, at);
  if (star !== undefined) return { offset: star, message: STAR_VALUE };
  const end = text.trimEnd().length;
  if (at < end) return { offset: at, message };
  // Past the end: at the start of the last line with text.
  return { offset: text.lastIndexOf('\n', end - 1) + 1, message };
}

// The parser's message for a flow list or map left open: "... and end with a ]".
const FLOW_END = /\bend with an? ([\]}])/;

/** The offset of the last flow list or map opened before `at` and never closed by `closer`. */
function openFlowBefore(text: string, at: number, closer: string): number | undefined {
  let found: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const t of [item.key, item.value])
        if (
          t?.type === 'flow-collection' &&
          t.offset <= at &&
          !t.end.some((end) => end.source === closer) &&
          (found === undefined || t.offset > found)
        )
          found = t.offset;
    });
  }
  return found;
}

/** The offset of the quoted scalar that runs up to `at` (the last one opened before it). */
function openQuoteBefore(text: string, at: number): number | undefined {
  let found: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const t of [item.key, item.value])
        if (t && QUOTED.has(t.type) && 'offset' in t && t.offset <= at) {
          if (found === undefined || t.offset > found) found = t.offset;
        }
    });
  }
  return found;
}

/**
 * Why YAML with no syntax error could not be turned into values, and where when that is known:
 * an alias of no anchor (`name: *Bob*`, emphasis written as in Markdown), an alias bomb
 * (aliases of aliases, growing exponentially) or nesting deep enough to exhaust the stack.
 */
export function yamlValueError(text: string, error: unknown): { offset?: number; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const unresolved = /^Unresolved alias\b.*: (.+)$/.exec(message)?.[1];
  if (unresolved !== undefined) {
    const found = text.indexOf(`*${unresolved}`);
    return found < 0 ? { message: STAR_VALUE } : { offset: found, message: STAR_VALUE };
  }
  if (/alias/i.test(message)) return { message: 'it expands too many aliases' };
  if (error instanceof RangeError) return { message: 'it nests too deeply to read' };
  return { message: message.replace(/\.$/, '') };
}
