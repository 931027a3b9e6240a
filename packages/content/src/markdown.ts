// The Markdown engine as the catalog runs it (CommonMark and GFM, positions kept), for code that
// lays a post's `body` out itself and must read it as the catalog did. Only the parser: the
// schemas, extraction and file system stay out, so a terminal or editor starts fast.

export { bodyTree } from './parse/body-tree.ts';
export { htmlToMdast } from './parse/html-to-mdast.ts';
export { type MdastNode, markdownFeatures, parseMarkdown, type Root } from './parse/mdast.ts';
export { titleHeading } from './parse/title-heading.ts';
