// The response cache sets these on every successful JSON answer under /api, after the routes
// run, so the routes' own descriptions cannot carry them: they are added to the document here.

type Operation = {
  parameters?: unknown[];
  responses: Record<
    string,
    { description: string; headers?: Record<string, unknown>; content?: unknown }
  >;
};
type Document = { paths?: Record<string, { get?: Operation | undefined } | undefined> };

const header = (description: string) => ({ description, schema: { type: 'string' } });

const CACHING_HEADERS = {
  ETag: header('Strong validator of this answer; send it back in If-None-Match'),
  'Last-Modified': header(
    'When the catalog served was loaded (on Workers, when the deploy was built)',
  ),
  'Cache-Control': header('How long the answer may be reused, e.g. `public, max-age=60`'),
};

const LINK = header(
  'When there is a next or a previous page: `<…>; rel="next"`, `<…>; rel="prev"`, the links of ' +
    '`meta.next` and `meta.prev`; after the first page `<…>; rel="first"`, before the last ' +
    '`<…>; rel="last"`. Each is this URL with another query (`<?limit=10&page=2>`), to resolve ' +
    'against the URL asked for, so it holds behind a proxy serving the API under a path of its own',
);

const CONDITIONS = [
  {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'An ETag received earlier: a 304 without a body while it is still current',
    schema: { type: 'string' },
  },
  {
    name: 'If-Modified-Since',
    in: 'header',
    required: false,
    description: 'A Last-Modified received earlier; ignored when If-None-Match is sent',
    schema: { type: 'string' },
  },
  {
    name: 'If-Match',
    in: 'header',
    required: false,
    description: 'ETags (strong) the answer must still have, else a 412 and no answer',
    schema: { type: 'string' },
  },
  {
    name: 'If-Unmodified-Since',
    in: 'header',
    required: false,
    description:
      'A Last-Modified the catalog must not have changed since, else a 412; ignored when If-Match is sent',
    schema: { type: 'string' },
  },
];

/**
 * Describes conditional requests on every GET under /api that answers JSON: the 304 and 412, the caching
 * headers of the 200 (and `Link` on lists, the operations that take `page`).
 */
export function describeCaching<T extends object>(document: T): T {
  for (const [path, item] of Object.entries((document as Document).paths ?? {})) {
    const get = item?.get;
    const ok = get?.responses['200'];
    if (!(path === '/api' || path.startsWith('/api/')) || !get || !ok) continue;
    const paged = get.parameters?.some((p) => (p as { name?: string }).name === 'page');
    ok.headers = { ...ok.headers, ...CACHING_HEADERS, ...(paged && { Link: LINK }) };
    get.responses['304'] = {
      description: 'Not modified: the ETag in If-None-Match is current',
      headers: { ...CACHING_HEADERS },
    };
    get.responses['412'] = {
      description: 'Precondition failed: If-Match or If-Unmodified-Since does not hold',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
    get.parameters = [...(get.parameters ?? []), ...CONDITIONS];
  }
  return document;
}
