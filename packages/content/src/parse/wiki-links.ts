import type { Parent, Text } from 'mdast';
import { type Root, walk } from './mdast.ts';

// "[[Ioana Dumitrescu]]", "[[Yuki Sato|Yuki]]", "[[DuckDB#Notes]]": links between the notes of
// Obsidian, Foam or a digital garden, whose targets are not pages of the catalog. An embed
// ("![[chart.png]]") is left as it is.
const WIKI_LINK = /(?<!!)\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

type Point = NonNullable<Text['position']>['start'];

/**
 * Writes each wiki link of the tree's text as the words it shows: its alias, else its target
 * without a heading after "#". Each piece of text keeps where it is in `markdown`, so what is
 * shown is where the words are, without the brackets.
 * @example unwrapWikiLinks(tree, 'Speaker: [[Ann Lee]]') // the paragraph reads "Speaker: Ann Lee"
 */
export function unwrapWikiLinks(tree: Root, markdown: string): void {
  if (!markdown.includes('[[')) return;
  const found: [Parent, Text][] = [];
  walk(tree, (node, parent) => {
    if (node.type === 'text' && parent && node.value.includes('[[')) found.push([parent, node]);
  });
  for (const [parent, node] of found) {
    const start = node.position?.start;
    const end = node.position?.end;
    // Only text as it stands in the source: an entity or an escape would shift the offsets.
    if (start?.offset === undefined || end?.offset === undefined) continue;
    if (markdown.slice(start.offset, end.offset) !== node.value) continue;
    const pieces = split(node.value, start);
    if (pieces.length === 1) continue;
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
  }
}

/** The text of `value` with each wiki link as its shown words, in pieces placed in the source. */
function split(value: string, start: Point): Text[] {
  const pieces: Text[] = [];
  const piece = (from: number, to: number) => {
    if (to > from)
      pieces.push({
        type: 'text',
        value: value.slice(from, to),
        position: { start: pointAt(value, start, from), end: pointAt(value, start, to) },
      });
  };
  let last = 0;
  for (const m of value.matchAll(WIKI_LINK)) {
    const target = m[1]!;
    const alias = m[2];
    piece(last, m.index);
    const at = m.index + 2 + (alias === undefined ? 0 : target.length + 1);
    const shown = alias ?? target.split('#', 1)[0]!;
    // "[[#Heading]]" links within the note: its heading is what it shows.
    const words = shown.trim() ? shown : target.slice(1);
    const from = value.indexOf(words, at);
    piece(from, from + words.length);
    last = m.index + m[0].length;
  }
  piece(last, value.length);
  return pieces;
}

/** Where the character at `index` of a text starting at `start` is. */
function pointAt(value: string, start: Point, index: number): Point {
  const before = value.lastIndexOf('\n', index - 1);
  let line = start.line;
  for (let i = value.indexOf('\n'); i !== -1 && i < index; i = value.indexOf('\n', i + 1)) line++;
  return {
    line,
    column: before === -1 ? start.column + index : index - before,
    offset: start.offset! + index,
  };
}
