import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plural } from '../node/commands/plural.ts';
import { byPlace } from '../query/by-place.ts';
import type { Diagnostic } from '../schema/index.ts';
import type { BrokenArticles } from './broken-articles.ts';
import type { CatalogResult } from './catalog-source.ts';
import { type CollectionName, type EntryOptions, entriesOf, type PostEntry } from './entries.ts';
import { ContentError } from './format-diagnostic.ts';
import { keepPostHtml } from './keep-post-html.ts';
import type { ConfnotesLoaderContext, StoredEntry } from './loader-context.ts';
import { logWarnings } from './log-warnings.ts';
import { postHtmlSlot } from './post-html.ts';
import { searchEntry } from './search-entry.ts';
import { unpublishedPictures } from './unpublished-pictures.ts';

/**
 * What a load does when the content holds errors: a build stops (`throw`); a dev server's first
 * load reports them and serves every other article (`serve`); its reloads report them (`keep`)
 * and keep the pages of what is broken, so the page of an article being edited stays while it
 * is broken, and every other change still shows.
 */
export type OnErrors = 'throw' | 'serve' | 'keep';

/** What the loads remember of the loads before them (a dev server's reloads, mostly). */
export type DevState = {
  /** The post each article last gave, to keep the pages of one saved broken. */
  readonly broken: BrokenArticles;
  /** The warnings of the last load, logged or counted: a reload logs only new ones. */
  warned?: ReadonlySet<string>;
  /** The warnings of pictures posts show that are not published, as `warned` is. */
  picturesWarned?: ReadonlySet<string>;
  /** The catalog loads whose diagnostics were reported. */
  readonly reported: WeakSet<CatalogResult>;
};

// A dev server reloads as soon as a file is saved: nothing is to be built again by hand.
const AFTER_ERRORS = {
  serve:
    'Fix the files above and save them; meanwhile the pages of every other article are served.',
  keep: 'Fix the files above and save them: until then their pages show them as they were, and every other change is shown.',
  keepAll: 'Fix the files above and save them: until then the pages show the content as it was.',
} as const;

/**
 * Stores the entries of `collection` from a catalog load, validated by the collection's schema,
 * and removes those the catalog no longer has; what it does when the content holds errors is
 * `onErrors`'s to say.
 */
