// Some recaps reach confnotes as HTML: WordPress and Ghost exports, and Jekyll imports of them,
// keep the body as the blog engine rendered it. The generator writes those posts in Markdown
// first, then renders them with the same unified pipeline the baseline uses, so the HTML is
// what a common engine writes, not what confnotes' own renderer gives.
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true });

/**
 * A Markdown body as HTML, one block per line with no blank line between them, as WordPress
 * exports it: the whole body is then one block of raw HTML to a Markdown reader.
 */
export function asHtml(markdown: string): string {
  return String(processor.processSync(markdown)).replace(/\n{2,}/g, '\n');
}
