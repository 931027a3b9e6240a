import type { Nodes } from 'mdast';

const blockTypes = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'table',
  'tableRow',
  'html',
  'footnoteDefinition',
  'thematicBreak',
]);

/**
 * The readable text of a node: text, inline code, image alt and code blocks; no HTML. Blocks
 * are separated by a blank line; runs of spaces and line breaks inside a paragraph become one
 * space.
 * @example plainText(parseMarkdown('Hi *there*\n\n- a\n- b')) === 'Hi there\n\na\n\nb'
 */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/\s+/g, ' ');
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
    case 'definition':
    case 'yaml':
    case 'thematicBreak':
      return '';
    default: {
      if (!('children' in node)) return '';
      const children = node.children as Nodes[];
      const parts = children.map(plainText);
      if (node.type === 'tableRow') return parts.join(' | ');
      if (!children.some((c) => blockTypes.has(c.type))) return parts.join('');
      return parts.filter((p) => p.trim() !== '').join('\n\n');
    }
  }
}

/** Words in a text: runs of letters or digits (with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
