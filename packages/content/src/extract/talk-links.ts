import type { TalkLink } from '../schema/talk.ts';
import type { FlatText } from './flat-text.ts';
import { overlaps, type TalkHit } from './hits.ts';
import { sentenceAt, spansAround } from './text-tools.ts';
import { classifyUrl } from './url-kind.ts';

// Whether a block's text has a link at all, looked up once per block rather than once per talk
// named in it: a paragraph naming thousands of talks would otherwise take quadratic time. A
// block of a few spans is read again, which costs less than a table of weak keys.
const linkedTexts = new WeakMap<FlatText, boolean>();
const FEW_SPANS = 16;
const isLink = (span: FlatText['spans'][number]) => span.kind === 'link';
const hasLink = (flat: FlatText) => {
  if (flat.spans.length <= FEW_SPANS) return flat.spans.some(isLink);
  let linked = linkedTexts.get(flat);
  if (linked === undefined) {
    linked = flat.spans.some(isLink);
    linkedTexts.set(flat, linked);
  }
  return linked;
};

/**
 * The slides, video and page a post links for a talk: on its title, from its sentence when the
 * link says what it is, or from its own section.
 */
export function talkLinks(hit: TalkHit): TalkLink[] {
  const links: TalkLink[] = [];
  const add = (url: string | undefined, page: boolean) => {
    if (!url || links.some((l) => l.url === url)) return;
    const c = classifyUrl(url);
    if (c.kind === 'slides' || c.kind === 'video') links.push({ url, kind: c.kind });
    else if (page && c.kind === 'other' && /^https?:/.test(url)) links.push({ url, kind: 'page' });
  };
  // Most talks are named in a block without links and have no section of their own.
  if (!hit.body && !hasLink(hit.block.flat)) return links;
  const own = hit.title ?? hit.at;
  for (const span of spansAround(hit.block.flat, own.start, own.end))
    if (span.kind === 'link' && overlaps(span, own)) add(span.url, true);
  // Slides or a recording linked from the same sentence, or from the talk's own section.
  const sentence = sentenceAt(hit.block.flat.text, own.start);
  for (const span of spansAround(
    hit.block.flat,
    Math.max(sentence.start, own.start - 300),
    Math.min(sentence.end, own.end + 300),
  ))
    if (
      span.kind === 'link' &&
      overlaps(span, sentence) &&
      /slides?|video|recording|deck/i.test(hit.block.flat.text.slice(span.start, span.end))
    )
      add(span.url, false);
  for (const b of hit.body ?? [])
    for (const span of b.flat.spans)
      if (
        span.kind === 'link' &&
        (/slides?|video|recording|deck/i.test(b.flat.text.slice(span.start, span.end)) ||
          ['slides', 'video'].includes(classifyUrl(span.url ?? '').kind))
      )
        add(span.url, false);
  return links;
}
