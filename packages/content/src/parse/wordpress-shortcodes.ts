import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { htmlToHast } from 'satteri';
import { linkText, mediaLinkText, webAddress } from './embed-links.ts';
import { forwardSearch } from './forward-search.ts';
import { linkKind } from './link-kind.ts';
import { destination, escapeText, layOut } from './markdown-write.ts';
import { walk } from './mdast.ts';
import { holdsBlocks } from './plain-text.ts';
import type { Argument } from './tag-arguments.ts';
import { type TemplateEmbed, URL_LIKE } from './template-embeds.ts';
import type { WrittenFigure } from './template-figures.ts';
import type { TemplateTag } from './template-tags.ts';

// WordPress' shortcodes that posts imported from WordPress keep, read as WordPress renders them:
// `[caption]` a figure with its caption, `[embed]`, `[video]`, `[audio]` and the `[youtube]` and
// `[vimeo]` of WordPress.com links to what they played (pages here run no players). A
// `[gallery]` or `[playlist]` names attachments in WordPress' database, which an export does
// not carry: with no pictures to show, a reader is served by nothing at all rather than a
// placeholder, and the writer by the warning every tag left out gets. Any other bracketed text
// (`[1]`, `[sic]`, links, task lists) is no shortcode of these names.

const NAMES = 'caption|wp_caption|embed|video|audio|youtube|vimeo|gallery|playlist';
// WordPress' own grammar (get_shortcode_regex): `[name attrs]`, `[name attrs /]`, or an opener,
// its content and `[/name]`; attributes hold no `]`.
const OPENER = new RegExp(`\\[(${NAMES})(?![\\w-])`, 'g');
const VIDEO_FORMATS = ['mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv'];
const AUDIO_FORMATS = ['mp3', 'ogg', 'm4a', 'wav', 'wma', 'flac'];

type Arguments = { named: Map<string, Argument>; positional: string[] };

/** WordPress' attributes: `a="b"`, `a='b'`, `a=b` and bare values, with where each value is. */
function attributes(tag: string, args: string): Arguments {
  const named = new Map<string, Argument>();
  const positional: string[] = [];
  const offset = tag.lastIndexOf(args);
  const token = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"]+))|"([^"]*)"|'([^']*)'|(\S+)/dg;
  for (let m = token.exec(args); m; m = token.exec(args)) {
    const at = m.indices?.[2] ?? m.indices?.[3] ?? m.indices?.[4];
    if (m[1] && at)
      named.set(m[1].toLowerCase(), {
        value: m[2] ?? m[3] ?? m[4] ?? '',
        start: offset + at[0],
        end: offset + at[1],
      });
    else positional.push(m[5] ?? m[6] ?? m[7] ?? '');
  }
  return { named, positional };
}

/** A link to what a player played: named as an embedded player's link is. */
function playerLink(
  address: string | undefined,
  kind?: 'video' | 'audio',
): TemplateEmbed | undefined {
  const url = webAddress(address?.replace(/&amp;/g, '&'));
  if (!url) return undefined;
  const video = kind === 'video' || linkKind(url.href, '') === 'video';
  const text =
    kind === 'audio' || video ? mediaLinkText(kind ?? 'video', '', url) : linkText('', url);
  const short = kind === 'audio' ? 'Audio' : video ? 'Video' : 'Link';
  return { kind: 'link', url: url.href, text, short };
}

/** What a shortcode other than `[caption]` stands for; undefined for one to leave out. */
function shortcodeEmbed(name: string, args: Arguments, content: string): TemplateEmbed | undefined {
  const { named, positional } = args;
  switch (name) {
    case 'embed':
      return playerLink(content.trim() || named.get('src')?.value);
    case 'youtube':
      // `[youtube URL]`, and WordPress.com's `[youtube=URL]`.
      return playerLink(positional[0]?.replace(/^=/, ''), 'video');
    case 'vimeo': {
      const id = (positional[0] ?? named.get('id')?.value ?? '').replace(/^=/, '');
      return /^\d+$/.test(id)
        ? playerLink(`https://vimeo.com/${id}`, 'video')
        : playerLink(id, 'video');
    }
    case 'video':
    case 'audio': {
      const formats = name === 'video' ? VIDEO_FORMATS : AUDIO_FORMATS;
      const src = [named.get('src'), ...formats.map((f) => named.get(f))].find((a) => a?.value);
      return playerLink(src?.value, name);
    }
    default:
      return undefined;
  }
}

