import type { Hono } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';

/**
 * Whether a GET route of the app answers a path (a trailing slash aside, which is redirected to
 * one), for the answers that must not claim a resource that is not there. The routes are read on
 * first use, once all are registered.
 * @example routedPath(app)('/api/posts/any-id') // true
 */
export function routedPath(app: Pick<Hono, 'routes'>): (path: string) => boolean {
  let router: TrieRouter<true> | undefined;
  return (path) => {
    if (!router) {
      router = new TrieRouter<true>();
      for (const route of app.routes)
        if (route.method === 'GET') router.add('GET', route.path, true);
    }
    return router.match('GET', path.replace(/(.)\/+$/, '$1'))[0].length > 0;
  };
}
