import type { Catalog, Diagnostic } from '../schema/index.ts';
import type { CollectionName } from './entries.ts';

type PostOfFile = { readonly id: string; readonly event: string | undefined };

/**
 * What a dev server keeps of articles saved broken. A catalog read while an article is broken
 * lacks its post and whatever only that post reported; their pages stay until it is fixed. Any
 * other entry the catalog lacks is gone (its article deleted, renamed or edited) and goes.
 */
export type BrokenArticles = {
  /** Remembers which post each article of `catalog` gave, for when it breaks. */
  note(catalog: Catalog): void;
  /**
   * Whether an entry of `collection` missing from the catalog came from an article that
   * `errors` name (it is kept) rather than from one deleted or changed (it is removed).
   */
  keeps(
    errors: readonly Diagnostic[],
  ): (collection: CollectionName, id: string, data: unknown) => boolean;
};

/**
 * @example
 * const broken = brokenArticles();
 * broken.note(lastGood.catalog);
 * const keep = broken.keeps(errors); // keep('posts', 'day-two', entry.data)
 */
export function brokenArticles(): BrokenArticles {
  const byFile = new Map<string, PostOfFile>();
  const noted = new WeakSet<Catalog>();
  return {
    note(catalog) {
      if (noted.has(catalog)) return;
      noted.add(catalog);
      for (const post of catalog.posts) {
        byFile.set(post.source.path, { id: post.id, event: post.event });
      }
    },
    keeps(errors) {
      const posts = new Set<string>();
      const events = new Set<string>();
      const add = (post: PostOfFile) => {
        posts.add(post.id);
        if (post.event !== undefined) events.add(post.event);
      };
      for (const { file } of errors) {
        const post = byFile.get(file);
        if (post) add(post);
        else {
          // A folder that cannot be listed (`posts/2015/`) leaves out every article in it.
          const folder = file.endsWith('/') ? file : `${file}/`;
          for (const [path, inside] of byFile) if (path.startsWith(folder)) add(inside);
        }
      }
      return (collection, id, data) => {
        switch (collection) {
          case 'posts':
            return posts.has(id);
          case 'events':
            return events.has(id);
          case 'talks':
          case 'speakers':
            return mentionedIn(data, posts);
          case 'search':
            return false;
          default:
            return collection satisfies never;
        }
      };
    },
  };
}

function mentionedIn(data: unknown, posts: ReadonlySet<string>): boolean {
  const mentions = (data as { mentions?: unknown } | undefined)?.mentions;
  return (
    Array.isArray(mentions) &&
    mentions.some((m) => posts.has((m as { post?: unknown } | undefined)?.post as string))
  );
}
