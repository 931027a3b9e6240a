import { appendAll } from '../parse/append-all.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Post } from '../schema/post.ts';
import { speakerFindings, talkFindings } from './build-catalog.ts';
import { finding } from './catalog-drafts.ts';
import type { CatalogTrace, NearAt } from './catalog-trace.ts';
import { checkReferences } from './check-references.ts';
import type { CatalogPatchInput } from './patch-catalog.ts';
import { SHIFT } from './patch-places.ts';
import type { PatchPosts } from './patch-posts.ts';
import type { PlacedSpeaker, PlacedSpeakers } from './patch-speakers.ts';
import type { PlacedTalk } from './patch-talks.ts';
import type { TouchedTalks } from './patch-touched-talks.ts';
import { unusedCorrections } from './unused-corrections.ts';

/**
 * The diagnostics of a patched catalog, in the order a whole build gives them, and the
 * possible duplicates found, for the next patch's trace.
 */
export function patchDiagnostics(
  input: CatalogPatchInput,
  ps: PatchPosts,
  tt: TouchedTalks,
  sp: PlacedSpeakers,
  talkOrder: readonly PlacedTalk[],
  speakerOrder: readonly PlacedSpeaker[],
  catalog: Catalog,
): { diagnostics: Diagnostic[]; near: CatalogTrace['near'] } {
  const {
    previous,
    trace,
    curation,
    entries,
    duplicates,
    posts,
    oldToNew,
    changedNew,
    extractionOf,
  } = ps;
  const { narrow, inTouched, merged, cands, candAt } = tt;
  const { placeOf } = sp;
  const { talks, speakers } = catalog;
  const diagnostics: Diagnostic[] = [
    ...entries.flatMap((e) => e.article.diagnostics),
    ...duplicates,
    ...(input.diagnostics ?? []),
  ];
  // A record's mentions are of its own reports' or namings' posts: the post of one is looked
  // for among those, not in a map of every post.
  let postById: Map<string, Post> | undefined;
  const postIn = (id: string, placed: { old: number; members?: number[] }, lists: number[][]) => {
    if (placed.members) {
      for (const n of placed.members) {
        const post = posts[Math.floor(n / SHIFT)]!;
        if (post.id === id) return post;
      }
    } else {
      const members = lists[placed.old]!;
      for (let k = 0; k < members.length; k += 2) {
        const post = posts[placeOf[members[k]!]!];
        if (post?.id === id) return post;
      }
    }
    postById ??= new Map(posts.map((p) => [p.id, p]));
    return postById.get(id);
  };
  appendAll(
    diagnostics,
    talkFindings(talks, (id, i) => postIn(id, talkOrder[i]!, trace.talks)),
  );
  const near: CatalogTrace['near'] = [];
  for (const n of trace.near) {
    if (narrow) {
      // Posts are where they were, and the talks merged as before: the same pairs are near,
      // but a changed post's report may have moved, and the finding is where it is.
      const [a, at1, b, at2] = n.at;
      if (!changedNew(b)) near.push(n);
      else {
        const x = extractionOf(b).talks[at2]!;
        const detail = `"${x.title}" looks like "${extractionOf(a).talks[at1]!.title}" (${posts[a]!.source.path}) but was kept apart.`;
        const diagnostic = finding('possible-duplicate-talk', detail, posts[b]!, x.mentions[0]!);
        near.push({ at: n.at, diagnostic });
      }
      continue;
    }
    const a = oldToNew[n.at[0]]!;
    const b = oldToNew[n.at[2]]!;
    if (a >= 0 && b >= 0 && !inTouched(posts[a]!))
      near.push({ at: [a, n.at[1], b, n.at[3]], diagnostic: n.diagnostic });
  }
  for (const [i, j] of merged.near) {
    const a = cands[i]!;
    const b = cands[j]!;
    const nearAt: NearAt = [
      Math.floor(candAt[i]! / SHIFT),
      candAt[i]! % SHIFT,
      Math.floor(candAt[j]! / SHIFT),
      candAt[j]! % SHIFT,
    ];
    near.push({
      at: nearAt,
      diagnostic: finding(
        'possible-duplicate-talk',
        `"${b.talk.title}" looks like "${a.talk.title}" (${a.post.source.path}) but was kept apart.`,
        b.post,
        b.talk.mentions[0]!,
      ),
    });
  }
  near.sort(
    (x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1] || x.at[2] - y.at[2] || x.at[3] - y.at[3],
  );
  appendAll(
    diagnostics,
    near.map((n) => n.diagnostic),
  );
  appendAll(
    diagnostics,
    speakerFindings(speakers, (id, i) => postIn(id, speakerOrder[i]!, trace.speakers)),
  );
  if (input.curationPlaces)
    appendAll(diagnostics, unusedCorrections(talks, speakers, curation, input.curationPlaces));
  // The previous catalog's references were sound and kept records keep theirs: only the
  // records made or changed here are checked.
  appendAll(
    diagnostics,
    checkReferences(catalog, {
      talks: talks.filter(
        (t, i) => talkOrder[i]!.old < 0 || t !== previous.talks[talkOrder[i]!.old],
      ),
      speakers: speakers.filter(
        (s, i) => speakerOrder[i]!.old < 0 || s !== previous.speakers[speakerOrder[i]!.old],
      ),
      posts: posts.filter((_, p) => changedNew(p)),
    }),
  );
  return { diagnostics, near };
}
