import type { Definition, Link, LinkReference, Root } from 'mdast';
import type { PostLink } from '../schema/post.ts';
import { linkKind } from './link-kind.ts';
import { walk } from './mdast.ts';
import { plainText } from './plain-text.ts';

type Reading = { node: Link | LinkReference; url: string };

/**
 * Every link of a body, inline or by reference, in document order, with its file position
 * (`bodyLine` is the file line where the body starts) and what it points to.
 * @example links(parseMarkdown('[slides](https://speakerdeck.com/x)'), 1)[0]?.kind === 'slides'
 */
export function links(tree: Root, bodyLine: number): PostLink[] {
  return (linksInOneWalk(tree) ?? linksInTwoWalks(tree)).map(({ node, url }) => {
    const text = plainText(node).trim();
    const start = node.position!.start;
    return {
      url,
      text,
      line: start.line + bodyLine - 1,
      column: start.column,
      kind: linkKind(url, text),
    };
  });
}

/**
 * Definitions and links gathered in one walk, references resolved after it (a definition may
 * follow its reference). `undefined` when a link cannot be read that way: a reference without
 * a definition, or a link without a position, whose children are then links to read.
 */
function linksInOneWalk(tree: Root): Reading[] | undefined {
  const definitions = new Map<string, Definition>();
  const found: (Link | LinkReference)[] = [];
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    else if (node.type === 'link' || node.type === 'linkReference') {
      found.push(node);
      return false;
    }
  });
  const read: Reading[] = [];
  for (const node of found) {
    const url =
      node.type === 'link' ? node.url : definitions.get(node.identifier.toLowerCase())?.url;
    if (url === undefined || !node.position) return undefined;
    read.push({ node, url });
  }
  return read;
}

function linksInTwoWalks(tree: Root): Reading[] {
  const definitions = new Map<string, Definition>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
  });
  const read: Reading[] = [];
  walk(tree, (node) => {
    let url: string | undefined;
    if (node.type === 'link') url = node.url;
    else if (node.type === 'linkReference')
      url = definitions.get(node.identifier.toLowerCase())?.url;
    if (url === undefined || !node.position) return;
    read.push({ node: node as Link | LinkReference, url });
    return false;
  });
  return read;
}
