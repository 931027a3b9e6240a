import type { Diagnostic } from '../schema/diagnostic.ts';
import { diagnostic } from './diagnostic-codes.ts';
import type { FrontMatterData } from './front-matter-parse.ts';
import { lineOf, valuePosition } from './value-position.ts';

/** Keys whose whole text a reader sees: a comment that cuts one loses words without a word. */
const TEXT_KEYS = /^(?:title|subtitle|description|summary|excerpt)$/i;

/**
 * Warnings for YAML text values that a comment cut short: `title: My #1 talk` is the title "My",
 * since YAML reads ` #` as a comment. Only plain values written on their key's line are cut so;
 * quoted ones, and TOML's (always quoted), keep their `#`.
 * @example commentInValues(parsedFrontMatter, 'posts/a.md')[0]?.code === 'comment-in-value'
 */
export function commentInValues(frontMatter: FrontMatterData, file: string): Diagnostic[] {
  const { source, keys, data } = frontMatter;
  if (!source) return [];
  const found: Diagnostic[] = [];
  for (const [key, at] of keys) {
    const value = data[key];
    if (!TEXT_KEYS.test(key) || typeof value !== 'string' || value === '') continue;
    const start = valuePosition(source, at);
    const written = lineOf(source.raw, start.line - source.rawLine)?.slice(start.column - 1);
    if (!written?.startsWith(value)) continue;
    const comment = /^\s+#/.exec(written.slice(value.length));
    if (!comment) continue;
    const column = start.column + value.length + comment[0].length - 1;
    found.push(
      diagnostic('comment-in-value', `\`${key}\` is "${value}"`, file, {
        line: start.line,
        column,
      }),
    );
  }
  return found;
}
