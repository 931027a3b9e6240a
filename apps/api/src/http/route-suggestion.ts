/** The records a detail can embed with `include`, by resource. */
const INCLUDES: Readonly<Record<string, readonly string[]>> = {
  posts: ['talks', 'speakers', 'event'],
  talks: ['speakers', 'posts', 'event'],
  speakers: ['talks', 'posts'],
  events: ['talks', 'speakers', 'posts'],
};

/** The lists that filter by a record of another resource, and the parameter they take. */
const FILTERS: Readonly<Record<string, { readonly param: string; readonly lists: string[] }>> = {
  events: { param: 'event', lists: ['talks', 'speakers', 'posts'] },
  speakers: { param: 'speaker', lists: ['talks', 'posts'] },
  tags: { param: 'tag', lists: ['posts'] },
};

const RESOURCES = new Set(['posts', 'talks', 'speakers', 'events', 'tags']);

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The route a path that none answers most likely meant, or undefined: a resource named in the
 * singular (`/api/talk`) or under a version (`/api/v1/posts`), or a record's related records
 * asked for as a path, as pretalx's API has them (`/api/events/{id}/talks`), which here are a
 * list's filter or a detail's `include`, or a record named by its slug, as Ghost's API has it
 * (`/api/posts/slug/{slug}`). `path` is as the URL has it, percent-escapes and all.
 * @example routeSuggestion('/api/events/kubecon-2016/talks') // '/api/talks?event=kubecon-2016'
 */
export function routeSuggestion(path: string): string | undefined {
  const match = /^\/api\/(.+)$/.exec(path);
  if (!match) return undefined;
  const segments = match[1]!.split('/');
  if (/^v\d+$/.test(segments[0]!)) segments.shift();
  // Ghost's API names a record by its slug under `slug/`: here the id is the slug.
  if (segments[1] === 'slug' && segments.length === 3) segments.splice(1, 1);
  const [named, id, ...rest] = segments;
  let related = rest.shift();
  if (named === undefined || rest.length > 0) return undefined;
  const resource = RESOURCES.has(named) ? named : RESOURCES.has(`${named}s`) ? `${named}s` : '';
  if (!resource || id === '') return undefined;
  // A tag has no detail: the posts that carry it are its page.
  if (resource === 'tags' && id !== undefined && related === undefined) related = 'posts';
  if (related === undefined) {
    const suggested = `/api/${resource}${id === undefined ? '' : `/${id}`}`;
    return suggested === path ? undefined : suggested;
  }
  if (id === undefined) return undefined;
  const filter = FILTERS[resource];
  if (filter?.lists.includes(related))
    return `/api/${related}?${filter.param}=${encodeURIComponent(decoded(id))}`;
  if (INCLUDES[resource]?.includes(related)) return `/api/${resource}/${id}?include=${related}`;
  return undefined;
}
