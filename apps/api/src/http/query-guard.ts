import type { MiddlewareHandler } from 'hono';
import { listParameters } from '../schemas/params.ts';
import { ApiError, invalidParameter } from './api-error.ts';
import { badEscape } from './utf8-escapes.ts';

/** Longest query string accepted; the longest legitimate one (all filters and fields) is far shorter. */
export const MAX_QUERY_LENGTH = 2048;

/**
 * Refuses, before any route runs, what no route accepts: an over-long query string (414), a
 * parameter given twice (400), which would otherwise reach a validator as an array, one with
 * no name (400) and one whose escapes are not UTF-8 (400).
 */
export function queryGuard(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const start = url.indexOf('?');
    if (start !== -1) {
      const search = url.slice(start + 1);
      if (search.length > MAX_QUERY_LENGTH) {
        throw new ApiError(
          414,
          'query_too_long',
          `The query string has ${search.length} characters; the API accepts at most ${MAX_QUERY_LENGTH}.`,
          { length: search.length, max: MAX_QUERY_LENGTH },
        );
      }
      refuseBadEscapes(search);
      const seen = new Set<string>();
      for (const [name, value] of new URLSearchParams(search)) {
        // The validators never see it (Hono's query drops it), so `?=docker` would be a list
        // served unfiltered without a word.
        if (name === '') {
          throw invalidParameter(
            name,
            `A query parameter has no name (=${value.slice(0, 40)}); give it one, as in q=docker`,
          );
        }
        if (seen.has(name)) {
          const shown = name.slice(0, 40);
          // Only where a comma makes a list: `tag=a,b` would be taken as the one tag "a,b" and
          // match nothing, without a word.
          const hint = listParameters.has(name)
            ? `; give it once, its values comma-separated (${shown}=a,b)`
            : `; give it once: it takes a single value`;
          throw invalidParameter(shown, `${shown} is given more than once${hint}`);
        }
        seen.add(name);
      }
    }
    await next();
  };
}

// `q=caf%E9` would search for the letters `caf%E9` (Hono keeps an escape it cannot decode as it
// is) and answer an empty list, where the client meant café in Latin-1.
function refuseBadEscapes(search: string): void {
  for (const pair of search.split('&')) {
    const bad = badEscape(pair);
    if (bad === undefined) continue;
    const name = decodedName(pair.split('=', 1)[0]!).slice(0, 40);
    throw invalidParameter(
      name,
      `${name} holds ${bad}, which is not UTF-8; percent-encode the UTF-8 bytes of each character, as encodeURIComponent does (é is %C3%A9, not %E9)`,
    );
  }
}

// The name as the other checks read it, or as sent when its own escapes are not UTF-8.
function decodedName(raw: string): string {
  return badEscape(raw) === undefined ? (new URLSearchParams(raw).keys().next().value ?? '') : raw;
}

/**
 * Refuses any query parameter on a route that takes none, with the 400 `strictQuery` gives on the
 * others. A middleware rather than an empty strict query schema: with one, the typed client
 * would require `{ query: {} }` on every call of such a route.
 */
export function noQuery(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const start = url.indexOf('?');
    if (start !== -1) {
      const name = new URLSearchParams(url.slice(start + 1)).keys().next().value;
      if (name !== undefined) {
        throw invalidParameter(
          name.slice(0, 40),
          `Unknown query parameter "${name.slice(0, 40)}"; this route accepts: none`,
        );
      }
    }
    await next();
  };
}
