import type { TalkHit } from './hits.ts';
import { titleSimilarity } from './similarity.ts';

/**
 * A talk found under a heading that is itself a talk is usually that talk described again
 * ("Sasha presented a brief [eBPF primer] talk" under "## eBPF primer"): it joins the heading's
 * talk when it names no one else.
 */
export function absorbIntoHeadings(hits: TalkHit[]): TalkHit[] {
  const headings = hits.filter((h) => h.family.startsWith('heading') && h.body);
  if (!headings.length) return hits;
  const presentersOf = (h: TalkHit) => (h.presenters ?? []).map((p) => p.name.name);
  function samePeopleOf(hit: TalkHit, owner: TalkHit): boolean {
    return hit.names.length > 0 && hit.names.every((n) => presentersOf(owner).includes(n.name));
  }
  // Each block's owner is the first heading talk whose section holds it; computed once, so
  // a post of many headings stays linear.
  const ownerOf = new Map<number, TalkHit>();
  for (const h of headings)
    for (const b of h.body!) if (!ownerOf.has(b.index)) ownerOf.set(b.index, h);
  const owned = (hit: TalkHit) => {
    const owner = ownerOf.get(hit.block.index);
    return owner === hit ? undefined : owner;
  };
  const weakWithBody = new Set<TalkHit>();
  for (const x of hits) {
    const h = x.title ? owned(x) : undefined;
    if (
      h?.family === 'heading-weak' &&
      samePeopleOf(x, h) &&
      titleSimilarity(x.title!.text, h.title?.text ?? '') < 0.5
    )
      weakWithBody.add(h);
  }
  const samePeople = samePeopleOf;
  // A weak heading gives way to a differently titled talk its own presenters give below it.
  const yielded = weakWithBody;
  // An untitled one ("### Keynote", then "Ann Lee opened with *T*") gives way to the titled
  // talk its presenters give below it, which is of the heading's kind.
  const titledBelow = new Map<TalkHit, TalkHit>();
  for (const x of hits) {
    const h = x.title ? owned(x) : undefined;
    if (h && !h.title && !titledBelow.has(h) && samePeopleOf(x, h)) titledBelow.set(h, x);
  }
  const kindOfHeading = new Map([...titledBelow].map(([h, x]) => [x, h.kind]));
  // An untitled session below a titled heading, given by its presenters ("### T", then "The
  // opening keynote by Ann Lee"), says what the heading's talk is.
  const givenByOwner = (x: TalkHit, h: TalkHit) => {
    const mine = [...x.names, ...(x.presenters ?? []).map((p) => p.name)].map((n) => n.name);
    return mine.length > 0 && mine.every((n) => presentersOf(h).includes(n));
  };
  for (const x of hits) {
    const h = x.title || x.family.startsWith('heading') ? undefined : owned(x);
    if (h?.title && givenByOwner(x, h) && !kindOfHeading.has(h)) kindOfHeading.set(h, x.kind);
  }
  return hits
    .filter((hit) => {
      if (yielded.has(hit) || titledBelow.has(hit)) return false;
      if (!hit.title && !hit.family.startsWith('heading')) {
        const owner = owned(hit);
        return !(owner && givenByOwner(hit, owner));
      }
      if (hit.family.startsWith('heading') || !hit.title) return true;
      if (kindOfHeading.has(hit)) return true;
      const owner = owned(hit);
      if (!owner || yielded.has(owner)) return true;
      return (
        !samePeople(hit, owner) && titleSimilarity(hit.title.text, owner.title?.text ?? '') < 0.5
      );
    })
    .map((hit) => {
      const kind = kindOfHeading.get(hit);
      return kind && hit.kind === 'talk' ? { ...hit, kind } : hit;
    });
}
