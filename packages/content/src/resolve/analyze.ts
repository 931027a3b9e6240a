import { extractPost, type PostExtraction } from '../extract/extract-post.ts';
import { resolveDuplicateIds } from '../node/load-posts.ts';
import { paragraphAnchors } from '../parse/anchors.ts';
import { parseArticle } from '../parse/parse-article.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Post } from '../schema/post.ts';

/** An article's text and its path relative to the content directory. */
export interface ArticleSource {
  readonly path: string;
  readonly source: string | Uint8Array;
}

/**
 * Parses articles and extracts the talks and speakers each reports on. Articles with errors
 * give diagnostics and no post; the others are all kept. Sources are sorted by path first, so
 * ids come out the same whatever order they were read in.
 */
export function analyzeArticles(sources: readonly ArticleSource[]): {
  posts: Post[];
  extractions: PostExtraction[];
  diagnostics: Diagnostic[];
} {
  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parsed = sorted.map((s) => parseArticle(s.source, s.path));
  const diagnostics = parsed.flatMap((p) => p.diagnostics);
  const withPosts = parsed.filter((p) => p.post && p.tree);
  const posts = withPosts.map((p) => p.post!);
  diagnostics.push(...resolveDuplicateIds(posts));
  const extractions = withPosts.map((p) =>
    extractPost(p.post!, p.tree!, paragraphAnchors(p.tree!)),
  );
  return { posts, extractions, diagnostics };
}
