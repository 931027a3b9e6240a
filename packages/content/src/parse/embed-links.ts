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

/**
 * Turns each embedded page (`<iframe>`, `<embed>`, `<object>`: a video, slides) into a link to
 * it, named by its `title` or its host. The sanitizer drops embeds, and a recap's "Watch the
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
      children: [text(title || `Embedded content from ${url.hostname.replace(/^www\./, '')}`)],
    };
    // Between blocks, a paragraph of its own, as a link written there in Markdown would be.
    tree.children[i] =
      tree.type === 'root'
        ? { type: 'element', tagName: 'p', properties: {}, children: [link] }
        : link;
  });
}
