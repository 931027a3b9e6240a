import type { Element, ElementContent, Root } from 'hast';

// What an embed names its address with.
const SOURCE: Record<string, string> = { iframe: 'src', embed: 'src', object: 'data' };

/** An embed's address when it is a web page, protocol-relative ones read as https. */
function webAddress(value: unknown): URL | undefined {
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
function linkText(title: string, url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  if (title && !BOILERPLATE.test(title)) return title;
  return /\b(?:video|player)\b/i.test(title) ? `Video on ${host}` : `Embedded content from ${host}`;
}

/**
 * Turns each embedded page (`<iframe>`, `<embed>`, `<object>`: a video, slides) into a link to
 * it, named by its `title`, or by its host where the title is its site's player's name. The sanitizer drops embeds, and a recap's "Watch the
 * keynote:" was followed by nothing; a link keeps what was shown without running it. An embed
 * with no web address (`javascript:`, none) is left for the sanitizer to drop.
 * @example embedsAsLinks(tree) // <iframe src="https://youtu.be/x" title="Keynote"> → <a href="https://youtu.be/x">Keynote</a>
 */
export function embedsAsLinks(tree: Root | Element): void {
  tree.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    const attribute = SOURCE[child.tagName];
    const url = attribute && webAddress(child.properties[attribute]);
    if (!url) {
      embedsAsLinks(child);
      return;
    }
    const title = typeof child.properties.title === 'string' ? child.properties.title.trim() : '';
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: url.href },
      children: [text(linkText(title, url))],
    };
    // Between blocks, a paragraph of its own, as a link written there in Markdown would be.
    tree.children[i] =
      tree.type === 'root'
        ? { type: 'element', tagName: 'p', properties: {}, children: [link] }
        : link;
  });
}
