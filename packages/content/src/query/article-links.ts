import type { Post } from '../schema/post.ts';
import { articleStem, isArticleName } from './article-name.ts';

// Links from one article to another's file: a relative `[day one](2015-11-18-day-one.md)`, a
// page bundle's folder, or the path Hugo's `ref` or Jekyll's `post_url` names (see
// `templateEmbed`). Written for the blog they came from, they lead nowhere on another site;
// the catalog knows which post each file became.

/** The post a link leads to, and the `#fragment` it asks for there ('' when none). */
export interface LinkedPost<P> {
  readonly post: P;
  readonly fragment: string;
}

type Source = Pick<Post, 'source'>;

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const EXTENSION = /\.[^./]+$/;

/** `path` with `.` and `..` worked out, or undefined when it leaves the content folder. */
function normal(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.pop() === undefined) return undefined;
  }
  return out.join('/');
}

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * A function that finds the post a link of one article leads to, among `posts`: a path
 * relative to the article's file, or to the content folder (`/posts/a.md`, `posts/a.md`), with
 * or without the article's extension, a page bundle's folder (`posts/a/` for
 * `posts/a/index.md`), and, when no path matches, a file name only one post has (Jekyll's
 * `post_url 2015-11-18-day-one`, a relative link to the first blog's permalink). Addresses
 * with a scheme (`https:`, `mailto:`), and files that are not articles (`slides.pdf`), lead to
 * no post. Make it once for a catalog: it indexes every post, the first time a link may name one.
 * @example articleLinks(catalog.posts)(post, 'impressions-from-dockercon-2015-part-2.md#swarm')?.fragment // '#swarm'
 */
export function articleLinks<P extends Source>(
  posts: readonly P[],
): (from: Source, href: string) => LinkedPost<P> | undefined {
  const byPath = new Map<string, P>();
  // A name two posts have leads to neither: null.
  const byName = new Map<string, P | null>();
  const add = (key: string, post: P, named: boolean) => {
    if (!byPath.has(key)) byPath.set(key, post);
    const name = nameOf(key);
    if (named) byName.set(name, byName.has(name) && byName.get(name) !== post ? null : post);
  };
  // Indexed when a link first needs it: most catalogs link only to the web.
  let indexed = false;
  const index = () => {
    indexed = true;
    for (const post of posts) {
      const stem = articleStem(post.source.path);
      // A page bundle is its folder, and named by it: every bundle's file is `index`.
      const bundle = /^_?index$/i.test(nameOf(stem)) && stem.includes('/');
      add(stem, post, !bundle);
      if (bundle) add(folderOf(stem), post, true);
    }
  };
  return (from, href) => {
    // Most links are web addresses: told apart before anything else is done with them.
    if (SCHEME.test(href)) return undefined;
    const m = /^([^?#]*)(?:\?[^#]*)?(#.*)?$/.exec(href.trim());
    const written = m?.[1];
    if (!written || SCHEME.test(written) || written.startsWith('//')) return undefined;
    let path = written.replace(/\\/g, '/');
    try {
      path = decodeURI(path);
    } catch {}
    path = path.replace(/\/+$/, '');
    const name = nameOf(path);
    if (!name || (EXTENSION.test(name) && !isArticleName(name))) return undefined;
    if (!indexed) index();
    const stem = articleStem(path);
    const fragment = m[2] ?? '';
    const found = (post: P | null | undefined) => (post ? { post, fragment } : undefined);
    if (stem.startsWith('/')) {
      const exact = normal(stem);
      return found(exact === undefined ? undefined : byPath.get(exact));
    }
    for (const candidate of [`${folderOf(from.source.path)}/${stem}`, stem, `posts/${stem}`]) {
      const key = normal(candidate);
      const post = key === undefined ? undefined : byPath.get(key);
      if (post) return found(post);
    }
    return found(byName.get(nameOf(stem)));
  };
}
