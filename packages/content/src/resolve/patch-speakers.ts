import { normalize } from '../extract/similarity.ts';
import { appendAll } from '../parse/append-all.ts';
import type { SpeakerMention } from '../schema/mention.ts';
import type { Speaker } from '../schema/speaker.ts';
import { mentionSorter, type SpeakerDraft, speakerDraft } from './catalog-drafts.ts';
import type { CatalogTrace } from './catalog-trace.ts';
import { collate } from './collate.ts';
import { IdAllocator } from './ids.ts';
import { mergeSorted } from './merge-sorted.ts';
import { sameList } from './patch-extractions.ts';
import type { PeopleAgain } from './patch-people.ts';
import { at, SHIFT } from './patch-places.ts';
import type { PatchPosts } from './patch-posts.ts';

/** A speaker of a patched catalog: kept (`old`), or merged again from the namings `members`. */
export interface PlacedSpeaker {
  /** Its index in the previous catalog's speakers, when its record is reused; else -1. */
  old: number;
  /** Its record, when made again. */
  draft?: SpeakerDraft;
  /** The places of its namings, when merged again. */
  members?: number[];
  /** The place of its first naming, which orders speakers of one name. */
  first: number;
}

/** The speakers of a patched catalog in order, and the speaker of each naming. */
export interface PlacedSpeakers {
  /** Where each post before is now, posts edited in place with their people included. */
  readonly placeOf: Int32Array;
  readonly firstOld: (members: readonly number[]) => number;
  readonly speakerOrder: PlacedSpeaker[];
  /** The index in `speakerOrder` of each speaker before kept, or -1. */
  readonly finalSpeakerOfOld: Int32Array;
  /** The index in `speakerOrder` of each naming merged again or edited in place, by place. */
  readonly finalSpeakerAt: Map<number, number>;
  readonly oldSpeakerIndex: Map<string, number>;
  /** The speaker of a post's naming, by name as a talk names its speakers. */
  readonly speakerOf: (p: number, name: string) => number | undefined;
  /** The speaker a speaker merged again stands for in the talks kept, or -1 when it was split. */
  readonly imageOf: (si: number) => number;
}

/** The speakers of a patched catalog: those kept in their order, the merged ones put in theirs. */
export function placeSpeakers(ps: PatchPosts, pa: PeopleAgain): PlacedSpeakers {
  const {
    previous,
    trace,
    curation,
    oldToNew,
    changedNew,
    extractionOf,
    oldSpeakerAt,
    oldSpeakerOf,
    droppedPerson,
  } = ps;
  const { inPlace, stable, again, people, personCands, groups, sortMentions } = pa;

  // Where a post before is now, posts edited in place with their people included.
  const placeOf = Int32Array.from(oldToNew);
  if (stable) for (const [p, { old }] of inPlace) placeOf[old] = p;
  const firstOld = (members: readonly number[]) => at(placeOf[members[0]!]!, members[1]!);
  const keptSpeakers: PlacedSpeaker[] = [];
  previous.speakers.forEach((_, si) => {
    if (!again.has(si)) keptSpeakers.push({ old: si, first: firstOld(trace.speakers[si]!) });
  });
  const speakerName = (s: PlacedSpeaker) =>
    normalize(s.draft ? s.draft.name : previous.speakers[s.old]!.name);
  const bySpeakerOrder = (a: PlacedSpeaker, b: PlacedSpeaker) =>
    collate(speakerName(a), speakerName(b)) || a.first - b.first;
  // A merged person whose namings are those of a speaker before, none of them changed, is
  // that speaker again: its record is kept, but for its id and talks.
  const membersKey = (members: readonly number[]) => members.join(' ');
  const was = new Map<string, number>();
  for (const si of again) {
    const members = trace.speakers[si]!;
    const now: number[] = [];
    for (let k = 0; k < members.length && now.length === k / 2; k += 2)
      if (oldToNew[members[k]!]! >= 0) now.push(at(oldToNew[members[k]!]!, members[k + 1]!));
    if (now.length * 2 === members.length) was.set(membersKey(now), si);
  }
  const reused = new Set<number>();
  const mergedSpeakers: PlacedSpeaker[] = groups
    .map((g) => {
      const members = g.map((i) => people[i]!);
      const old = was.get(membersKey(members));
      if (old !== undefined) {
        reused.add(old);
        return { old, members, first: members[0]! };
      }
      const draft = speakerDraft(
        g.map((i) => personCands[i]!),
        curation,
        sortMentions,
      );
      // Or it gives the record a speaker before had, as a changed post often does.
      const unchanged = members.find((n) => !changedNew(Math.floor(n / SHIFT)));
      const same =
        unchanged === undefined
          ? undefined
          : oldSpeakerOf(Math.floor(unchanged / SHIFT), unchanged % SHIFT);
      if (same !== undefined && !reused.has(same)) {
        const { id: _id, talks: _talks, ...record } = previous.speakers[same]!;
        if (JSON.stringify(record) === JSON.stringify(draft)) {
          reused.add(same);
          return { old: same, members, first: members[0]! };
        }
      }
      return { old: -1, members, first: members[0]!, draft };
    })
    .sort(bySpeakerOrder);
  const speakerOrder = mergeSorted(keptSpeakers, mergedSpeakers, bySpeakerOrder);
  const finalSpeakerOfOld = new Int32Array(previous.speakers.length).fill(-1);
  const finalSpeakerAt = new Map<number, number>();
  speakerOrder.forEach((s, i) => {
    if (s.old >= 0) finalSpeakerOfOld[s.old] = i;
    if (s.members) for (const n of s.members) finalSpeakerAt.set(n, i);
  });
  // A naming of a post edited in place is in the speaker its place was in.
  for (const [p, { old }] of stable ? inPlace : [])
    extractionOf(p).people.forEach((person, q) => {
      const si = droppedPerson(person.name) ? undefined : oldSpeakerAt(old, q);
      if (si !== undefined) finalSpeakerAt.set(at(p, q), finalSpeakerOfOld[si]!);
    });
  const oldSpeakerIndex = new Map(previous.speakers.map((s, i) => [s.id, i]));
  // The speaker of a post's naming, by name as a talk names its speakers.
  const namingOf = new Map<number, Map<string, number>>();
  const speakerOf = (p: number, name: string): number | undefined => {
    let named = namingOf.get(p);
    if (!named) {
      named = new Map();
      extractionOf(p).people.forEach((person, q) => {
        if (!droppedPerson(person.name)) named!.set(person.name, q);
      });
      namingOf.set(p, named);
    }
    const q = named.get(name);
    if (q === undefined) return undefined;
    return finalSpeakerAt.get(at(p, q)) ?? finalSpeakerOfOld[oldSpeakerOf(p, q)]!;
  };

  // A speaker merged again whose kept namings are all in one new speaker stands for it in
  // the talks kept; -1 when they were split, and such a talk's speakers are looked up again.
  const images = new Map<number, number>();
  const imageOf = (si: number) => {
    let image = images.get(si);
    if (image === undefined) {
      const members = trace.speakers[si]!;
      image = -2;
      for (let k = 0; k < members.length && image !== -1; k += 2) {
        const p = oldToNew[members[k]!]!;
        if (p < 0) continue;
        const s = finalSpeakerAt.get(at(p, members[k + 1]!))!;
        image = image === -2 || image === s ? s : -1;
      }
      if (image === -2) image = -1;
      images.set(si, image);
    }
    return image;
  };

  return {
    placeOf,
    firstOld,
    speakerOrder,
    finalSpeakerOfOld,
    finalSpeakerAt,
    oldSpeakerIndex,
    speakerOf,
    imageOf,
  };
}

