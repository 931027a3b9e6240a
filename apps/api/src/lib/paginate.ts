import { invalidParameter } from '../http/api-error.ts';
import type { ListMeta } from '../schemas/list.ts';

export interface PageRequest {
  readonly limit?: number | undefined;
  readonly page?: number | undefined;
  readonly cursor?: string | undefined;
}

export interface Page<T> {
  readonly data: T[];
  readonly meta: ListMeta;
  /** The `Link` header value, or undefined when there is neither a next nor a previous page. */
  readonly link: string | undefined;
}

export const DEFAULT_LIMIT = 20;

// A cursor is the offset of the next record, opaque so clients do not build them by hand and
// the encoding can change without breaking anyone who follows `nextCursor`.
export function encodeCursor(offset: number): string {
  return btoa(`o${offset}`).replace(/=+$/, '');
}

export function decodeCursor(cursor: string): number {
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    // Falls through to the error below.
  }
  const match = /^o(\d{1,9})$/.exec(decoded);
  if (!match) {
    throw invalidParameter(
      'cursor',
      'cursor is not one this API gave; use meta.nextCursor from a previous page, or start again without it',
    );
  }
  return Number(match[1]);
}

// A link is the page's own URL with another query, written as a reference that holds only the
// query (`?limit=10&page=2`, RFC 3986 section 5.2.2): resolved against the URL the client asked
// for, it keeps that URL's scheme, host and path, so it stays right behind a proxy that serves
// the API under a path of its own or over HTTPS, which neither `/api/posts?…` nor a URL made
// of the scheme and host this server saw would. Answers are also stored by path and query
// alone: a URL naming the `Host` asked for would be served to clients that asked another.
// The other parameters keep the text the request gave them (`fields=id,title`, `q=a%20b`), where
// URLSearchParams would write them again (`id%2Ctitle`, `a+b`): a link reads as the URL the
// client wrote.
function withParams(url: URL, set: Record<string, string>, drop: readonly string[]): string {
  const pending = new Map(Object.entries(set));
  const pairs: string[] = [];
  for (const pair of url.search.slice(1).split('&')) {
    if (pair === '') continue;
    const name = paramName(pair);
    const value = pending.get(name);
    if (value !== undefined) {
      pairs.push(`${name}=${encodeURIComponent(value)}`);
      pending.delete(name);
    } else if (!drop.includes(name) && !Object.hasOwn(set, name)) pairs.push(pair);
  }
  for (const [name, value] of pending) pairs.push(`${name}=${encodeURIComponent(value)}`);
  return `?${pairs.join('&')}`;
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0]!.replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The records a page request asks for: `limit` of them after `offset`. */
export function pageRange(request: PageRequest): { offset: number; limit: number } {
  if (request.page !== undefined && request.cursor !== undefined) {
    throw invalidParameter('cursor', 'Give either page or cursor, not both');
  }
  const limit = request.limit ?? DEFAULT_LIMIT;
  const offset =
    request.cursor !== undefined ? decodeCursor(request.cursor) : ((request.page ?? 1) - 1) * limit;
  return { offset, limit };
}

/**
 * Where a page sits in a list of `total` records, with links to its neighbours and to the first
 * and last pages. Paging by
 * `cursor` answers with cursor links, otherwise with page numbers; `meta` is the same.
 */
export function pageMeta(
  total: number,
  request: PageRequest,
  url: URL,
): { meta: ListMeta; link: string | undefined } {
  const { offset, limit } = pageRange(request);
  const hasNext = offset + limit < total;
  const hasPrev = offset > 0;
  const byCursor = request.cursor !== undefined;
  const link = (to: number) =>
    byCursor
      ? withParams(url, { cursor: encodeCursor(to) }, ['page'])
      : withParams(url, { page: String(Math.floor(to / limit) + 1) }, ['cursor']);
  const next = hasNext ? link(offset + limit) : null;
  // Past the end (a page number too high, or a list that shrank on reload), the previous page is
  // the last one with records, not the empty one just before this. Cursor pages step by `limit`
  // from wherever the cursor stands: the last is the one `next` leads to, where `total - limit`
  // overlapped the page before it and repeated its page number.
  const phase = byCursor ? offset % limit : 0;
  const lastStart = total > phase ? phase + Math.floor((total - 1 - phase) / limit) * limit : 0;
  const prev = hasPrev ? link(Math.max(0, Math.min(offset - limit, lastStart))) : null;
  // As GitHub's API gives them, so a client can jump to either end without counting: `first`
  // from any page after it, `last` from any page before it.
  const first = hasPrev
    ? withParams(url, byCursor ? {} : { page: '1' }, byCursor ? ['cursor', 'page'] : ['cursor'])
    : null;
  const last = hasNext ? link(lastStart) : null;
  const links = [
    next && `<${next}>; rel="next"`,
    prev && `<${prev}>; rel="prev"`,
    first && `<${first}>; rel="first"`,
    last && `<${last}>; rel="last"`,
  ].filter(Boolean);
  return {
    meta: {
      total,
      limit,
      page: Math.floor(offset / limit) + 1,
      pages: Math.ceil(total / limit),
      next,
      prev,
      nextCursor: hasNext ? encodeCursor(offset + limit) : null,
    },
    link: links.length > 0 ? links.join(', ') : undefined,
  };
}

/**
 * Cuts one page out of a list.
 * @example paginate(talks, { limit: 20, page: 2 }, new URL(c.req.url)).meta.page // 2
 */
export function paginate<T>(items: readonly T[], request: PageRequest, url: URL): Page<T> {
  const { offset, limit } = pageRange(request);
  return { data: items.slice(offset, offset + limit), ...pageMeta(items.length, request, url) };
}
