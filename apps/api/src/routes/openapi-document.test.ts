import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { serveApp } from '../../test/serve-app.ts';

let server: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  server = await serveApp(fixtureCatalog());
});
afterAll(() => server.close());

describe('the OpenAPI document', () => {
  it('names every operation with a unique operationId, for generated clients and deep links', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const ids = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        path,
        method,
        id: operation.operationId,
      })),
    );
    expect(ids.length).toBeGreaterThan(10);
    for (const { path, method, id } of ids) {
      expect({ path, method, id }).toEqual({
        path,
        method,
        id: expect.stringMatching(/^[a-z][A-Za-z]+$/),
      });
    }
    expect(new Set(ids.map(({ id }) => id)).size).toBe(ids.length);
  });

  it('describes every parameter, for the reference and generated clients', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters?: { name: string; description?: string }[] } }>;
    };
    const bare = Object.entries(document.paths).flatMap(([path, item]) =>
      (item.get.parameters ?? []).filter((p) => !p.description).map((p) => `${path} ${p.name}`),
    );
    expect(bare).toEqual([]);
  });

  it('says of every fields parameter that the id is always kept, as it is', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters?: { name: string; description?: string }[] } }>;
    };
    const fields = Object.values(document.paths).flatMap(
      (item) => item.get.parameters?.filter((p) => p.name === 'fields') ?? [],
    );
    expect(fields.length).toBe(8);
    for (const parameter of fields) expect(parameter.description).toMatch(/`id` is always kept/);
    const res = await fetch(`${server.url}/api/talks?fields=title&limit=1`);
    const { data } = (await res.json()) as { data: object[] };
    expect(Object.keys(data[0]!).sort()).toEqual(['id', 'title']);
  });

  it('lets an embedded event be null without saying every event may be null', async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as object;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(document, 'openapi.json');
    const valid = (schema: string, value: unknown) =>
      ajv.validate(`openapi.json#/components/schemas/${schema}`, value);
    // A generated client types a record by its component: a nullable one made every event in
    // /api/events, /api/events/{id} and the catalog `Event | null`, which none of them is.
    expect(valid('Event', null)).toBe(false);
    const { data } = (await (await fetch(`${server.url}/api/events?limit=1`)).json()) as {
      data: unknown[];
    };
    expect(valid('Event', data[0])).toBe(true);
    // A post or talk of no event embeds `event: null` when asked to include it.
    for (const response of ['PostResponse', 'TalkResponse']) {
      expect(valid(response, { data: { id: 'x' }, included: { event: null } })).toBe(true);
    }
  });
});
