import { personKeys } from './catalog-drafts.ts';
import { type CatalogTrace, countEventPosts } from './catalog-trace.ts';
import type { LoosePost } from './events-by-talks.ts';
import type { PeopleAgain } from './patch-people.ts';
import { SHIFT } from './patch-places.ts';
import type { PatchPosts } from './patch-posts.ts';
import type { PlacedSpeaker, PlacedSpeakers } from './patch-speakers.ts';
import type { PlacedTalk } from './patch-talks.ts';

/** The trace of a patched catalog, for the next patch. */
export function patchedTrace(
  ps: PatchPosts,
  pa: PeopleAgain,
  sp: PlacedSpeakers,
  talkOrder: readonly PlacedTalk[],
  speakerOrder: readonly PlacedSpeaker[],
  near: CatalogTrace['near'],
  bases: { talkBases: string[]; speakerBases: string[] },
): CatalogTrace {
  const { trace, curation, entries, oldToNew, changedOld, posts, inferredOf } = ps;
  const { again, personCands, people } = pa;
  const { placeOf, finalSpeakerOfOld, finalSpeakerAt } = sp;
  const { talkBases, speakerBases } = bases;
  // Kept as they were when no post before them was added or removed.
  const remap = (members: number[]) => {
    for (let k = 0; k < members.length; k += 2)
      if (placeOf[members[k]!] !== members[k])
        return members.map((v, j) => (j % 2 === 0 ? placeOf[v]! : v));
    return members;
  };
  const split = (members: readonly number[]) =>
    members.flatMap((n) => [Math.floor(n / SHIFT), n % SHIFT]);
  const keys = new Map<string, number>();
  for (const [k, s] of trace.keys) if (!again.has(s)) keys.set(k, finalSpeakerOfOld[s]!);
  personCands.forEach((c, i) => {
    for (const k of personKeys(c.name, c.handles, curation))
      keys.set(k, finalSpeakerAt.get(people[i]!)!);
  });
  return {
    articles: entries.map((e) => e.article),
    talks: talkOrder.map((t) => (t.members ? split(t.members) : remap(trace.talks[t.old]!))),
    speakers: speakerOrder.map((s) =>
      s.members ? split(s.members) : remap(trace.speakers[s.old]!),
    ),
    near,
    inferred: inferredOf,
    // A changed post that could be placed declined the patch: the others are as they were.
    loose: trace.loose.flatMap(([o, t]): LoosePost[] =>
      oldToNew[o]! >= 0 && !changedOld[o] ? [[oldToNew[o]!, t]] : [],
    ),
    eventPosts: countEventPosts(posts),
    keys: [...keys],
    talkBases,
    speakerBases,
  };
}