// WordPress' reading of a caption's content (img_caption_shortcode): the picture, in a link or
// not, then the caption.
const PICTURE = /^\s*((?:<a\s[^>]*>\s*)?<img\s[^>]*>(?:\s*<\/a>)?)/i;

/** The Markdown of a caption's picture: `![alt](src)`, in its link; undefined with no safe source. */
function pictureMarkdown(html: string, reference: (url: string) => string | undefined) {
  const root = htmlToHast(html, { fragment: true }) as HastRoot;
  let img: Element | undefined;
  let href: string | undefined;
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a' && typeof child.properties.href === 'string')
        href = child.properties.href;
      if (child.tagName === 'img') img ??= child;
      visit(child);
    }
  };
  visit(root);
  const src = img?.properties.src;
  if (typeof src !== 'string' || !URL_LIKE.test(src)) return undefined;
  const alt = escapeText(typeof img!.properties.alt === 'string' ? img!.properties.alt : '');
  const at = (url: string) => {
    const label = reference(url);
    return label === undefined ? `(${destination(url)})` : `[${label}]`;
  };
  const image = `![${alt}]${at(src)}`;
  return href && URL_LIKE.test(href) ? `[${image}]${at(href)}` : image;
}

/**
 * A `[caption]` written as Markdown over its span: its picture first, its caption's words where
 * the span has them (so a talk or a speaker named there keeps its line and column).
 */
function captionMarkdown(
  span: string,
  openerEnd: number,
  closerStart: number,
  args: Arguments,
  label: (n: number) => string,
  indent: number,
): WrittenFigure | undefined {
  const content = span.slice(openerEnd, closerStart);
  const picture = PICTURE.exec(content);
  const own = args.named.get('caption');
  const words: [number, number] | undefined = own?.value.trim()
    ? [own.start, own.end]
    : (() => {
        const from = openerEnd + (picture?.[0].length ?? 0);
        const text = span.slice(from, closerStart);
        const lead = text.length - text.trimStart().length;
        const length = text.trim().length;
        return length > 0 ? [from + lead, from + lead + length] : undefined;
      })();
  // The caption's words where the span has them; else, where that would read as indented code,
  // after the picture: shifted, but shown.
  for (const [byReference, inPlace] of [
    [false, true],
    [true, true],
    [true, false],
  ] as const) {
    const definitions: string[] = [];
    const reference = (url: string) => {
      if (!byReference) return undefined;
      definitions.push(`[${label(definitions.length + 1)}]: ${destination(url)}`);
      return label(definitions.length);
    };
    const image = picture ? pictureMarkdown(picture[1]!, reference) : undefined;
    const at = inPlace || !words ? words?.[0] : image ? image.length + 1 : 0;
    const caption = words && at !== undefined && { text: span.slice(words[0], words[1]), at };
    const text = layOut(
      span,
      [...(image ? [{ text: image }] : []), ...(caption ? [caption] : [])],
      indent,
    );
    if (text !== undefined && caption)
      return {
        text,
        definitions,
        captions: image ? [[caption.at, caption.at + caption.text.length] as const] : [],
      };
    if (text !== undefined) return { text, definitions, captions: [] };
  }
  return undefined;
}

/**
 * WordPress shortcodes of a body outside code and blocks of HTML, each with what it stands for:
 * a link (`embed`), a figure (`figure`), or neither (a gallery, left out). A bracket that opens a
 * Markdown link or reference (`[video](…)`, `[embed][1]`, `[audio]: …`, `[video]` with such a
 * definition) is no shortcode. In document order.
 * @example wordpressShortcodes(body, tree)[0]?.embed // for '[youtube https://youtu.be/x]': a link to it
 */
