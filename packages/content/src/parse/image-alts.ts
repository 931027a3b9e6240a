import type { Element, Root } from 'hast';

/**
 * Gives `alt=""` to every image written without one. A post's own `<img src="x.png">` has no
 * text to stand for it: a screen reader then reads out its file name, and axe rates the page
 * critical. An empty alt marks it as an image the text does not need, which is what an image
 * its writer gave no words to usually is.
 * @example altForImages(tree) // <img src="x.png" alt=""> for <img src="x.png">
 */
export function altForImages(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'img' && typeof child.properties.alt !== 'string')
      child.properties.alt = '';
    altForImages(child);
  }
}
