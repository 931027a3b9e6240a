import type { Element, ElementContent, Root } from 'hast';

// What an embed names its address with.
const SOURCE: Record<string, string> = { iframe: 'src', embed: 'src', object: 'data' };

/** An embed's address when it is a web page, protocol-relative ones read as https. */
export function webAddress(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim(), 'https://embed.invalid/');
    if (url.hostname === 'embed.invalid' || !/^https?:$/.test(url.protocol)) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

const text = (value: string): ElementContent => ({ type: 'text', value });

// The title a site's embed code gives every one of its players ("YouTube video player",
// "Vimeo video player", "Embedded content"): as a link's text it says nothing of what was shown.
const BOILERPLATE =
  /^(?:[\w.]+[\s_-]+)?(?:(?:video|audio|media)[\s_-]+)?(?:player|embed(?:ded content)?)$/i;

/** What a link to an embed shows: its title, unless every embed of its site has that title. */
export function linkText(title: string, url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  if (title && !BOILERPLATE.test(title)) return title;
  return /\b(?:video|player)\b/i.test(title) ? `Video on ${host}` : `Embedded content from ${host}`;
}

// A recording's player: its own `src`, or its first `<source>` that has a web address.
const MEDIA = new Set(['video', 'audio']);

/** The web address of a `<video>` or `<audio>`: its `src`, or that of its first `<source>` with one. */
export function mediaAddress(element: Element): URL | undefined {
  const own = webAddress(element.properties.src);
  if (own) return own;
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    const url = child.tagName === 'source' ? webAddress(child.properties.src) : undefined;
    if (url) return url;
  }
  return undefined;
}

/**
 * What a link to a recording shows: its `title`, else what it is and where (`Video on
 * example.com`, `Audio on example.com`), as a link to an embedded player is named.
 * @example mediaLinkText('video', '', new URL('https://example.com/a.mp4')) === 'Video on example.com'
 */
export function mediaLinkText(tagName: string, title: string, url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  return title.trim() || `${tagName === 'audio' ? 'Audio' : 'Video'} on ${host}`;
}

/** The address an element embeds and what its link shows; undefined for any other element. */
function embedded(element: Element): { url: URL; text: string } | undefined {
  const title = typeof element.properties.title === 'string' ? element.properties.title.trim() : '';
  if (MEDIA.has(element.tagName)) {
    const url = mediaAddress(element);
    return url && { url, text: mediaLinkText(element.tagName, title, url) };
  }
  const attribute = SOURCE[element.tagName];
  const url = attribute && webAddress(element.properties[attribute]);
  return url ? { url, text: linkText(title, url) } : undefined;
}

/**
 * Turns each embedded page (`<iframe>`, `<embed>`, `<object>`: a video, slides) and each
 * recording (`<video>`, `<audio>`) into a link to it, named by its `title`, or by its host where the title is its site's player's name. The sanitizer drops embeds, and a recap's "Watch the
 * keynote:" was followed by nothing; a link keeps what was shown without running it. An embed
 * with no web address (`javascript:`, none) is left for the sanitizer to drop.
 * @example embedsAsLinks(tree) // <iframe src="https://youtu.be/x" title="Keynote"> → <a href="https://youtu.be/x">Keynote</a>
 */
export function embedsAsLinks(tree: Root | Element): void {
  tree.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    const found = embedded(child);
    if (!found && MEDIA.has(child.tagName)) {
      // A recording with no web address plays nothing here, and its fallback ("Your browser
      // does not support video") would read as the writer's: it leaves nothing.
      tree.children[i] = text('');
      return;
    }
    if (!found) {
      embedsAsLinks(child);
      return;
    }
    // A recording's children are what a browser without a player shows instead ("Your browser
    // does not support video"): the link replaces them.
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: found.url.href },
      children: [text(found.text)],
    };
    // Between blocks, a paragraph of its own, as a link written there in Markdown would be.
    tree.children[i] =
      tree.type === 'root'
        ? { type: 'element', tagName: 'p', properties: {}, children: [link] }
        : link;
  });
}
