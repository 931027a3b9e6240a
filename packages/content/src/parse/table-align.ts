import type { Element, Root } from 'hast';

const ALIGN = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

/**
 * Gives the cells of the Markdown engine's tables their column's alignment (`| ---: |`) as the
 * `align` attribute, as GitHub writes it, in place of the `style` the engine writes, which the
 * sanitizer drops with every style. Run on the engine's tree, before a post's own HTML is
 * parsed into it: the post's own styles stay the sanitizer's to drop.
 * @example alignFromStyle(tree) // <td align="right"> for <td style="text-align: right">
 */
export function alignFromStyle(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'th' || child.tagName === 'td') {
      const align = ALIGN.exec(String(child.properties.style ?? ''))?.[1];
      if (align) {
        const { style: _, ...rest } = child.properties;
        child.properties = { ...rest, align };
      }
    }
    alignFromStyle(child);
  }
}
