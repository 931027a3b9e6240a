// Requests for fuzzing the API: valid ones built from its own OpenAPI document, the same
// mutated (values swapped for hostile ones, parameters dropped, doubled or invented, ids broken),
// and random ones. A seeded generator makes every failing run repeatable.
import { random } from '../seeded-random.ts';

export interface FuzzRequest {
  readonly method: string;
  /** Request target as sent on the wire (already percent-encoded where it must be). */
  readonly path: string;
  readonly headers: Record<string, string>;
}

interface Operation {
  readonly path: string;
  readonly params: { name: string; values: string[] }[];
}

// Values no parameter should choke on: numbers out of range or in odd notations, broken
// percent-encoding, NUL, path tricks, long and deeply repeated strings, Unicode oddities.
const HOSTILE_VALUES = [
  '',
  '0',
  '-1',
  '1e9',
  '999999999999999999999',
  'NaN',
  'Infinity',
  '0x10',
  '2.5',
  '%00',
  '%',
  '%E0%A4%A',
  '%FF%FE',
  '%C0%AE%C0%AE%2F',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  'a,,,,b',
  ',',
  '-',
  '--title',
  `-${'x'.repeat(300)}`,
  'x'.repeat(1800),
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%F0%9F%98%80',
  '%E2%80%AE',
  '%EF%BF%BF',
  '%ED%A0%80',
  '*',
  '.*',
  '(a+)+$',
  '%5B%5D',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'true',
  'null',
  'undefined',
];

const HOSTILE_PATHS = [
  '/',
  '/api',
  '/api/',
  '/api//posts',
  '/api/posts/',
  '/api/posts/%00',
  '/api/posts/..%2F..%2Fetc%2Fpasswd',
  '/api/posts/%E0%A4%A',
  '/api/talks/__proto__',
  '/api/speakers/constructor',
  `/api/events/${'a'.repeat(3000)}`,
  '/api/docs/..%2F..%2Fpackage.json',
  '/api/docs/%2e%2e%2fpackage.json',
  '/api/docs/swagger-ui.css',
  '/api/openapi.json',
  '/healthz',
  '/healthz/',
  '/api/search',
  '/api/catalog',
  '/api/unknown',
  '/api/posts/x/y/z',
  '//api/posts',
  '/api/%2e%2e/healthz',
  '/api/posts;jsessionid=1',
];

const METHODS = ['GET', 'GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'];
const HEADER_VALUES: Record<string, string[]> = {
  'accept-encoding': [
    'br',
    'gzip',
    'deflate',
    'br;q=0, gzip;q=2',
    '*',
    'identity;q=0',
    'x'.repeat(500),
  ],
  'if-none-match': ['*', '"x"', 'W/"abc"', `"${'a'.repeat(200)}`, ',,,'],
  'if-modified-since': ['Thu, 01 Jan 1970 00:00:00 GMT', 'yesterday'],
  origin: ['https://evil.example', 'null', 'x'.repeat(200)],
  accept: ['application/json', 'text/html', '*/*;q=abc'],
  range: ['bytes=0-0', 'bytes=-1', 'bytes=9999999-'],
};

type Json = Record<string, unknown>;

/** Every GET operation of an OpenAPI 3.1 document, with candidate values for its parameters. */
export function operationsOf(document: Json, ids: Record<string, string[]>): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    const get = item.get as Json | undefined;
    if (!get) continue;
    const params = ((get.parameters ?? []) as Json[])
      .filter((p) => p.in === 'query')
      .map((p) => {
        const schema = (p.schema ?? {}) as Json;
        const values = [
          ...((schema.enum as string[] | undefined) ?? []),
          ...(schema.type === 'integer' ? ['1', '2', String(schema.maximum ?? 100)] : []),
          ...String(schema.description ?? '')
            .replace(/^.*any of: /, '')
            .split(/,\s*/)
            .filter((v) => /^[a-z]+$/i.test(v)),
          'docker',
          'title',
          '-date',
        ];
        return { name: String(p.name), values };
      });
    operations.push({ path, params });
  }
  for (const op of operations) {
    const resource = /^\/api\/(\w+)\/\{id\}/.exec(op.path)?.[1];
    if (resource) (op as { ids?: string[] }).ids = ids[resource] ?? ['missing'];
  }
  return operations;
}

/** Makes `count` requests from the operations: a third valid, a half mutated, the rest random. */
export function* fuzzRequests(
  operations: readonly Operation[],
  count: number,
  seed: number,
): Generator<FuzzRequest> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const valid = (): { path: string; query: [string, string][] } => {
    const op = pick(operations);
    const ids = (op as { ids?: string[] }).ids;
    const path = op.path.replace('{id}', ids ? encodeURIComponent(pick(ids)) : 'x');
    const query: [string, string][] = [];
    for (const p of op.params) {
      if (next() < 0.4 && p.values.length > 0) query.push([p.name, pick(p.values)]);
    }
    return { path, query };
  };
  for (let i = 0; i < count; i++) {
    const roll = next();
    let { path, query } = valid();
    const headers: Record<string, string> = {};
    let method = 'GET';
    if (roll >= 0.33 && roll < 0.85) {
      // One to three mutations of a valid request; values are raw, possibly broken, encodings.
      for (let m = 1 + Math.floor(next() * 3); m > 0; m--) {
        const kind = Math.floor(next() * 7);
        if (kind === 0 && query.length > 0)
          query[Math.floor(next() * query.length)]![1] = pick(HOSTILE_VALUES);
        else if (kind === 1 && query.length > 0) query.push(pick(query));
        else if (kind === 2) query.push([pick(HOSTILE_VALUES) || 'x', pick(HOSTILE_VALUES)]);
        else if (kind === 3) path = path.replace(/[^/]+$/, pick(HOSTILE_VALUES) || 'x');
        else if (kind === 4) path = pick(HOSTILE_PATHS);
        else if (kind === 5) query.splice(Math.floor(next() * (query.length + 1)), 1);
        else {
          const name = pick(Object.keys(HEADER_VALUES));
          headers[name] = pick(HEADER_VALUES[name]!);
        }
      }
    } else if (roll >= 0.85) {
      path = pick(HOSTILE_PATHS);
      query = Array.from({ length: Math.floor(next() * 4) }, () => [
        pick(HOSTILE_VALUES) || 'q',
        pick(HOSTILE_VALUES),
      ]);
      method = pick(METHODS);
    }
    const search = query.map(([k, v]) => `${k}=${v}`).join('&');
    yield { method, path: search ? `${path}?${search}` : path, headers };
  }
}
