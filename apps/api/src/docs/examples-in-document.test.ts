import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { createApp } from '../app.ts';
import { createCatalogHolder } from '../catalog-holder.ts';

type Parameter = { name: string; in: string; example?: string; schema?: { example?: string } };
type Document = {
  paths: Record<string, { get: { parameters?: Parameter[] } }>;
};

const DETAILS = ['/api/posts/{id}', '/api/talks/{id}', '/api/speakers/{id}', '/api/events/{id}'];

async function idExamples(app: ReturnType<typeof createApp>) {
  const document = (await (await app.request('/api/openapi.json')).json()) as Document;
  return DETAILS.map((path) => {
    const id = document.paths[path]?.get.parameters?.find(
      (p) => p.in === 'path' && p.name === 'id',
    );
    // Where the document puts it, or where its schema does (as the reference reads either).
    return id?.example ?? id?.schema?.example;
  });
}

describe('the examples of the OpenAPI document', () => {
  it("give each detail route the id of one of the catalog's records, which it answers with", async () => {
    const app = createApp(fixtureCatalog());
    const examples = await idExamples(app);
    for (const [index, path] of DETAILS.entries()) {
      const id = examples[index];
      expect(id, path).toEqual(expect.any(String));
      const res = await app.request(path.replace('{id}', encodeURIComponent(id!)));
      expect(res.status, `${path} with its example ${id}`).toBe(200);
    }
  });

  it('follow the catalog served when it is replaced, and give none of a kind it lacks', async () => {
    const holder = createCatalogHolder(fixtureCatalog());
    const app = createApp(holder);
    const before = await idExamples(app);
    const next = fixtureCatalog();
    next.posts = next.posts.slice(1);
    next.events = [];
    holder.replace(next);
    const after = await idExamples(app);
    expect(after[0]).toBe(next.posts[0]!.id);
    expect(after[0]).not.toBe(before[0]);
    expect(after[3]).toBeUndefined();
  });
});
