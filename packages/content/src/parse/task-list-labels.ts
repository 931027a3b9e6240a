import type { Element, ElementContent, Root } from 'hast';

const textOf = (node: ElementContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? node.children.map(textOf).join('')
      : '';

/**
 * Names each task list checkbox by its item's text (`aria-label`), as a `<label>` would: the
 * Markdown engine writes a bare `<input type="checkbox" disabled>`, which a screen reader
 * announces as "checkbox, not checked" with no word of what is done or not.
 * @example labelTaskItems(tree) // <li><input type="checkbox" aria-label="Ship it"> Ship it</li>
 */
export function labelTaskItems(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'li') {
      const box = child.children.find(
        (c): c is Element =>
          c.type === 'element' && c.tagName === 'input' && c.properties.type === 'checkbox',
      );
      if (box) {
        const label = child.children
          .filter((c) => c !== box && !(c.type === 'element' && /^(ul|ol)$/.test(c.tagName)))
          .map(textOf)
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        if (label) box.properties.ariaLabel = label;
      }
    }
    labelTaskItems(child);
  }
}
