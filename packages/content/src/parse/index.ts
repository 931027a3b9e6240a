export { headings, paragraphAnchors } from './anchors.ts';
export { type DiagnosticCode, type DiagnosticEntry, diagnosticCodes } from './diagnostic-codes.ts';
export { linkKind } from './link-kind.ts';
export type { MdastNode, Root } from './mdast.ts';
export { normalizeDate } from './normalize-date.ts';
export { type ParsedArticle, parseArticle } from './parse-article.ts';
export { parsePost } from './parse-post.ts';
export { plainText } from './plain-text.ts';
export { postId, slugify } from './post-id.ts';
