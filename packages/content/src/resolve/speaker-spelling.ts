import { normalize } from '../extract/similarity.ts';
import { collate } from './collate.ts';

// Letters with accents: their canonical decomposition holds a combining mark.
const MARKS = /\p{M}/gu;

/** How many combining marks the name's letters carry once decomposed ("José" has one). */
function accents(name: string): number {
  return name.normalize('NFD').match(MARKS)?.length ?? 0;
}

/**
 * The name a person goes by among the spellings posts gave them (one per mention): the most
 * common, where spellings that differ only in accents or case count as one spelling, written
 * with the most accents any of them has. Writers drop accents a keyboard makes hard to type far
 * more often than they add ones a name lacks, so "José Valim" once outweighs "Jose Valim" three
 * times. Ties go to the longer name, then to the first in collation order.
 * @example preferredSpelling(['Jose Valim', 'Jose Valim', 'José Valim']) // 'José Valim'
 */
export function preferredSpelling(spellings: readonly string[]): string {
  const groups = new Map<string, Map<string, number>>();
  for (const s of spellings) {
    const key = normalize(s);
    const group = groups.get(key) ?? new Map<string, number>();
    group.set(s, (group.get(s) ?? 0) + 1);
    groups.set(key, group);
  }
  let best: { name: string; count: number } | undefined;
  for (const group of groups.values()) {
    const count = [...group.values()].reduce((a, b) => a + b, 0);
    const name = [...group.entries()].sort(
      (a, b) => accents(b[0]) - accents(a[0]) || b[1] - a[1] || collate(a[0], b[0]),
    )[0]![0];
    if (
      !best ||
      count > best.count ||
      (count === best.count &&
        (name.length > best.name.length ||
          (name.length === best.name.length && collate(name, best.name) < 0)))
    )
      best = { name, count };
  }
  if (!best) throw new RangeError('A person is named at least once.');
  return best.name;
}
