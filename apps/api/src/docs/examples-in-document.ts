import type { Snapshot } from '../snapshot.ts';

// A detail route's id is asked for by the reference's "Try it out" and read by generated
// clients' docs: an example that names a record of the catalog served answers with it, where a
// made-up one answered 404 on every route of every catalog.

type Parameter = { name?: string; in?: string; example?: unknown; schema?: { example?: unknown } };
type Document = {
  paths?: Record<string, { get?: { parameters?: Parameter[] } | undefined } | undefined>;
};

const DETAILS = {
  '/api/posts/{id}': (snapshot: Snapshot) => snapshot.postSummaries[0]?.id,
  '/api/talks/{id}': (snapshot: Snapshot) => snapshot.catalog.talks[0]?.id,
  '/api/speakers/{id}': (snapshot: Snapshot) => snapshot.catalog.speakers[0]?.id,
  '/api/events/{id}': (snapshot: Snapshot) => snapshot.catalog.events[0]?.id,
} as const;

/**
 * A copy of the document whose detail routes give the id of one of the catalog's records as
 * their example; none where the catalog has no record of that kind.
 * @example JSON.stringify(withCatalogExamples(document, c.get('snapshot')))
 */
export function withCatalogExamples<T extends object>(document: T, snapshot: Snapshot): T {
  const paths = { ...(document as Document).paths };
  for (const [path, firstId] of Object.entries(DETAILS)) {
    const item = paths[path];
    const parameters = item?.get?.parameters;
    if (!item?.get || !parameters) continue;
    const id = firstId(snapshot);
    paths[path] = {
      ...item,
      get: {
        ...item.get,
        parameters: parameters.map((parameter) => {
          if (parameter.in !== 'path' || parameter.name !== 'id') return parameter;
          const { example: _given, schema, ...rest } = parameter;
          const { example: _schemaGiven, ...schemaRest } = schema ?? {};
          return { ...rest, ...(schema && { schema: schemaRest }), ...(id && { example: id }) };
        }),
      },
    };
  }
  return { ...document, paths };
}
