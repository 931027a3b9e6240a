import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Html } from 'mdast';
import { htmlToHast } from 'satteri';
import { BLOCK_TAGS, UNREAD_TAGS } from './html-anchors.ts';
import { COMMENT_ONLY } from './html-from-tree.ts';

/**
 * The readable text of a block of raw HTML (a WordPress or Ghost body converted to Markdown
 * keeps its `<p>`s), one string per block element with text: text and image alt, without
 * scripts and styles, entities decoded, white space collapsed as `plainText` does.
 * @example htmlTextBlocks('<p>A <em>b</em></p><p>c</p>') // ['A b', 'c']
 */
export function htmlTextBlocks(html: string): string[] {
  // Most blocks of HTML hold no text (`<!-- more -->`, whose text before it is none): they are
  // not parsed.
  if (COMMENT_ONLY.test(html) || html.trim() === '') return [];
  if (!html.includes('<') && !html.includes('&')) {
    const text = html.replace(/\s+/g, ' ').trim();
    return text ? [text] : [];
  }
  return textBlocksOf(htmlToHast(html, { fragment: true }) as HastRoot);
}

function textBlocksOf(root: HastRoot): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  // Walked with a stack, not recursion: the HTML may nest as deep as its writer made it. A
  // `null` marks the end of a block element.
  const stack: (RootContent | ElementContent | null)[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.type === 'text') line += node.value;
    if (node.type !== 'element' || UNREAD_TAGS.has(node.tagName)) continue;
    if (node.tagName === 'br') line += ' ';
    else if (node.tagName === 'img') line += ` ${String(node.properties.alt ?? '')} `;
    else if (node.tagName === 'td' || node.tagName === 'th') line += line.trim() ? ' | ' : '';
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) {
      flush();
      stack.push(null);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  return blocks;
}

// A post's text, its excerpt and extraction read the same blocks of HTML: each is parsed once.
const readBlocks = new WeakMap<Html, string[]>();
const parsed = new WeakMap<Html, HastRoot>();

/**
 * The hast of an mdast `html` node, parsed as a fragment once for the node.
 * @example htmlNodeHast({ type: 'html', value: '<p>a</p>' }).children[0]?.type // 'element'
 */
export function htmlNodeHast(node: Html): HastRoot {
  let root = parsed.get(node);
  if (!root) {
    root = htmlToHast(node.value, { fragment: true }) as HastRoot;
    parsed.set(node, root);
  }
  return root;
}

/**
 * `htmlTextBlocks` of an mdast `html` node, remembered for the node.
 * @example htmlNodeTextBlocks({ type: 'html', value: '<p>a</p>' }) // ['a']
 */
export function htmlNodeTextBlocks(node: Html): string[] {
  let blocks = readBlocks.get(node);
  if (!blocks) {
    const html = node.value;
    blocks =
      COMMENT_ONLY.test(html) || !/[<&]/.test(html)
        ? htmlTextBlocks(html)
        : textBlocksOf(htmlNodeHast(node));
    readBlocks.set(node, blocks);
  }
  return blocks;
}
