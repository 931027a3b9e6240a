import type { Definition, Root } from 'mdast';
import type { PostLink } from '../schema/post.ts';
import { linkKind } from './link-kind.ts';
import { walk } from './mdast.ts';
import { plainText } from './plain-text.ts';

/**
 * Every link of a body, inline or by reference, in document order, with its file position
 * (`bodyLine` is the file line where the body starts) and what it points to.
 * @example links(parseMarkdown('[slides](https://speakerdeck.com/x)'), 1)[0]?.kind === 'slides'
 */
export function links(tree: Root, bodyLine: number): PostLink[] {
  const definitions = new Map<string, Definition>();
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
  });
  const found: PostLink[] = [];
  walk(tree, (node) => {
    let url: string | undefined;
    if (node.type === 'link') url = node.url;
    else if (node.type === 'linkReference')
      url = definitions.get(node.identifier.toLowerCase())?.url;
    if (url === undefined || !node.position) return;
    const text = plainText(node).trim();
    found.push({
      url,
      text,
      line: node.position.start.line + bodyLine - 1,
      column: node.position.start.column,
      kind: linkKind(url, text),
    });
    return false;
  });
  return found;
}
