import type { Catalog } from '../schema/catalog.ts';
import type { Curation } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Event } from '../schema/event.ts';
import type { ArticleAnalysis } from './analyze.ts';
import type { CatalogTrace, TracedArticle } from './catalog-trace.ts';
import { NoPatch } from './no-patch.ts';
import { patchDiagnostics } from './patch-diagnostics.ts';
import { mergePeopleAgain } from './patch-people.ts';
import { matchPosts } from './patch-posts.ts';
import { placeSpeakers, speakerIds, speakerRecords } from './patch-speakers.ts';
import { placeTalks, talkRecords } from './patch-talks.ts';
import { mergeTouchedTalks } from './patch-touched-talks.ts';
import { patchedTrace } from './patch-trace.ts';
import type { CurationPlaces } from './unused-corrections.ts';

export { sameTalkReports } from './patch-extractions.ts';
export { declinesEvents } from './patch-touched-talks.ts';

// A catalog build after a few articles changed, made from the previous build's catalog and
// trace: only what the changed posts can reach is merged again. Talks are merged within an
// event, so the talks of the events the changed posts left or joined are merged again and all
// others kept. People are merged across the whole catalog, by the keys of their namings and by
// the talks they share, so the people merged again are those of the changed posts, those
// whose shared talks changed, and those a new naming's keys tie them to: their merges are
// closed under every tie, and so come out as a whole build would make them. Ids, orders and
// findings are then made for the whole catalog again, which costs little.
//
// Each step is a module of its own: the posts matched (patch-posts), the talks merged again
// (patch-touched-talks), the people merged again (patch-people), speakers and talks put in
// their places with their ids (patch-speakers, patch-talks), the diagnostics (patch-diagnostics)
// and the trace for the next patch (patch-trace).

/** An article of the content as it is now. */
export interface PatchArticle {
  readonly path: string;
  readonly key: string;
  /** Its analysis, when the article is new or changed since the previous build. */
  readonly analysis?: ArticleAnalysis;
}

export interface CatalogPatchInput {
  /** The previous build's catalog: its records are reused where they did not change. */
  readonly catalog: Catalog;
  readonly trace: CatalogTrace;
  /** Every article of the content, in path order. */
  readonly articles: readonly PatchArticle[];
  /** The analysis of an unchanged article, as the previous build had it; undefined if lost. */
  readonly analysisOf: (article: TracedArticle) => ArticleAnalysis | undefined;
  /** The same curated events and curation as the previous build's. */
  readonly events?: readonly Event[];
  readonly curation?: Curation;
  /** Where each curated entry is written, as `buildCatalog` takes it. */
  readonly curationPlaces?: CurationPlaces;
  /** Diagnostics of the curated records, which follow the articles' own. */
  readonly diagnostics?: readonly Diagnostic[];
}

export interface PatchedCatalog {
  readonly catalog: Catalog;
  readonly diagnostics: Diagnostic[];
  readonly trace: CatalogTrace;
}

/**
 * The catalog `buildCatalog` would give for `articles`, made by patching the previous build's
 * catalog, or undefined when it cannot be patched (a previous analysis is lost, an unchanged
 * post's id would change, or curated talks tie talks across events): then build it whole.
 * @example const patched = patchCatalog({ catalog, trace, articles, analysisOf, events });
 */
export function patchCatalog(input: CatalogPatchInput): PatchedCatalog | undefined {
  try {
    return patch(input);
  } catch (error) {
    if (error instanceof NoPatch) return undefined;
    throw error;
  }
}

function patch(input: CatalogPatchInput): PatchedCatalog {
  const posts = matchPosts(input);
  const touched = mergeTouchedTalks(posts);
  const people = mergePeopleAgain(posts, touched);
  const placed = placeSpeakers(posts, people);
  const talkOrder = placeTalks(posts, touched, people, placed);

  // Ids and the lists that tie talks and speakers, for the whole catalog.
  const { speakerOrder } = placed;
  const { speakerBases, speakerIdList } = speakerIds(speakerOrder, posts.trace);
  const { talkBases, talksOf, talks } = talkRecords(
    posts,
    people,
    placed,
    talkOrder,
    speakerOrder,
    speakerIdList,
  );
  const speakers = speakerRecords(posts, people, speakerOrder, speakerIdList, talksOf);

  const catalog: Catalog = {
    version: 1,
    events: posts.events,
    posts: posts.posts,
    talks,
    speakers,
    diagnostics: [],
  };
  const { diagnostics, near } = patchDiagnostics(
    input,
    posts,
    touched,
    placed,
    talkOrder,
    speakerOrder,
    catalog,
  );
  catalog.diagnostics = diagnostics;
  const bases = { talkBases, speakerBases };
  return {
    catalog,
    diagnostics,
    trace: patchedTrace(posts, people, placed, talkOrder, speakerOrder, near, bases),
  };
}
