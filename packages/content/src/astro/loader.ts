import { fileURLToPath } from 'node:url';
import { plural } from '../node/commands/plural.ts';
import { inBaseFolder } from './base-folder.ts';
import { brokenArticles } from './broken-articles.ts';
import {
  type CatalogResult,
  type CatalogSource,
  createCatalogSource,
  type LoadCatalog,
} from './catalog-source.ts';
import { concernsContent } from './content-change.ts';
import { contentDirSlot } from './content-dir-slot.ts';
import { type CollectionName, type EntryOptions, schemas } from './entries.ts';
import { fileSystemLoad } from './file-system-load.ts';
import { holdingStoreSaves } from './hold-store-saves.ts';
import type { ConfnotesLoaderContext, LoaderWatcher } from './loader-context.ts';
import { resolveBase, resolveCacheDir } from './resolve-base.ts';
import { startSearchIndex } from './search-index-start.ts';
import { type DevState, syncCollection } from './sync-collection.ts';
import { takenLoaders } from './taken-loaders.ts';

export type ConfnotesLoaderOptions = {
  /** The content directory (holding `posts/` and `events/`), relative to the Astro project root. */
  readonly base: string | URL;
  /** Replaces the file-system loader, e.g. to feed a catalog built in code. */
  readonly load?: LoadCatalog;
  /**
   * Keep each post's Markdown as the entry's `body` (true by default, as Astro's `glob()`).
   * A site that only shows the rendered HTML can drop it to save memory on large builds.
   */
  readonly retainBody?: boolean;
  /**
   * Keep each post's plain `text` in its entry (true by default). Only search needs it: a site
   * that searches with the `search` collection can drop it, a third of what posts store.
   */
  readonly retainText?: boolean;
  /**
   * Keep each post's HTML in its entry as `rendered.html` (true by default, as Astro's
   * `glob()`). With `false`, the HTML stays out of the content store, which Vite bundles whole
   * for the pages and which HTML is most of; pages read it with `postHtml(id)` instead, from a
   * file this process removes when it ends. `render(entry)` then has nothing to render.
   */
  readonly retainHtml?: boolean;
  /**
   * How the `search` collection's index is made: `storedTextLength` cuts the text kept for
   * snippets (a smaller file for browsers); drafts are left out unless `drafts` is true.
   */
  readonly search?: EntryOptions['search'];
  /**
   * Make the catalog's search index beside the build, with these options, when
   * `searchIndexResponse()` (in a `search-index.json` endpoint) first asks for it; it is kept
   * in Astro's cache directory for the next build. Unlike the `search` collection, the index
   * stays out of the content store, which Astro bundles for the pages.
   */
  readonly searchIndex?: EntryOptions['search'];
  /**
   * Where the catalog keeps analyses of articles between builds, so a rebuild parses only the
   * articles that changed, relative to the Astro project root as `base` is; `false` for none.
   * Default: `node_modules/.cache/confnotes` of the package above the content directory (see
   * `loadCatalog`).
   */
  readonly cacheDir?: string | false;
  /** Threads that parse articles; default one per core (see `loadCatalog`). */
  readonly workers?: number;
  /**
   * Warn, as `file:line:column` diagnostics, of each picture a post shows that the routes of
   * `bundleFilePaths` and `staticFilePaths` do not publish: a relative picture that is not a
   * file of the post's page bundle, or one from the site's root that is a file neither of the
   * content's `static/` nor of Astro's `public/`. Default false.
   */
  readonly checkPictures?: boolean;
  /**
   * Keep draft posts (`draft: true`) in the collections, with the talks and speakers only
   * they report, for a preview. Default false: a site leaves them out, and with them every
   * talk, speaker and takeaway known only from a draft. Give the head start the same value.
   */
  readonly drafts?: boolean;
};

/** The loader of one collection; its schema types that collection's entries in Astro. */
export type ConfnotesLoader<C extends CollectionName = CollectionName> = {
  name: string;
  schema: (typeof schemas)[C];
  load(context: ConfnotesLoaderContext): Promise<void>;
};

/**
 * Astro content loaders for the four confnotes collections, sharing one catalog load, and for
 * an optional `search` collection holding the catalog's search index. Each collection is
 * validated with the core's zod schema; errors in the content fail the build with
 * `file:line:column` diagnostics, and in `astro dev` edits under `base` reload the catalog.
 * @example
 * // src/content.config.ts
 * import { defineCollection } from 'astro:content';
 * import { confnotesLoaders } from '@confnotes/content/astro';
 * const loaders = confnotesLoaders({ base: '../content' });
 * export const collections = {
 *   posts: defineCollection({ loader: loaders.posts }),
 *   talks: defineCollection({ loader: loaders.talks }),
 *   speakers: defineCollection({ loader: loaders.speakers }),
 *   events: defineCollection({ loader: loaders.events }),
 *   search: defineCollection({ loader: loaders.search }), // optional
 * };
 */
