import type { Heading, Root } from 'mdast';
import { plainText } from './plain-text.ts';

/** Letters and digits only, case folded: `Day 2: Swarm!` and `day 2 — swarm` compare equal. */
function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The heading that opens an article as its title, which pages show once, above the body.
 * - Without a title in the front matter, a `# heading` as the body's first block is the title,
 *   as Docusaurus, MkDocs and GitHub Pages' jekyll-titles-from-headings read it.
 * - With one, a first heading of any level that repeats it (letters and digits compared, case
 *   aside) is the title written twice, as posts exported from other platforms often are.
 * @example titleHeading(parseMarkdown('# Day two\n\nHello'), undefined)?.depth === 1
 * @example titleHeading(parseMarkdown('## Day two\n\nHello'), 'Day Two!') !== undefined
 */
export function titleHeading(tree: Root, title: string | undefined): Heading | undefined {
  const first = tree.children[0];
  if (first?.type !== 'heading') return undefined;
  const text = headingTitle(first);
  if (!text) return undefined;
  if (title === undefined) return first.depth === 1 ? first : undefined;
  const key = titleKey(title);
  return key !== '' && key === titleKey(text) ? first : undefined;
}

/** A heading's text as a title: its readable text on one line. */
export function headingTitle(heading: Heading): string {
  return plainText(heading).replace(/\s+/g, ' ').trim();
}
