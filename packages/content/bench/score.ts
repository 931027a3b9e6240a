// Scores a built catalog against a generated corpus's known answer: per post, the talks and
// speakers found against those written there; across posts, the merge groups found whole.
import { normalize, sameName, titleSimilarity } from '../src/extract/similarity.ts';
import type { Catalog } from '../src/schema/catalog.ts';
import type { Answers } from './generate-posts.ts';

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface CatalogScore {
  readonly talks: Score;
  readonly speakers: Score;
  readonly merges: {
    readonly talks: { found: number; total: number };
    readonly speakers: { found: number; total: number };
    /** Catalog talks that hold reports of different talks. */
    readonly falseTalkMerges: number;
  };
}

interface Found {
  readonly id: string;
  readonly written: string | null;
  readonly kind?: string;
}

const score = (tp: number, found: number, expected: number): Score => {
  const precision = found ? tp / found : 1;
  const recall = expected ? tp / expected : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
};

/** Pairs found items with expected ones, one to one, first fit. */
function pair<E>(found: Found[], expected: readonly E[], same: (f: Found, e: E) => boolean) {
  const used = new Set<number>();
  const pairs: [E, Found][] = [];
  for (const e of expected) {
    const i = found.findIndex((f, k) => !used.has(k) && same(f, e));
    if (i >= 0) {
      used.add(i);
      pairs.push([e, found[i]!]);
    }
  }
  return pairs;
}

/**
 * Scores `catalog` against `answers`.
 * @example scoreCatalog(catalog, answers).talks.f1
 */
export function scoreCatalog(catalog: Catalog, answers: Answers): CatalogScore {
  const postOfPath = new Map(catalog.posts.map((p) => [p.source.path, p.id]));
  const talksIn = new Map<string, Found[]>();
  const speakersIn = new Map<string, Found[]>();
  const add = (map: Map<string, Found[]>, post: string, f: Found) => {
    const list = map.get(post) ?? [];
    if (!list.some((x) => x.id === f.id && x.written === f.written)) list.push(f);
    map.set(post, list);
  };
  // An untitled session's mentions hold what each post called it: the answer knows it untitled.
  for (const t of catalog.talks)
    for (const m of t.mentions)
      add(talksIn, m.post, { id: t.id, written: t.title === null ? null : m.title, kind: t.kind });
  for (const s of catalog.speakers)
    for (const m of s.mentions) add(speakersIn, m.post, { id: s.id, written: m.text });
  let talkTp = 0;
  let talkFound = 0;
  let talkExpected = 0;
  let personTp = 0;
  let personFound = 0;
  let personExpected = 0;
  const talkIdOf = new Map<string, string>(); // `${path}\0${answer key}` -> catalog talk id
  const speakerIdOf = new Map<string, string>();
  const keysOfTalk = new Map<string, Set<string>>();
  for (const post of answers.posts) {
    const id = postOfPath.get(post.path);
    const talks = (id && talksIn.get(id)) || [];
    const people = (id && speakersIn.get(id)) || [];
    // One catalog talk reported twice in a post counts once.
    const distinctTalks = [...new Map(talks.map((t) => [t.id, t])).values()];
    const talkPairs = pair(distinctTalks, post.talks, (f, e) =>
      e.title === null
        ? f.written === null && f.kind === e.kind
        : f.written !== null &&
          (normalize(f.written) === normalize(e.title) ||
            titleSimilarity(f.written, e.title) >= 0.75),
    );
    const distinctPeople = [...new Map(people.map((p) => [p.id, p])).values()];
    const personPairs = pair(distinctPeople, post.speakers, (f, e) =>
      people.some((p) => p.id === f.id && sameName(p.written ?? '', e.name)),
    );
    talkTp += talkPairs.length;
    talkFound += distinctTalks.length;
    talkExpected += post.talks.length;
    personTp += personPairs.length;
    personFound += distinctPeople.length;
    personExpected += new Set(post.speakers.map((s) => s.key)).size;
    for (const [e, f] of talkPairs) {
      talkIdOf.set(`${post.path}\u0000${e.key}`, f.id);
      if (!keysOfTalk.has(f.id)) keysOfTalk.set(f.id, new Set());
      keysOfTalk.get(f.id)!.add(e.key);
    }
    for (const [e, f] of personPairs) speakerIdOf.set(`${post.path}\u0000${e.key}`, f.id);
  }
  const whole = (groups: Answers['merges']['talks'], ids: Map<string, string>) =>
    groups.filter((g) => {
      const found = g.posts.map((p) => ids.get(`${p}\u0000${g.key}`));
      return found.every((x) => x !== undefined && x === found[0]);
    }).length;
  return {
    talks: score(talkTp, talkFound, talkExpected),
    speakers: score(personTp, personFound, personExpected),
    merges: {
      talks: { found: whole(answers.merges.talks, talkIdOf), total: answers.merges.talks.length },
      speakers: {
        found: whole(answers.merges.speakers, speakerIdOf),
        total: answers.merges.speakers.length,
      },
      falseTalkMerges: [...keysOfTalk.values()].filter((k) => k.size > 1).length,
    },
  };
}
