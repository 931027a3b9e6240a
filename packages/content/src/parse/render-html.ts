import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Html, List, Root } from 'mdast';
import { htmlToHast, markdownToHast } from 'satteri';
import { paragraphAnchors } from './anchors.ts';
import { escapeAttributeAngles } from './attribute-angles.ts';
import { embedsAsLinks } from './embed-links.ts';
import { asFigure, type CaptionRanges, figureCaption } from './figures.ts';
import { anchoredElements, MAY_HOLD_ANCHORED } from './html-anchors.ts';
import { COMMENT_ONLY, htmlFromTree } from './html-from-tree.ts';
import { htmlNodeHast } from './html-text.ts';
import { altForImages } from './image-alts.ts';
import { withPlainMailLinks } from './mail-links.ts';
import { markdownFeatures, walk } from './mdast.ts';
import { markOwnIds, restoreOwnIds } from './own-ids.ts';
import { unnestRawAnchors } from './raw-anchor-links.ts';
import { rawHtmlSchema, sanitizeSchema } from './sanitize-schema.ts';
import { dropStrayInputs } from './stray-inputs.ts';
import { alignFromStyle } from './table-align.ts';
import { labelTaskItems } from './task-list-labels.ts';

type Span = readonly [start: number, end: number, id: string];

/** Anchors keyed by where their mdast node starts, for matching the hast of the same source. */
function anchorsByOffset(
  tree: Root,
  headingAnchors: readonly string[],
  htmlHeadings: ReadonlyMap<Element, string> | undefined,
) {
  const blocks = new Map<number, string>();
  // The paragraphs that render as a figure, by where they start, with their caption's offsets.
  const figures = new Map<number, CaptionRanges>();
  const tight = new Map<number, Span[]>();
  // The anchors of the paragraphs and headings in each block of raw HTML, by where it starts.
  const raws = new Map<number, { node: Html; ids: (string | undefined)[] }>();
  const anchors = paragraphAnchors(tree);
  for (const [node, id] of anchors) {
    if (node.type !== 'paragraph') continue;
    blocks.set(node.position!.start.offset!, id);
    const caption = figureCaption(node);
    if (caption) figures.set(node.position!.start.offset!, caption);
  }
  let h = 0;
  walk(tree, (node, parent) => {
    if (node.type === 'html' && MAY_HOLD_ANCHORED.test(node.value)) {
      const ids = anchoredElements(htmlNodeHast(node)).map(
        (e) => anchors.get(e) ?? htmlHeadings?.get(e),
      );
      if (ids.some(Boolean)) raws.set(node.position!.start.offset!, { node, ids });
    }
    if (node.type === 'heading') {
      const id = headingAnchors[h++];
      if (id) blocks.set(node.position!.start.offset!, id);
    }
    // A tight list item renders its paragraphs without `<p>`: remember their ranges by item.
    if (
      node.type === 'listItem' &&
      parent?.type === 'list' &&
      !node.spread &&
      !(parent as List).spread
    ) {
      const spans = node.children
        .filter((c) => c.type === 'paragraph')
        .map(
          (c): Span => [
            c.position!.start.offset!,
            c.position!.end.offset!,
            blocks.get(c.position!.start.offset!)!,
          ],
        );
      if (spans.length) tight.set(node.position!.start.offset!, spans);
    }
  });
  return { blocks, figures, raws, tight };
}

/**
 * Wraps the inline children of a tight list item that came from one paragraph in one
 * `<span id>`; a `<p>` (the list renders loose) has the id itself. A line break between two
 * children of the same paragraph stays inside its span, so each id appears once.
 */
function wrapTightParagraphs(li: Element, spans: readonly Span[]): void {
  const out: ElementContent[] = [];
  let open: Element | undefined;
  const spanOf = (child: ElementContent | undefined) => {
    const at = child?.position?.start.offset;
    if (at === undefined || (child?.type === 'element' && child.tagName === 'p')) return undefined;
    return spans.find(([s, e]) => at >= s && at < e);
  };
  const children = li.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    let span = spanOf(child);
    if (!span && open && child.position === undefined) {
      const next = children.slice(i + 1).find((c) => c.position !== undefined);
      if (spanOf(next)?.[2] === open.properties.id) span = spanOf(next);
    }
    if (!span) {
      open = undefined;
      out.push(child);
      continue;
    }
    if (open?.properties.id !== span[2]) {
      open = { type: 'element', tagName: 'span', properties: { id: span[2] }, children: [] };
      out.push(open);
    }
    open.children.push(child);
  }
  li.children = out;
}

/**
 * The HTML of a block of raw HTML with its paragraphs and headings given their anchors, marked
 * as the ids the Markdown engine gives are (see `markOwnIds`). Written from the tree the anchors
 * were found in (parsed once for the post's text, extraction and this): the ids are set on it
 * for the writing only.
 */