/** The base of each speaker's id, and its id, for the whole catalog. */
export function speakerIds(
  speakerOrder: readonly PlacedSpeaker[],
  trace: CatalogTrace,
): { speakerBases: string[]; speakerIdList: string[] } {
  const speakerIds = new IdAllocator();
  const speakerBases = speakerOrder.map((s) =>
    s.draft ? IdAllocator.baseOf(s.draft.name, 'speaker') : trace.speakerBases[s.old]!,
  );
  const speakerIdList = speakerBases.map((base) => speakerIds.takeBase(base));
  return { speakerBases, speakerIdList };
}

/** The speaker records of a patched catalog, reused where nothing of them changed. */
export function speakerRecords(
  ps: PatchPosts,
  pa: PeopleAgain,
  speakerOrder: readonly PlacedSpeaker[],
  speakerIdList: readonly string[],
  talksOf: readonly string[][],
): Speaker[] {
  const { previous, extractionOf, oldSpeakerAt, droppedPerson } = ps;
  const { inPlace, stable } = pa;
  // A speaker kept with namings of posts edited in place: its mentions there are the new ones.
  const edited = new Map<number, number[]>();
  for (const [p, { old }] of stable ? inPlace : [])
    extractionOf(p).people.forEach((person, q) => {
      const si = droppedPerson(person.name) ? undefined : oldSpeakerAt(old, q);
      if (si === undefined) return;
      if (!edited.has(si)) edited.set(si, []);
      edited.get(si)!.push(at(p, q));
    });
  const editedMentions = (si: number, mentions: SpeakerMention[]): SpeakerMention[] => {
    const namings = edited.get(si);
    if (!namings) return mentions;
    const gone = new Set(
      namings.map((n) => previous.posts[inPlace.get(Math.floor(n / SHIFT))!.old]!.id),
    );
    const next = mentions.filter((m) => !gone.has(m.post));
    for (const n of namings)
      appendAll(next, extractionOf(Math.floor(n / SHIFT)).people[n % SHIFT]!.mentions);
    const sorted = mentionSorter([...new Set(next.map((m) => m.post))])(next);
    return JSON.stringify(sorted) === JSON.stringify(mentions) ? mentions : sorted;
  };
  const speakers: Speaker[] = speakerOrder.map((s, si) => {
    const id = speakerIdList[si]!;
    const talkList = talksOf[si]!;
    if (s.draft) return { id, ...s.draft, talks: talkList };
    const old = previous.speakers[s.old]!;
    const mentions = editedMentions(s.old, old.mentions);
    if (id === old.id && sameList(talkList, old.talks) && mentions === old.mentions) return old;
    return { ...old, id, talks: talkList, mentions };
  });
  return speakers;
}
