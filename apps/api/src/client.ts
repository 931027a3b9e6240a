import { type ClientRequestOptions, hc } from 'hono/client';
import type { AppType } from './app.ts';

/**
 * A typed client of the confnotes API: routes, query parameters and response bodies are checked
 * by TypeScript against the app itself.
 * @example
 * const api = createApiClient('http://localhost:4321');
 * const res = await api.api.talks.$get({ query: { speaker: 'john-fiedler', limit: '5' } });
 * if (res.ok) for (const talk of (await res.json()).data) console.log(talk.id);
 */
export function createApiClient(baseUrl: string, options?: ClientRequestOptions) {
  return hc<AppType>(baseUrl, options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