function anchorRawHtml(node: Html, ids: readonly (string | undefined)[], mark: string) {
  const root = htmlNodeHast(node);
  const elements = anchoredElements(root);
  elements.forEach((element, i) => {
    const id = ids[i];
    if (id) element.properties.id = `${mark}${id}`;
  });
  try {
    return toHtml(root, { allowDangerousHtml: true });
  } finally {
    // `anchoredElements` are the elements without an id of their own.
    for (const element of elements) delete element.properties.id;
  }
}

function addAnchors(
  node: HastRoot | Element,
  anchors: ReturnType<typeof anchorsByOffset>,
  mark: string,
): void {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'raw') {
      const raw = anchors.raws.get(child.position?.start.offset ?? -1);
      if (raw) child.value = anchorRawHtml(raw.node, raw.ids, mark);
      continue;
    }
    if (child.type !== 'element') continue;
    const at = child.position?.start.offset;
    if (at !== undefined) {
      const id = anchors.blocks.get(at);
      if (id && /^(p|h[1-6])$/.test(child.tagName)) child.properties.id = id;
      const caption = child.tagName === 'p' ? anchors.figures.get(at) : undefined;
      if (caption) asFigure(child, caption);
      const spans = child.tagName === 'li' ? anchors.tight.get(at) : undefined;
      if (spans) wrapTightParagraphs(child, spans);
    }
    addAnchors(child, anchors, mark);
  }
}

/**
 * Whether raw HTML is left after dropping raw nodes that are only comments (teaser markers such
 * as `<!-- more -->`), which the sanitizer would remove anyway.
 */
function hasRaw(node: HastRoot | Element): boolean {
  let found = false;
  node.children = (node.children as RootContent[]).filter((child) => {
    if (child.type === 'raw') {
      if (COMMENT_ONLY.test(child.value)) return false;
      found = true;
    } else if (child.type === 'element' && hasRaw(child)) found = true;
    return true;
  }) as typeof node.children;
  return found;
}

/**
 * Renders a Markdown body to sanitized HTML. Paragraphs carry the ids `paragraphAnchors` gives
 * them (a `<p>`, or a `<span>` in a tight list item) and headings their anchors. Raw HTML is
 * parsed as a whole document, so tags may open and close in different blocks, then filtered
 * (no scripts, no event handlers, no `javascript:` URLs).
 * @example renderHtml('# Hi\n\nThere', parseMarkdown('# Hi\n\nThere'), ['hi'])
 * // '<h1 id="hi">Hi</h1>\n<p id="p-1">There</p>'
 */
export function renderHtml(
  body: string,
  tree: Root,
  headingAnchors: readonly string[],
  htmlHeadings?: ReadonlyMap<Element, string>,
): string {
  // Most articles print straight from the tree; the rest take the hast pipeline, which
  // `htmlFromTree` reproduces byte for byte where it applies.
  return withPlainMailLinks(
    escapeAttributeAngles(
      htmlFromTree(tree, headingAnchors) ??
        renderThroughHast(body, tree, headingAnchors, htmlHeadings),
    ),
  );
}

/**
 * `renderHtml` through the Markdown engine's hast, the sanitizer and hast-util-to-html: a
 * second parse of the body, and the only way for raw HTML, footnotes and task lists.
 */
export function renderThroughHast(
  body: string,
  tree: Root,
  headingAnchors: readonly string[],
  htmlHeadings?: ReadonlyMap<Element, string>,
): string {
  const hast = markdownToHast(body, { features: markdownFeatures, position: true }) as HastRoot;
  alignFromStyle(hast);
  // Ids the post's HTML writes are prefixed, so that none takes the place of an anchor.
  const mark = `m${Math.random().toString(36).slice(2)}${Date.now().toString(36)}-`;
  addAnchors(hast, anchorsByOffset(tree, headingAnchors, htmlHeadings), mark);
  // Without raw HTML the tree is already structured: sanitize it as it is. Only raw HTML needs
  // the round trip through a parser, which is most of the cost of rendering.
  if (!hasRaw(hast)) return toHtml(finish(sanitize(hast, sanitizeSchema) as HastRoot));
  markOwnIds(hast, mark);
  unnestRawAnchors(hast);
  const html = toHtml(hast, { allowDangerousHtml: true });
  const parsed = htmlToHast(html, { fragment: true }) as HastRoot;
  embedsAsLinks(parsed);
  const clean = sanitize(parsed, rawHtmlSchema) as HastRoot;
  restoreOwnIds(clean, `${rawHtmlSchema.clobberPrefix ?? ''}${mark}`);
  return toHtml(finish(clean));
}

/**
 * What the sanitized tree still lacks: names for task list checkboxes, no other inputs, and an
 * alt for each image.
 */
function finish(tree: HastRoot): HastRoot {
  dropStrayInputs(tree);
  labelTaskItems(tree);
  altForImages(tree);
  return tree;
}
