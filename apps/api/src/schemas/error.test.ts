import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

describe('the error responses in the OpenAPI document', () => {
  it('give a 404 to the operations that take an id, and to no other', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    for (const [path, item] of Object.entries(document.paths)) {
      const takesId = path.includes('{id}');
      expect({ path, has404: '404' in item.get.responses }).toEqual({ path, has404: takesId });
    }
  });
});
