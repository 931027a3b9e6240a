import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

type Operation = {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
};
type Document = { paths: Record<string, { get?: Operation }> };

let server: Awaited<ReturnType<typeof serveApp>>;
let document: Document;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
  document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Document;
});
afterAll(() => server.close());

/** A URL for an operation: a detail's id is the first of its list's, a search looks for docker. */
async function urlOf(template: string): Promise<string> {
  const list = /^(\/api\/\w+)\/\{id\}$/.exec(template)?.[1];
  if (!list) return template === '/api/search' ? '/api/search?q=docker' : template;
  const first = (await (await fetch(`${server.url}${list}`)).json()) as { data: { id: string }[] };
  return template.replace('{id}', encodeURIComponent(first.data[0]!.id));
}

describe('the OpenAPI document on caching', () => {
  it('names the headers each GET under /api really sends, and the 304 it answers', async () => {
    const operations = Object.entries(document.paths).filter(([path]) => path.startsWith('/api'));
    expect(operations.length).toBeGreaterThan(8);
    for (const [template, item] of operations) {
      const get = item.get!;
      const declared = Object.keys(get.responses['200']?.headers ?? {});
      expect({ template, declared }).toEqual({
        template,
        declared: expect.arrayContaining(['ETag', 'Last-Modified', 'Cache-Control']),
      });
      const url = `${server.url}${await urlOf(template)}`;
      const res = await fetch(url);
      await res.arrayBuffer();
      // Link is sent only when there is another page; the second test sees it.
      for (const name of declared.filter((name) => name !== 'Link'))
        expect({ template, name, sent: res.headers.has(name) }).toEqual({
          template,
          name,
          sent: true,
        });
      const again = await fetch(url, { headers: { 'If-None-Match': res.headers.get('etag')! } });
      expect({ template, status: again.status }).toEqual({ template, status: 304 });
      expect(get.responses['304']).toBeDefined();
      expect(get.parameters?.map((p) => p.name)).toContain('If-None-Match');
    }
  });

  it('names the Link header on lists, where it is sent', async () => {
    const list = document.paths['/api/posts']!.get!;
    expect(Object.keys(list.responses['200']?.headers ?? {})).toContain('Link');
    const res = await fetch(`${server.url}/api/posts?limit=1`);
    expect(res.headers.get('link')).toMatch(/rel="next"/);
  });
});
