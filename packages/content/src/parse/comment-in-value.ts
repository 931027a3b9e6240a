import type { Diagnostic } from '../schema/diagnostic.ts';
import type { FrontMatterFormat } from '../schema/post.ts';
import { type At, diagnostic } from './diagnostic-codes.ts';
import type { FrontMatterData } from './front-matter-parse.ts';
import { lineOf, valuePosition } from './value-position.ts';

/**
 * Keys whose whole text a reader sees, or whose words are tags: a comment that cuts one loses
 * words without a word (`tags: #devops, #k8s`, as Obsidian users write hashtags, is no tag).
 */
const TEXT_KEYS =
  /^(?:title|subtitle|description|summary|excerpt|tags?|categor(?:y|ies)|keywords)$/i;

/** Whether front matter of this format is YAML, where ` #` starts a comment. */
export const readsAsYaml = (format: FrontMatterFormat | 'none'): boolean =>
  format === 'yaml' || format === 'hexo';

/**
 * Where a YAML comment ended the value of `key`, written plain on the key's line: the `#` after
 * `value` (all that YAML kept of it, `''` for none); undefined when no comment cut it.
 * @example commentCut(parsed, 'title', 'My') // { line: 2, column: 11 } for `title: My #1 talk`
 */
export function commentCut(
  frontMatter: FrontMatterData,
  key: string,
  value: string,
): At | undefined {
  const { source, keys } = frontMatter;
  const at = keys.get(key);
  if (!source || !at) return undefined;
  const start = valuePosition(source, at);
  const written = lineOf(source.raw, start.line - source.rawLine)?.slice(start.column - 1);
  if (!written?.startsWith(value)) return undefined;
  const comment = (value === '' ? /^#/ : /^\s+#/).exec(written.slice(value.length));
  if (!comment) return undefined;
  return { line: start.line, column: start.column + value.length + comment[0].length - 1 };
}

/**
 * Warnings for YAML text values that a comment cut short: `title: My #1 talk` is the title "My",
 * since YAML reads ` #` as a comment. Only plain values written on their key's line are cut so;
 * quoted ones keep their `#`. A title cut to nothing is the missing title's own error.
 * @example commentInValues(parsedFrontMatter, 'posts/a.md')[0]?.code === 'comment-in-value'
 */
export function commentInValues(frontMatter: FrontMatterData, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [key, value] of Object.entries(frontMatter.data)) {
    if (!TEXT_KEYS.test(key)) continue;
    if (typeof value === 'string' && value !== '') {
      const at = commentCut(frontMatter, key, value);
      if (at) found.push(diagnostic('comment-in-value', `\`${key}\` is "${value}"`, file, at));
    } else if (value === null && !/^title$/i.test(key)) {
      const at = commentCut(frontMatter, key, '');
      if (at) found.push(diagnostic('comment-in-value', `\`${key}\` is empty`, file, at));
    }
  }
  return found;
}