export function confnotesLoaders(options: ConfnotesLoaderOptions): {
  [C in CollectionName]: ConfnotesLoader<C>;
} {
  // The directory is only known once Astro passes its root, so the shared source is made lazily.
  let source: ReturnType<typeof createCatalogSource> | undefined;
  // Once every collection the site defines is stored and no load waits for the catalog, a build
  // no longer needs it: letting it go halves what a large build holds, since Astro's store keeps
  // its own copy of each entry. Astro may start a collection's load after the others are stored
  // (the search collection's, often): counting only the four would let the catalog go before it,
  // to be read again and its warnings logged twice.
  const taken = new Set<CollectionName>();
  const synced = new Set<CollectionName>();
  let loading = 0;
  const entryOptions: EntryOptions = {
    retainBody: options.retainBody ?? true,
    retainText: options.retainText ?? true,
    retainHtml: options.retainHtml ?? true,
    search: options.search ?? {},
    checkPictures: options.checkPictures ?? false,
  };
  // How long the last catalog load took: Astro may start the posts' load only once the catalog
  // is ready, so that load's own time says nothing of the catalog's.
  let loadSeconds = 0;
  const dev: DevState = { broken: brokenArticles(), reported: new WeakSet() };
  // Each catalog is indexed once, by whichever collection gets it first.
  const indexed = new WeakSet<CatalogResult>();
  const indexFor = (context: ConfnotesLoaderContext, result: CatalogResult) => {
    if (!options.searchIndex || indexed.has(result)) return;
    indexed.add(result);
    const cacheDir = context.config.cacheDir;
    startSearchIndex(
      result.catalog,
      options.searchIndex,
      cacheDir ? fileURLToPath(new URL('confnotes/search-index.json', cacheDir)) : undefined,
    );
  };
  const timed =
    (load: LoadCatalog): LoadCatalog =>
    async (dir) => {
      const started = performance.now();
      const result = await load(dir);
      loadSeconds = (performance.now() - started) / 1000;
      return result;
    };
  const sourceFor = (root: URL) => {
    source ??= createCatalogSource(
      resolveBase(options.base, root),
      timed(
        options.load ??
          inBaseFolder(
            fileSystemLoad({ ...options, cacheDir: resolveCacheDir(options.cacheDir, root) }),
            options.base,
            root,
          ),
      ),
    );
    return source;
  };
  const make = <C extends CollectionName>(collection: C): ConfnotesLoader<C> => ({
    name: 'confnotes',
    schema: schemas[collection],
    async load(context) {
      const dir = resolveBase(options.base, context.config.root);
      // For the routes that publish the files posts link to (`bundleFilePaths`).
      Object.assign(contentDirSlot(), { root: fileURLToPath(context.config.root), dir });
      const catalogSource = sourceFor(context.config.root);
      // In dev, the watcher is set before the catalog is first read: a save made during that
      // read (seconds, for a large folder) is reloaded after it rather than missed.
      const syncs =
        context.watcher && watch(context, context.watcher, collection, dir, catalogSource);
      loading++;
      const result = await holdingStoreSaves(context.meta, catalogSource.current()).finally(
        () => loading--,
      );
      if (collection === 'posts') {
        context.logger.info(
          `catalog of ${plural(result.catalog.posts.length, 'post')} read in ${loadSeconds.toFixed(2)} s.`,
        );
      }
      indexFor(context, result);
      // A build stops at an error; a dev server starts with every article that has none.
      if (syncs) await syncs.first(result);
      else await syncCollection(context, collection, dir, result, 'throw', entryOptions, dev);
      synced.add(collection);
      const allSynced = [...taken].every((name) => synced.has(name));
      if (!context.watcher && allSynced && loading === 0) catalogSource.forget();
    },
  });
  /**
   * Reloads the catalog on every change `watcher` sees to the content of `dir` (see
   * `concernsContent`), and stores each in the collection. The syncs run one at a time, each
   * with the newest catalog when its turn comes: two at once would each remove what the other
   * stored, and the older catalog could be stored last. Every file of a save shares one catalog,
   * which is stored once. `first` stores the catalog read as the dev server starts; a reload
   * reads after it, so is stored after it.
   */
  const watch = (
    context: ConfnotesLoaderContext,
    watcher: LoaderWatcher,
    collection: CollectionName,
    dir: string,
    catalogSource: CatalogSource,
  ) => {
    let syncing: Promise<void> | undefined;
    let newest: CatalogResult | undefined;
    let stored: CatalogResult | undefined;
    const report = (error: unknown) => context.logger.error(String(error));
    const stores = (next: CatalogResult) => {
      newest = next;
      indexFor(context, next);
      dev.broken.note(next.catalog);
    };
    watcher.add(dir);
    watcher.on('all', (event, path) => {
      if (!concernsContent(event, path, dir)) return;
      void catalogSource.reload().then(
        // A mistake saved in dev is reported, not thrown: the dev server keeps running.
        (next) => {
          stores(next);
          syncing = (syncing ?? Promise.resolve())
            .then(() => {
              if (newest !== next || stored === next) return;
              stored = next;
              return syncCollection(context, collection, dir, next, 'keep', entryOptions, dev);
            })
            .catch(report);
        },
        report,
      );
    });
    return {
      first(result: CatalogResult): Promise<void> {
        stores(result);
        stored = result;
        const first = syncCollection(context, collection, dir, result, 'serve', entryOptions, dev);
        // The reloads wait for it; its own failure is Astro's to report, as a build's is.
        syncing = first.catch(() => undefined);
        return first;
      },
    };
  };
  return takenLoaders(
    {
      posts: make('posts'),
      talks: make('talks'),
      speakers: make('speakers'),
      events: make('events'),
      search: make('search'),
    },
    taken,
  );
}
