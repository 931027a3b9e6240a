import type { PostExtraction } from '../extract/extract-post.ts';

/** An extraction with its post's id changed, as `combineAnalyses` renames a post. */
export function renamed(x: PostExtraction, from: string, to: string): PostExtraction {
  if (from === to) return x;
  for (const t of x.talks) for (const m of t.mentions) m.post = to;
  for (const p of x.people) for (const m of p.mentions) m.post = to;
  return { ...x, post: to };
}

/**
 * Whether two extractions of a post give the merge of talks the same reports: the same
 * titles, labels and speakers, in the same order.
 */
export function sameTalkReports(a: PostExtraction, b: PostExtraction): boolean {
  return (
    a.talks.length === b.talks.length &&
    a.talks.every((t, i) => {
      const u = b.talks[i]!;
      return t.title === u.title && t.label === u.label && sameList(t.speakers, u.speakers);
    })
  );
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