export function wordpressShortcodes(body: string, tree: Root): TemplateTag[] {
  if (!body.includes('[')) return [];
  OPENER.lastIndex = 0;
  if (!OPENER.test(body)) return [];
  const skip: [number, number][] = [];
  const defined = new Set<string>();
  walk(tree, (node, parent) => {
    const at = node.position;
    if (node.type === 'definition') defined.add((node.label ?? '').toLowerCase());
    if (!at) return;
    if (node.type === 'code' || node.type === 'inlineCode')
      skip.push([at.start.offset!, at.end.offset!]);
    else if (node.type === 'html' && parent && holdsBlocks(parent.type))
      skip.push([at.start.offset!, at.end.offset!]);
  });
  skip.sort((a, b) => a[0] - b[0]);
  // Closers and paragraph ends are searched forward only: a body of many openers that never
  // close is read once.
  const finder = (pattern: RegExp) => forwardSearch(body, pattern);
  const blank = finder(/\n[ \t]*\r?\n/g);
  const bracket = finder(/\]/g);
  const closers = new Map<string, (from: number) => number>();
  const closer = (name: string) => {
    let find = closers.get(name);
    if (!find) {
      find = finder(new RegExp(`\\[/${name}\\]`, 'g'));
      closers.set(name, find);
    }
    return find;
  };
  const found: TemplateTag[] = [];
  let k = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(body); m; m = OPENER.exec(body)) {
    const start = m.index;
    const name = m[1]!;
    const paragraphEnd = blank(start);
    const openerEnd = bracket(start);
    // An opener that never closes in its paragraph is text.
    if (openerEnd === -1 || (paragraphEnd !== -1 && paragraphEnd < openerEnd)) continue;
    const opener = body.slice(start, openerEnd + 1);
    const attributeText = opener.slice(name.length + 1, -1);
    let end = openerEnd + 1;
    while (k < skip.length && skip[k]![1] <= start) k++;
    const after = body[end];
    const inSkipped = k < skip.length && start >= skip[k]![0];
    // A full or collapsed reference (`[embed][1]`, `[video][]`) is a link when its label is
    // defined; labels are at most 999 characters long.
    const label = after === '[' ? /^\[([^\]]{0,999})\]/.exec(body.slice(end, end + 1002)) : null;
    const markdownLink =
      after === '(' ||
      after === ':' ||
      defined.has(opener.slice(1, -1).toLowerCase()) ||
      (label !== null && defined.has((label[1] || opener.slice(1, -1)).toLowerCase()));
    // `[[video]]` is WordPress' way to show a shortcode as written.
    const escaped = body[start - 1] === '[' && after === ']';
    if (inSkipped || markdownLink || escaped) {
      OPENER.lastIndex = start + 1;
      continue;
    }
    const selfClosing = attributeText.trimEnd().endsWith('/');
    const close = selfClosing ? -1 : closer(name)(end);
    const enclosing = close !== -1 && (paragraphEnd === -1 || close < paragraphEnd);
    const closerStart = enclosing ? close : end;
    if (enclosing) end = close + name.length + 3;
    const value = body.slice(start, end);
    const args = attributes(value, attributeText.replace(/\/\s*$/, '').trim());
    const content = body.slice(openerEnd + 1, closerStart);
    if (name === 'caption' || name === 'wp_caption') {
      const contentStart = opener.length;
      found.push({
        value,
        start,
        end,
        figure: (_tag, label, indent) =>
          captionMarkdown(value, contentStart, closerStart - start, args, label, indent),
      });
    } else {
      const embed = shortcodeEmbed(name, args, content);
      found.push({ value, start, end, ...(embed ? { embed } : {}) });
    }
    OPENER.lastIndex = end;
  }
  return found;
}
