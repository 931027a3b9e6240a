import { readFile } from 'node:fs/promises';
import { appendAll } from '../parse/append-all.ts';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import { parsePost } from '../parse/parse-post.ts';
import { resolveDuplicateIds } from '../resolve/duplicate-ids.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Post } from '../schema/post.ts';
import { readArticleFiles } from './read-article-files.ts';
import { readFailure } from './read-failure.ts';

export { resolveDuplicateIds };

/**
 * Loads every article of a content directory. One broken file never hides the others: the
 * result has every good post (in path order, ids unique) and every diagnostic.
 * @example const { posts, diagnostics } = await loadPosts('content');
 */
export async function loadPosts(
  dir: string | URL,
): Promise<{ posts: Post[]; diagnostics: Diagnostic[] }> {
  const posts: Post[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of await readArticleFiles(dir, diagnostics)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file.absolute);
    } catch (error) {
      diagnostics.push(
        diagnostic('unreadable-file', readFailure(error), file.path, { line: 1, column: 1 }),
      );
      continue;
    }
    const parsed = parsePost(bytes, file.path);
    if (parsed.post) posts.push(parsed.post);
    appendAll(diagnostics, parsed.diagnostics);
  }
  appendAll(diagnostics, resolveDuplicateIds(posts));
  return { posts, diagnostics };
}
