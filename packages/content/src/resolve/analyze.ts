import { extractPost, type PostExtraction } from '../extract/extract-post.ts';
import { paragraphAnchors } from '../parse/anchors.ts';
import { appendAll } from '../parse/append-all.ts';
import { parseArticle } from '../parse/parse-article.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Post } from '../schema/post.ts';
import { resolveDuplicateIds } from './duplicate-ids.ts';

/** An article's text and its path relative to the content directory. */
export interface ArticleSource {
  readonly path: string;
  readonly source: string | Uint8Array;
}

/**
 * What one article gives on its own: its post (null when it has errors), its diagnostics and
 * the talks and speakers it reports. Ids are the article's own until `combineAnalyses` makes
 * them unique across articles. Plain JSON, so it can be cached and sent between threads.
 */
export interface ArticleAnalysis {
  readonly path: string;
  readonly post: Post | null;
  readonly diagnostics: Diagnostic[];
  readonly extraction: PostExtraction | null;
}

/**
 * Parses one article and extracts the talks and speakers it reports on.
 * @example analyzeArticle({ path: 'posts/a.md', source: '---\ntitle: A\n---\nText' }).post?.id // 'a'
 */
export function analyzeArticle(source: ArticleSource): ArticleAnalysis {
  const parsed = parseArticle(source.source, source.path);
  if (!parsed.post || !parsed.tree)
    return { path: source.path, post: null, diagnostics: parsed.diagnostics, extraction: null };
  return {
    path: source.path,
    post: parsed.post,
    diagnostics: parsed.diagnostics,
    extraction: extractPost(parsed.post, parsed.tree, paragraphAnchors(parsed.tree)),
  };
}

const byPath = (a: { path: string }, b: { path: string }) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/**
 * Puts per-article analyses together in path order and makes post ids unique: a renamed post's
 * extraction and mentions follow it to its new id. The analyses' objects are updated in place.
 * Posts `leftOut` says (drafts, for a published catalog) are not kept; their diagnostics are.
 */
export function combineAnalyses(
  analyses: readonly ArticleAnalysis[],
  leftOut?: (analysis: ArticleAnalysis) => boolean,
): {
  posts: Post[];
  extractions: PostExtraction[];
  diagnostics: Diagnostic[];
} {
  const sorted = [...analyses].sort(byPath);
  const diagnostics = sorted.flatMap((a) => a.diagnostics);
  const kept = sorted.filter((a) => a.post && a.extraction && !leftOut?.(a));
  const posts = kept.map((a) => a.post!);
  const before = posts.map((p) => p.id);
  appendAll(diagnostics, resolveDuplicateIds(posts));
  const extractions = kept.map((a, i) => {
    const x = a.extraction!;
    const id = posts[i]!.id;
    if (id === before[i]) return x;
    for (const t of x.talks) for (const m of t.mentions) m.post = id;
    for (const p of x.people) for (const m of p.mentions) m.post = id;
    return { ...x, post: id };
  });
  return { posts, extractions, diagnostics };
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
  return combineAnalyses([...sources].sort(byPath).map(analyzeArticle));
}
