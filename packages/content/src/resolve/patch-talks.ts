import type { Talk } from '../schema/talk.ts';
import { type TalkDraft, talkDraft, talkIdText, talkOfDraft } from './catalog-drafts.ts';
import { collate } from './collate.ts';
import { IdAllocator } from './ids.ts';
import { mergeSorted } from './merge-sorted.ts';
import { sameList } from './patch-extractions.ts';
import type { PeopleAgain } from './patch-people.ts';
import { SHIFT } from './patch-places.ts';
import type { PatchPosts } from './patch-posts.ts';
import type { PlacedSpeaker, PlacedSpeakers } from './patch-speakers.ts';
import type { TouchedTalks } from './patch-touched-talks.ts';

/** A talk of a patched catalog: kept (`old`), or merged again from the reports `members`. */
export interface PlacedTalk {
  /** Its index in the previous catalog's talks, when its record is reused; else -1. */
  old: number;
  /** Its record, when made again. */
  draft?: TalkDraft<number>;
  /** The places of its reports, when merged again. */
  members?: number[];
  event: string;
  /** The place of its first report, which orders talks of one event. */
  first: number;
}

/** The talks of a patched catalog in order: those of other events kept in their order, the merged ones put in theirs. */
export function placeTalks(
  ps: PatchPosts,
  tt: TouchedTalks,
  pa: PeopleAgain,
  sp: PlacedSpeakers,
): PlacedTalk[] {
  const { previous, trace, curation, oldToNew, newToOld, changedNew, oldTalkAt } = ps;
  const { narrow, touched, cands, candAt, touchedIndex, merged } = tt;
  const { sortMentions } = pa;
  const { firstOld, speakerOf } = sp;

  const noCurated = () => new Set<number>();
  const reusedTalks = new Set<number>();
  const mergedTalks: PlacedTalk[] = merged.groups.map((g) => {
    const members = g.map((i) => candAt[i]!);
    // A talk whose reports are those of a talk before, none of them changed, is that talk
    // again: its record is kept, but for its id and speakers.
    const p = Math.floor(members[0]! / SHIFT);
    const ti = changedNew(p) ? undefined : oldTalkAt(newToOld[p]!, members[0]! % SHIFT);
    if (ti !== undefined) {
      const reports = trace.talks[ti]!;
      const same =
        reports.length === 2 * members.length &&
        members.every(
          (n, k) =>
            oldToNew[reports[2 * k]!] === Math.floor(n / SHIFT) && reports[2 * k + 1] === n % SHIFT,
        );
      if (same) {
        reusedTalks.add(ti);
        return { old: ti, members, event: previous.talks[ti]!.event ?? '', first: members[0]! };
      }
    }
    const draft = talkDraft(
      g.map((i) => cands[i]!),
      curation,
      sortMentions,
      (post, name) => speakerOf(touchedIndex.get(post)!, name),
      noCurated,
    );
    // Or it gives the record a talk before had, as a changed post often does.
    const unchanged = members.find((n) => !changedNew(Math.floor(n / SHIFT)));
    const same =
      unchanged === undefined
        ? undefined
        : oldTalkAt(newToOld[Math.floor(unchanged / SHIFT)]!, unchanged % SHIFT);
    if (same !== undefined && !reusedTalks.has(same)) {
      const { id: _id, speakers: _speakers, ...record } = previous.talks[same]!;
      const { speakerSet: _set, ...fields } = draft;
      const drafted = {
        title: fields.title,
        label: fields.label,
        altTitles: fields.altTitles,
        kind: fields.kind,
        event: fields.event,
        links: fields.links,
        takeaways: fields.takeaways,
        mentions: fields.mentions,
        provenance: fields.provenance,
      };
      if (JSON.stringify(record) === JSON.stringify(drafted)) {
        reusedTalks.add(same);
        return { old: same, members, event: previous.talks[same]!.event ?? '', first: members[0]! };
      }
    }
    return { old: -1, draft, members, event: draft.event ?? '', first: members[0]! };
  });
  const byTalkOrder = (a: PlacedTalk, b: PlacedTalk) =>
    collate(a.event, b.event) || a.first - b.first;
  mergedTalks.sort(byTalkOrder);
  const keptTalks: PlacedTalk[] = [];
  previous.talks.forEach((talk, ti) => {
    if (narrow ? !narrow.has(ti) : !touched.has(talk.event ?? null)) {
      const members = trace.talks[ti]!;
      keptTalks.push({ old: ti, event: talk.event ?? '', first: firstOld(members) });
    }
  });
  return mergeSorted(keptTalks, mergedTalks, byTalkOrder);
}

/**
 * The talk records of a patched catalog with their ids, reused where nothing of them changed,
 * and each speaker's talks.
 */
export function talkRecords(
  ps: PatchPosts,
  pa: PeopleAgain,
  sp: PlacedSpeakers,
  talkOrder: readonly PlacedTalk[],
  speakerOrder: readonly PlacedSpeaker[],
  speakerIdList: readonly string[],
): { talkBases: string[]; talksOf: string[][]; talks: Talk[] } {
  const { previous, trace, oldToNew, extractionOf } = ps;
  const { again } = pa;
  const { finalSpeakerOfOld, oldSpeakerIndex, speakerOf, imageOf } = sp;
  const talkBases = talkOrder.map((t) =>
    t.draft ? IdAllocator.baseOf(talkIdText(t.draft), 'talk') : trace.talkBases[t.old]!,
  );
  const talksOf: string[][] = speakerOrder.map(() => []);
  const talkIds = new IdAllocator();
  /** The speakers named by the talk reports at `places` (post, report), found again by name. */
  const speakersByName = (places: readonly (readonly [number, number])[]) => {
    const found = new Set<number>();
    for (const [p, k] of places)
      for (const name of extractionOf(p).talks[k]!.speakers) {
        const s = speakerOf(p, name);
        if (s !== undefined) found.add(s);
      }
    return found;
  };
  const talks: Talk[] = talkOrder.map((t, ti) => {
    let set: Iterable<number>;
    if (t.draft) set = t.draft.speakerSet;
    else if (t.members)
      // A talk of a touched event kept: its speakers are looked up again by name.
      set = speakersByName(t.members.map((n) => [Math.floor(n / SHIFT), n % SHIFT]));
    else {
      const old = previous.talks[t.old]!;
      const olds = old.speakers.map((id) => oldSpeakerIndex.get(id)!);
      if (olds.some((s) => again.has(s) && imageOf(s) < 0)) {
        // A speaker of it was merged again: its speakers are looked up again by name.
        const members = trace.talks[t.old]!;
        const places: [number, number][] = [];
        for (let k = 0; k < members.length; k += 2)
          places.push([oldToNew[members[k]!]!, members[k + 1]!]);
        set = speakersByName(places);
      } else set = olds.map((s) => (again.has(s) ? imageOf(s) : finalSpeakerOfOld[s]!));
    }
    const indices = [...set].sort((a, b) => a - b);
    const speakers = indices.map((si) => speakerIdList[si]!);
    if (t.draft) {
      const d = t.draft;
      const id = talkIds.takeBase(talkBases[ti]!);
      for (const si of indices) talksOf[si]!.push(id);
      return talkOfDraft(d, id, speakers);
    }
    const old = previous.talks[t.old]!;
    const id = talkIds.takeBase(talkBases[ti]!);
    for (const si of indices) talksOf[si]!.push(id);
    return id === old.id && sameList(speakers, old.speakers) ? old : { ...old, id, speakers };
  });
  return { talkBases, talksOf, talks };
}
