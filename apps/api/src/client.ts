import type { Hono, Schema } from 'hono';
import { type ApplyGlobalResponse, type ClientRequestOptions, hc } from 'hono/client';
import type { AppType } from './app.ts';
import type { ErrorBody } from './schemas/error.ts';

// Routes refuse a request by throwing (and the cache answers a failed If-Match with a 412), so
// the app's type knows only their 200s: without these, `res.status === 404` would not compile
// and a refusal's body would be typed as the record.
type Refusals = {
  400: { json: ErrorBody };
  404: { json: ErrorBody };
  406: { json: ErrorBody };
  412: { json: ErrorBody };
  414: { json: ErrorBody };
  500: { json: ErrorBody };
};

// A free-text parameter may also be given as a number (`limit: 5`), and a true-or-false one as a
// boolean (`hasSlides: true`): hc puts each in the URL as text, and the app's type knows only
// that a query arrives as strings.
type Loose<Q> = {
  [K in keyof Q]: string extends Q[K]
    ? Q[K] | number
    : Exclude<Q[K], undefined> extends 'true' | 'false'
      ? Q[K] | boolean
      : Q[K];
};

// A query whose parameters are all optional may be left out (`$get({ param: { id } })`): hc
// would otherwise require `query: {}` beside the id on every detail.
type OptionalQuery<I> = I extends { query: infer Q }
  ? object extends Q
    ? Omit<I, 'query'> & { query?: Loose<Q> }
    : Omit<I, 'query'> & { query: Loose<Q> }
  : I;
type LooseEndpoint<R> = R extends { input: infer I }
  ? Omit<R, 'input'> & { input: OptionalQuery<I> }
  : R;
type LooseSchema<S> = { [P in keyof S]: { [M in keyof S[P]]: LooseEndpoint<S[P][M]> } };

// The cache answers a conditional request (If-None-Match, If-Modified-Since) before any route
// runs, so the app's type does not know its 304 either: without it `res.status === 304` would
// not compile.
type NotModified = { 304: { text: '' } };

type Refused = ApplyGlobalResponse<AppType, Refusals & NotModified>;

/** The app as its clients see it: every route's answers, its refusals included. */
export type ApiType =
  Refused extends Hono<infer E, infer S, infer B>
    ? LooseSchema<S> extends infer L extends Schema
      ? Hono<E, L, B>
      : never
    : never;

/**
 * A typed client of the confnotes API: routes, query parameters and response bodies are checked
 * by TypeScript against the app itself. Path parameters are percent-encoded, so an id always
 * names one record of its route (Hono's `hc` puts them in the URL as they are).
 * @example
 * const api = createApiClient('http://localhost:4321');
 * const res = await api.api.talks.$get({ query: { speaker: 'john-fiedler', limit: 5 } });
 * if (res.ok) for (const talk of (await res.json()).data) console.log(talk.id);
 */
export function createApiClient(baseUrl: string, options?: ClientRequestOptions) {
  return encodingParams(hc<ApiType>(baseUrl, options));
}

export type ApiClient = ReturnType<typeof createApiClient>;

type Call = (...args: unknown[]) => unknown;

// Unencoded, `{ id: 'a/b' }` asked for another path, `{ id: 'x?fields=id' }` added a parameter
// and `{ id: 'x#y' }` was cut at the `#`. hc builds every route as a proxy of a function, so one
// proxy around it reaches each `$get`, `$url` and `$path` call.
function encodingParams<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (object, key, receiver) => {
      const value = Reflect.get(object, key, receiver);
      return typeof value === 'function' ? encodingParams(value) : value;
    },
    apply: (call, self, args: unknown[]) => {
      const [first, ...rest] = args;
      const param = (first as { param?: Record<string, unknown> } | undefined)?.param;
      if (!param) return Reflect.apply(call as Call, self, args);
      return Reflect.apply(call as Call, self, [
        { ...(first as object), param: encodeParams(param) },
        ...rest,
      ]);
    },
  });
}

function encodeParams(param: Record<string, unknown>): Record<string, string> {
  const encoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(param)) {
    const text = String(value);
    // Even encoded, a URL resolves `.` and `..` as path steps: no request could name them. An
    // empty one leaves the path of the list, whose answer would be typed as the record's.
    if (text === '' || text === '.' || text === '..')
      throw new RangeError(`${name} cannot be "${text}" in a URL path`);
    encoded[name] = encodeURIComponent(text);
  }
  return encoded;
}
