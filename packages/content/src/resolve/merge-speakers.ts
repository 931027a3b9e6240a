import { normalize, sameName } from '../extract/similarity.ts';
import type { Handles } from '../schema/speaker.ts';
import { UnionFind } from './union-find.ts';

/** One post's naming of a person, with the (merged) talks it presents there. */
export interface PersonCandidate {
  readonly name: string;
  readonly handles: Handles;
  readonly talks: readonly number[];
}

const firstOf = (x: string, y: string) =>
  !x.includes(' ') && y.includes(' ') && normalize(y).split(' ')[0] === normalize(x);

/**
 * Whether two namings that present the same talk are one person: the same name up to a typo,
 * or a first name alone and a full name that starts with it.
 */
export function namesMatch(a: string, b: string): boolean {
  return sameName(a, b) || firstOf(a, b) || firstOf(b, a);
}

/**
 * Groups candidates that are one person: the same handle; or the same name up to accents and
 * case; or a typo away and presenting the same talk; or a first name alone where the same talk
 * pins it to a full name.
 */
export function mergeSpeakers(
  cands: readonly PersonCandidate[],
  forced: readonly (readonly number[])[] = [],
): number[][] {
  const uf = new UnionFind(cands.length);
  const byKey = new Map<string, number>();
  const join = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else uf.union(j, i);
  };
  cands.forEach((c, i) => {
    join(`name:${normalize(c.name)}`, i);
    for (const [kind, value] of Object.entries(c.handles))
      if (value && kind !== 'website') join(`${kind}:${value.toLowerCase()}`, i);
  });
  const byTalk = new Map<number, number[]>();
  cands.forEach((c, i) => {
    for (const t of c.talks) {
      if (!byTalk.has(t)) byTalk.set(t, []);
      byTalk.get(t)!.push(i);
    }
  });
  for (const members of byTalk.values()) {
    for (const i of members) {
      for (const j of members) {
        if (i >= j) continue;
        if (namesMatch(cands[i]!.name, cands[j]!.name)) uf.union(i, j);
      }
    }
  }
  for (const group of forced) for (const i of group.slice(1)) uf.union(group[0]!, i);
  return uf.groups();
}
