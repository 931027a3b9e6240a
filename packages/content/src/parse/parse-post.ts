import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Post } from '../schema/post.ts';
import { parseArticle } from './parse-article.ts';

/**
 * Parses one article file into a typed post and its diagnostics (see `parseArticle`, which
 * also returns the Markdown tree).
 * @example
 * const { post, diagnostics } = parsePost('+++\ntitle = "Day two"\n+++\nHello\n', 'posts/a.md');
 * post?.source.format === 'toml' && diagnostics.length === 0;
 */
export function parsePost(
  source: string | Uint8Array,
  path: string,
): { post?: Post; diagnostics: Diagnostic[] } {
  const { post, diagnostics } = parseArticle(source, path);
  return post ? { post, diagnostics } : { diagnostics };
}
