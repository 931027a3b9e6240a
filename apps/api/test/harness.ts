import type { Catalog } from '@confnotes/content/portable';
import { createApp } from '../src/app.ts';
import { nodeDocsAssets } from '../src/docs/node-docs-assets.ts';
import { fixtureCatalog } from './fixture-catalog.ts';
import { openApiChecker } from './openapi-check.ts';

// Bodies are checked against the OpenAPI document, not by TypeScript: any is the honest type.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = any;

/**
 * An app over a fixture catalog whose `get` validates every JSON answer against the OpenAPI
 * document that same app serves, so a route cannot drift from its description.
 */
export async function harness(catalog: Catalog = fixtureCatalog()) {
  const app = createApp(catalog, { docsAssets: nodeDocsAssets(), onUnexpectedError: () => {} });
  const document: Json = await (await app.request('/api/openapi.json')).json();
  const check = openApiChecker(document as Parameters<typeof openApiChecker>[0]);
  async function get(url: string, headers: Record<string, string> = {}) {
    const res = await app.request(url, { headers });
    const text = await res.text();
    const body = res.headers.get('content-type')?.startsWith('application/json')
      ? JSON.parse(text)
      : text;
    if (typeof body !== 'string' && res.status !== 304) check('GET', url, res.status, body);
    return { res, status: res.status, body };
  }
  return { app, catalog, document, check, get };
}
