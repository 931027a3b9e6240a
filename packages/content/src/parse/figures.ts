import type { Element, ElementContent } from 'hast';
import type { Paragraph, Root } from 'mdast';
import { walk } from './mdast.ts';

// A picture with its caption (Hugo's `figure` shortcode, WordPress' `[caption]`) is written as a
// paragraph of Markdown, the caption's words where the source has them so that mentions in it
// keep their line and column; the paragraph remembers which of its offsets are the caption, and
// the HTML makes it the `<figure>` the engine renders.

/** Offsets of a body (end exclusive) that hold a figure's caption. */
export type CaptionRanges = readonly (readonly [start: number, end: number])[];

type FigureData = { figureCaption?: CaptionRanges };

/** Marks a paragraph as a figure whose caption is at `ranges`. */
export function markFigure(paragraph: Paragraph, ranges: CaptionRanges): void {
  paragraph.data = { ...paragraph.data, figureCaption: ranges } as Paragraph['data'];
}

/** The caption's offsets of a paragraph that is a figure; undefined for any other. */
export function figureCaption(paragraph: Paragraph): CaptionRanges | undefined {
  return (paragraph.data as FigureData | undefined)?.figureCaption;
}

const blank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/**
 * Makes the `<p>` of a figure's paragraph a `<figure>`: what lies in the caption's offsets goes
 * in a `<figcaption>` after the rest (the picture), as Hugo and WordPress render them. The
 * element keeps its id, the paragraph's anchor, which mentions in the caption link to.
 * @example asFigure(p, [[20, 38]]) // <figure id="p-2"><img …><figcaption>The stage</figcaption></figure>
 */
export function asFigure(element: Element, ranges: CaptionRanges): void {
  const media: ElementContent[] = [];
  const caption: ElementContent[] = [];
  for (const child of element.children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    const inCaption =
      start !== undefined && end !== undefined && ranges.some(([s, e]) => start < e && s < end);
    if (inCaption) caption.push(child);
    else if (!blank(child)) media.push(child);
  }
  // The spaces the tag's other characters were written as: between pieces of the caption one
  // space, at its ends none.
  for (const child of caption)
    if (child.type === 'text') child.value = child.value.replace(/\s+/g, ' ');
  const first = caption[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = caption.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  while (caption[0] && blank(caption[0])) caption.shift();
  while (caption.at(-1) && blank(caption.at(-1)!)) caption.pop();
  const words = caption;
  element.tagName = 'figure';
  element.children = words.length
    ? [...media, { type: 'element', tagName: 'figcaption', properties: {}, children: words }]
    : media;
}

/** A span of the body written as a figure: the tag's offsets and its caption's. */
export interface FigureSpan {
  readonly start: number;
  readonly end: number;
  readonly captions: CaptionRanges;
}

/**
 * Marks each paragraph that is one of `figures` and nothing else as that figure. A figure
 * written among other words of its paragraph stays a picture and words, as an engine's
 * `<figure>` inside a paragraph would not render as one either. `figures` in document order.
 */
export function markFigures(tree: Root, figures: readonly FigureSpan[]): void {
  if (figures.length === 0) return;
  walk(tree, (node) => {
    if (node.type !== 'paragraph') return;
    const at = node.position?.start.offset;
    if (at === undefined) return false;
    // The last figure that starts at or before the paragraph: a binary search, for a body may
    // hold thousands.
    let lo = 0;
    let hi = figures.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (figures[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    const figure = figures[lo]!;
    const inside = node.children.every((child) => {
      if (child.type === 'text' && child.value.trim() === '') return true;
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      return start !== undefined && end !== undefined && start >= figure.start && end <= figure.end;
    });
    if (figure.start <= at && inside) markFigure(node, figure.captions);
    return false;
  });
}
