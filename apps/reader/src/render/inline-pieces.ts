import type { Nodes, Parents } from 'mdast';
import type { Role } from '../theme.ts';
import { type Piece, plainText, safePieces } from './pieces.ts';

// Inline Markdown (text, emphasis, code, links, images) flattened into styled pieces, each
// knowing the body line it came from, for the block layout to wrap.

/** A line being laid out, and the body line it starts at. */
export type Line = {
  pieces: Piece[];
  source: number;
  /** On a heading's first line: its id (as `#id`) and its `anchorKey`, for links to it. */
  anchors?: readonly string[];
};
/** What inline layout needs of the whole document. */
export type Ctx = {
  readonly showUrls: boolean;
  readonly definitions: ReadonlyMap<string, string>;
};

/** The body line a node starts at. */
export const lineOf = (node: Nodes, fallback: number) => node.position?.start.line ?? fallback;

/** Inline content of a node, flattened into styled pieces. */
export function inline(node: Nodes, roles: readonly Role[], ctx: Ctx, url?: string): Piece[] {
  const source = lineOf(node, 1);
  switch (node.type) {
    case 'text':
      return softBroken(node.value, roles, source, url);
    case 'inlineCode':
      return safePieces(node.value, [...roles, 'code'], source, url);
    case 'emphasis':
      return children(node, [...roles, 'emphasis'], ctx, url);
    case 'strong':
      return children(node, [...roles, 'strong'], ctx, url);
    case 'delete':
      return children(node, [...roles, 'muted', 'deleted'], ctx, url);
    case 'break':
      return [{ text: '\n', roles, source }];
    case 'link':
    case 'linkReference': {
      const target =
        node.type === 'link' ? node.url : ctx.definitions.get(node.identifier.toLowerCase());
      const text = children(node, [...roles, 'link'], ctx, target);
      if (!target || !ctx.showUrls || plainText(text) === target) return text;
      return [...text, ...safePieces(` (${target})`, [...roles, 'url'], source)];
    }
    case 'image':
    case 'imageReference': {
      const src =
        node.type === 'image' ? node.url : ctx.definitions.get(node.identifier.toLowerCase());
      // An image inside a link (a slide or video thumbnail) goes where the link goes, as a
      // click on it does in a browser.
      return safePieces(
        `[image: ${node.alt || (node.type === 'image' && node.title) || fileName(src) || 'untitled'}]`,
        [...roles, 'muted'],
        source,
        url ?? src,
      );
    }
    case 'footnoteReference':
      return safePieces(`[^${node.label ?? node.identifier}]`, [...roles, 'muted'], source);
    case 'html':
      return node.value.startsWith('<!--')
        ? []
        : softBroken(node.value, [...roles, 'muted'], source, url);
    default:
      return 'children' in node ? children(node as Parents, roles, ctx, url) : [];
  }
}

/**
 * Text whose line breaks are soft, as inside a paragraph: each is a space (not a control
 * character to show), and each part knows the body line it came from, so that mentions can be
 * found by line.
 */
export function softBroken(text: string, roles: readonly Role[], source: number, url?: string) {
  return text
    .split('\n')
    .flatMap((part, i) => safePieces(i ? ` ${part}` : part, roles, source + i, url));
}

function children(node: Parents, roles: readonly Role[], ctx: Ctx, url?: string): Piece[] {
  return (node.children as Nodes[]).flatMap((child) => inline(child, roles, ctx, url));
}

/** One piece of text in one role, for rules, bullets and separators. */
export const mark = (text: string, role: Role, source: number): Piece[] => [
  { text, roles: [role], source },
];

/**
 * The name of the file a URL points to (`Dan North.jpg` of `/photos/Dan%20North.jpg?s=1`): what
 * tells apart images that have no alt text, as blogs written with Octopress's `{% img %}` often do.
 */
function fileName(url: string | undefined): string | undefined {
  const last = url
    ?.replace(/[?#].*$/s, '')
    .split('/')
    .findLast(Boolean);
  if (!last || /^[a-z][a-z0-9+.-]*:$/i.test(last)) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
