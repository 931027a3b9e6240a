import { readFile } from 'node:fs/promises';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import { type ArticleSource, analyzeArticles } from '../resolve/analyze.ts';
import { buildCatalog } from '../resolve/build-catalog.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { loadCuration, loadEvents } from './load-records.ts';
import { readArticleFiles } from './read-article-files.ts';

/**
 * Builds the catalog of a content directory: every article under `posts/`, the curated events
 * under `events/`, and the corrections in `speakers.yaml` and `talks.yaml`. Never throws on bad
 * content: a broken article is a diagnostic, and every other article is in the catalog.
 * @example const { catalog, diagnostics } = await loadCatalog('content');
 */
export async function loadCatalog(
  dir: string,
): Promise<{ catalog: Catalog; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const sources: ArticleSource[] = [];
  for (const file of await readArticleFiles(dir)) {
    try {
      sources.push({ path: file.path, source: await readFile(file.absolute) });
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      diagnostics.push(diagnostic('unreadable-file', detail, file.path, { line: 1, column: 1 }));
    }
  }
  const analyzed = analyzeArticles(sources);
  const events = await loadEvents(dir);
  const curation = await loadCuration(dir);
  return buildCatalog({
    posts: analyzed.posts,
    extractions: analyzed.extractions,
    events: events.events,
    curation: curation.curation,
    diagnostics: [
      ...diagnostics,
      ...analyzed.diagnostics,
      ...events.diagnostics,
      ...curation.diagnostics,
    ],
  });
}