export async function syncCollection(
  context: ConfnotesLoaderContext,
  collection: CollectionName,
  dir: string,
  result: CatalogResult,
  onErrors: OnErrors,
  options: EntryOptions,
  dev: DevState,
): Promise<void> {
  const shown = displayPath(dir);
  const diagnostics = unique([...result.diagnostics, ...result.catalog.diagnostics]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  // Every collection sees the same diagnostics: they are reported once, by the first collection
  // to store a catalog (whichever collections a site defines).
  const reporting = !dev.reported.has(result);
  dev.reported.add(result);
  if (reporting) {
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    dev.warned = logWarnings(
      context.logger,
      warnings,
      shown,
      onErrors === 'keep' ? dev.warned : undefined,
    );
  }
  // A broken article leaves every other one to update, its own entries kept as they were: the
  // entries the catalog lacks because of it stay, while those of an article deleted or renamed
  // meanwhile go. A broken curated file changes records of every article: all is kept as it
  // was until it is fixed.
  const keeping = onErrors === 'keep' && errors.length > 0;
  const keepAll = keeping && errors.some((d) => !d.file.startsWith('posts/'));
  if (errors.length > 0) {
    if (onErrors === 'throw') throw new ContentError(errors, shown);
    const after = AFTER_ERRORS[keepAll ? 'keepAll' : onErrors];
    if (reporting) context.logger.error(new ContentError(errors, shown, after).message);
    if (keepAll) return;
  }
  const rootPath = fileURLToPath(context.config.root);
  const filePathOf = (path: string) => relative(rootPath, resolve(dir, path)).split(sep).join('/');
  const seen = new Set<string>();
  let unchanged = 0;
  const entries: StoredEntry[] =
    collection === 'search'
      ? [await searchEntry(result.catalog, options.search, context.store, context.meta)]
      : entriesOf(result.catalog, collection, filePathOf, options);
  // Every post's pictures are checked, unchanged or not: a missing file is missing each build.
  const pictures: Diagnostic[] | undefined =
    collection === 'posts' && options.checkPictures ? [] : undefined;
  const publicDir = context.config.publicDir && fileURLToPath(context.config.publicDir);
  let bodies: Map<string, string> | undefined;
  const bodyOf = (id: string) => {
    bodies ??= new Map(result.catalog.posts.map((post) => [post.id, post.body]));
    return bodies.get(id) ?? '';
  };
  // Every post's HTML, unchanged or not, when it is kept out of the store.
  const html: [string, string][] | undefined =
    collection === 'posts' && !options.retainHtml ? [] : undefined;
  for (const entry of entries) {
    seen.add(entry.id);
    if (pictures) {
      const post = entry.data as PostEntry;
      pictures.push(
        ...unpublishedPictures(
          {
            id: entry.id,
            html: entry.rendered?.html ?? '',
            source: post.source,
            body: () => bodyOf(entry.id),
          },
          dir,
          publicDir,
        ),
      );
    }
    // The digest covers everything stored: an entry the store already holds with this digest
    // (from the previous build's store on disk) is neither validated nor written again.
    // (The HTML is derived by the parser, so it can change while the file and data do not.
    // It is covered also when kept out of the store: pages keyed by digests show it.)
    const digest = context.generateDigest(
      collection === 'posts'
        ? {
            retainBody: options.retainBody,
            retainHtml: options.retainHtml,
            data: entry.data,
            // Hashed here, natively: Astro's digest of the whole HTML took some 0.3 s more
            // for 10,000 posts.
            html: createHash('sha256')
              .update(entry.rendered?.html ?? '')
              .digest('base64url'),
          }
        : entry.data,
    );
    let stored = entry;
    if (html) {
      html.push([entry.id, entry.rendered?.html ?? '']);
      const { rendered: _, ...rest } = entry;
      stored = rest;
    }
    if (context.store.get?.(entry.id)?.digest === digest) {
      unchanged++;
      continue;
    }
    const data = await context.parseData({
      id: entry.id,
      data: entry.data,
      filePath: entry.filePath,
    });
    context.store.set({ ...stored, data, digest });
  }
  if (pictures) {
    dev.picturesWarned = logWarnings(
      context.logger,
      byPlace(pictures),
      shown,
      onErrors === 'keep' ? dev.picturesWarned : undefined,
      'each names a picture that is not published.',
    );
  }
  const missing = context.store.keys().filter((id) => !seen.has(id));
  const keep = keeping ? dev.broken.keeps(errors) : undefined;
  const kept = new Set(
    keep ? missing.filter((id) => keep(collection, id, context.store.get?.(id)?.data)) : [],
  );
  if (html && kept.size > 0) {
    // The entries kept for broken articles keep their HTML too.
    const previous = postHtmlSlot().read;
    for (const id of kept) {
      const keptHtml = previous?.(id);
      if (keptHtml !== undefined) html.push([id, keptHtml]);
    }
  }
  if (html) {
    const cacheDir = context.config.cacheDir;
    keepPostHtml(html, cacheDir ? fileURLToPath(new URL('confnotes/', cacheDir)) : undefined);
  }
  let removed = 0;
  for (const id of missing) {
    if (kept.has(id)) continue;
    context.store.delete(id);
    removed++;
  }
  context.logger.info(
    `${collection}: ${plural(seen.size, 'entry', 'entries')}, ${unchanged} unchanged since the last build, ` +
      `${seen.size - unchanged} stored, ${removed} removed.`,
  );
}

// Diagnostics name files relative to where the command was run when the content sits nearby (a
// clickable `content/posts/a.md:3:1`), and by absolute path when it is far away. npm runs a
// workspace's scripts in the workspace's folder and says where it was run in INIT_CWD; without
// npm it is the working directory, which need not be Astro's root (`astro build --root site`):
// from the project the path would name a file only from the project's folder.
function displayPath(dir: string): string {
  const from = process.env.INIT_CWD;
  const rel = relative(from && isAbsolute(from) ? from : process.cwd(), dir);
  return rel.split(sep).filter((part) => part === '..').length > 2 ? dir : rel || '.';
}

function unique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const byKey = new Map<string, Diagnostic>();
  for (const d of diagnostics) byKey.set(`${d.file}:${d.line}:${d.column}:${d.code}`, d);
  return [...byKey.values()];
}
