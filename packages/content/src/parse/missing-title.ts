import type { Diagnostic } from '../schema/diagnostic.ts';
import { commentCut, readsAsYaml } from './comment-in-value.ts';
import { type At, diagnostic } from './diagnostic-codes.ts';
import { type FrontMatterBlock, lateFence } from './front-matter-block.ts';
import type { FrontMatterData } from './front-matter-parse.ts';
import { valuePosition } from './value-position.ts';

/** Where a YAML `title:` is followed by a comment (`title: #KubeCon recap`), which leaves it empty. */
function commentedTitle(frontMatter: FrontMatterData): At | undefined {
  for (const [key, value] of Object.entries(frontMatter.data))
    if (key.toLowerCase() === 'title' && (value === null || value === undefined))
      return commentCut(frontMatter, key, '');
  return undefined;
}

/**
 * The `missing-title` error of an article, placed and worded by why the title is missing: no
 * front matter, a fence below blank lines that opens none, a title YAML read as a comment, or
 * a title key left empty.
 * @example missingTitle(splitFrontMatter(text), text, undefined, 'posts/a.md').code === 'missing-title'
 */
export function missingTitle(
  block: FrontMatterBlock,
  text: string,
  frontMatter: FrontMatterData | undefined,
  path: string,
): Diagnostic {
  const late = block.format === 'none' ? lateFence(text) : undefined;
  if (late) {
    const why = ` (the \`${late.fence}\` here opens no front matter: front matter starts on the file's first line, so remove the blank lines above it)`;
    return diagnostic('missing-title', why, path, { line: late.line, column: 1 });
  }
  if (block.format === 'none')
    return diagnostic('missing-title', ' (the file has no front matter)', path, {
      line: 1,
      column: 1,
    });
  const comment =
    frontMatter && readsAsYaml(block.format) ? commentedTitle(frontMatter) : undefined;
  if (comment) {
    const why =
      ' (YAML reads `title: #...` as a comment, so the title is empty: put the title in quotes)';
    return diagnostic('missing-title', why, path, comment);
  }
  const key = frontMatter && [...frontMatter.keys].find(([name]) => /^title$/i.test(name));
  if (key) {
    const at = frontMatter.source ? valuePosition(frontMatter.source, key[1]) : key[1];
    return diagnostic('missing-title', ' (its `title` is empty)', path, at);
  }
  return diagnostic('missing-title', '', path, { line: 1, column: 1 });
}
