// What would let a post's HTML run script in a browser: a tag that runs or embeds code, an
// event-handler attribute, or a URL attribute with a scheme that runs code.
const runs = /^(script|iframe|object|embed|frame|frameset|base|meta|link|style|template)$/i;
const urlAttribute = /^(href|src|action|formaction|xlink:href|srcset|poster|data|background)$/i;
const badScheme = /^(javascript|vbscript|data):/i;

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The parts of `html` that could run script; empty when it is inert. */
export function activeParts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const [whole, name, attributes] = tag as unknown as [string, string, string];
    if (runs.test(name)) found.push(whole);
    for (const a of attributes.matchAll(/([^\s"'=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const key = a[1]!;
      const value = decode((a[2] ?? '').replace(/^["']|["']$/g, '')).replace(/[\s\0]/g, '');
      if (/^on/i.test(key) || key.toLowerCase() === 'style') found.push(whole);
      else if (urlAttribute.test(key) && badScheme.test(value)) found.push(whole);
    }
  }
  return found;
}
