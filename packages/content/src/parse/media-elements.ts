import type { Element, Root as HastRoot } from 'hast';
import type { Html, Root } from 'mdast';
import { htmlToHast } from 'satteri';
import { mediaAddress, mediaLinkText } from './embed-links.ts';
import { walk } from './mdast.ts';
import { holdsBlocks } from './plain-text.ts';
import type { TemplateTag } from './template-tags.ts';

// A `<video>` or `<audio>` a post writes among its Markdown is a recording no page here plays:
// the sanitizer drops the player and shows its fallback ("Your browser does not support
// video") as if the writer had written it. It is read as a link to the recording instead,
// written over the element where it is, as a template tag is, so that the link is in the
// post's text and links and every later offset stays put. One inside a larger block of HTML,
// where Markdown would show as written, is made a link in the HTML (see `embedsAsLinks`).

const OPENER = /^<(video|audio)(?=[\s/>])/i;
const MEDIA_NAME = /video|audio/iy;

/**
 * Whether `<video` or `<audio` (any case) stands anywhere in a body: what `/<(?:video|audio)/i`
 * tests, asked only after each `<`, which a search finds faster than the expression scans.
 */
function mentionsMedia(body: string): boolean {
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at + 1)) {
    MEDIA_NAME.lastIndex = at + 1;
    if (MEDIA_NAME.test(body)) return true;
  }
  return false;
}
const closerOf = (name: string) => new RegExp(`^</${name}\\s*>$`, 'i');

/** The link a recording's HTML stands for; undefined when it has no web address. */
function recordingLink(html: string): TemplateTag['embed'] {
  const root = htmlToHast(html, { fragment: true }) as HastRoot;
  const element = root.children.find((c): c is Element => c.type === 'element');
  if (!element || (element.tagName !== 'video' && element.tagName !== 'audio')) return undefined;
  const url = mediaAddress(element);
  if (!url) return undefined;
  const title = typeof element.properties.title === 'string' ? element.properties.title : '';
  return { kind: 'link', url: url.href, text: mediaLinkText(element.tagName, title, url) };
}

const span = (body: string, start: number, end: number): TemplateTag | undefined => {
  const value = body.slice(start, end);
  const embed = recordingLink(value);
  return embed && { value, start, end, embed };
};

/**
 * The `<video>` and `<audio>` elements of a body written among its Markdown, each with the
 * link it stands for: a block of HTML that is the element alone, or the element's tags and
 * what lies between them within a paragraph. Only those with an http(s) address, their own or
 * a `<source>`'s. In document order.
 * @example recordingSpans(body, tree)[0]?.embed // { kind: 'link', url: 'https://example.com/talk.mp4', text: 'Video on example.com' }
 */
export function recordingSpans(body: string, tree: Root): TemplateTag[] {
  if (!mentionsMedia(body)) return [];
  const found: TemplateTag[] = [];
  walk(tree, (node, parent) => {
    if (node.type === 'html' && parent && holdsBlocks(parent.type)) {
      const name = OPENER.exec(node.value)?.[1];
      if (!name) return;
      const start = node.position!.start.offset!;
      const close = new RegExp(`</${name}\\s*>`, 'i').exec(node.value);
      // What follows the element in its block stays HTML: the element is left to the HTML.
      const end = close ? close.index + close[0].length : node.value.length;
      if (node.value.slice(end).trim() !== '') return;
      const recording = span(body, start, start + end);
      if (recording) found.push(recording);
      return;
    }
    if (node.type !== 'paragraph') return;
    if (!node.children.some((c) => c.type === 'html' && OPENER.test(c.value))) return false;
    // Each opener's closer is the next closer of its name in the paragraph; once none is left,
    // no later opener looks again, so a paragraph of many openers is read once.
    const closed = new Set<string>(['video', 'audio']);
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const opener = children[i]!;
      const name =
        opener.type === 'html' ? OPENER.exec(opener.value)?.[1]?.toLowerCase() : undefined;
      if (!name) continue;
      const self = /\/>\s*$/.test((opener as Html).value);
      let j = i;
      if (!self && closed.has(name)) {
        const closer = closerOf(name);
        j = i + 1;
        while (
          j < children.length &&
          !(children[j]!.type === 'html' && closer.test((children[j] as Html).value))
        )
          j++;
        if (j === children.length) {
          closed.delete(name);
          j = i;
        }
      }
      const recording = span(
        body,
        opener.position!.start.offset!,
        children[j]!.position!.end.offset!,
      );
      if (recording) found.push(recording);
      i = j;
    }
    return false;
  });
  return found;
}
