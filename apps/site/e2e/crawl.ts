// Follows every internal link from the home page over HTTP and checks each one lands: the page
// answers 200 and, for a link with a fragment, the target page has an element with that id.

export type BrokenLink = { from: string; href: string; reason: string };
export type CrawlResult = { pages: Map<string, string>; broken: BrokenLink[] };

const hrefs = (html: string) =>
  [...html.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"/g)].map((m) =>
    m[1]!.replaceAll('&amp;', '&'),
  );
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

export async function crawl(origin: string, start = '/'): Promise<CrawlResult> {
  const pages = new Map<string, string>();
  const status = new Map<string, number>();
  const links: { from: string; url: URL }[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (status.has(path)) continue;
    const res = await fetch(new URL(path, origin));
    status.set(path, res.status);
    const type = res.headers.get('content-type') ?? '';
    const body = await res.text();
    if (!type.startsWith('text/html') || res.status !== 200) continue;
    pages.set(path, body);
    for (const href of hrefs(body)) {
      const url = new URL(href, new URL(path, origin));
      if (url.origin !== origin) continue;
      links.push({ from: path, url });
      if (!status.has(url.pathname)) queue.push(url.pathname);
    }
  }
  const broken: BrokenLink[] = [];
  for (const { from, url } of links) {
    const code = status.get(url.pathname);
    if (code !== 200) {
      broken.push({ from, href: url.pathname + url.hash, reason: `HTTP ${code}` });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    const target = pages.get(url.pathname);
    if (fragment && target && !ids(target).has(fragment)) {
      broken.push({
        from,
        href: url.pathname + url.hash,
        reason: `no element with id "${fragment}"`,
      });
    }
  }
  return { pages, broken };
}
