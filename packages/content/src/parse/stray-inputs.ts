import type { Element, Root } from 'hast';

/**
 * Removes every `<input>` but a task list item's checkbox (a direct child of its `<li>`). The
 * sanitizer turns any input written in a post's HTML (`<input type=password>`) into a disabled
 * checkbox with nothing to name it: a control that does nothing and that a screen reader
 * announces as an unnamed checkbox.
 * @example dropStrayInputs(tree) // <p>Pass: </p> for <p>Pass: <input type="password"></p>
 */
export function dropStrayInputs(tree: Root | Element): void {
  const inItem = tree.type === 'element' && tree.tagName === 'li';
  tree.children = tree.children.filter(
    (child) => !(child.type === 'element' && child.tagName === 'input' && !inItem),
  ) as typeof tree.children;
  for (const child of tree.children) if (child.type === 'element') dropStrayInputs(child);
}
