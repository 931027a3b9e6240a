import type { Heading } from 'mdast';

// Zola, Hugo, kramdown and Pandoc give a heading its id with `{#id}` (kramdown also `{: #id}`)
// after its text: markup for the engine, not words to read.
const ATTRIBUTES = /\{:?[ \t]*#([^\s}]+)[^}]*\}[ \t]*$/;

/** A heading without a trailing `{#id}` attribute block, and the id it gave. */
export function headingAttributes(node: Heading): { heading: Heading; id?: string } {
  const last = node.children.at(-1);
  if (last?.type !== 'text') return { heading: node };
  const found = ATTRIBUTES.exec(last.value);
  if (!found) return { heading: node };
  const text = last.value.slice(0, found.index).trimEnd();
  const kept = node.children.slice(0, -1);
  const children = text ? [...kept, { ...last, value: text }] : kept;
  return { heading: { ...node, children }, id: found[1]! };
}
