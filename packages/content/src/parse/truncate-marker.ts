import type { Root } from 'mdast';
import { paragraphsWhere } from './mdx-esm.ts';
import type { TemplateTag } from './template-tags.ts';

// Docusaurus reads its Markdown as MDX, where `{/* truncate */}` is a comment that ends the
// teaser; CommonMark reads it as a paragraph of text.
const marker = /^\{\/\*\s*truncate\s*\*\/\}$/;

/**
 * The top-level paragraphs of a body that are Docusaurus's MDX teaser marker alone, with their
 * offsets, to be blanked out as template tags are and to cut the excerpt at.
 * @example truncateMarkers('Intro\n\n{/* truncate *\/}\n', tree)[0]?.start === 7
 */
export function truncateMarkers(body: string, tree: Root): TemplateTag[] {
  if (!body.includes('truncate')) return [];
  return paragraphsWhere(body, tree, (value) => marker.test(value.trim()));
}
