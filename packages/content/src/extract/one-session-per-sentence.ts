import type { Block } from './blocks.ts';
import type { Range, TalkHit } from './hits.ts';
import type { NameFound } from './names.ts';
import { TITLE_SAID } from './patterns/noun-titled.ts';
import { sentenceAt } from './text-tools.ts';

/**
 * "The opening keynote was by X, who talked about *T*": the untitled keynote and the titled
 * talk one sentence names are one session, titled, of the keynote's kind, with everyone either
 * names. A titled hit with people of its own who are not the session's stays apart.
 */
export function oneSessionPerSentence(hits: TalkHit[]): TalkHit[] {
  const merged = new Set<TalkHit>();
  const into = new Map<TalkHit, TalkHit>();
  const people = (h: TalkHit) => [...h.names, ...(h.presenters ?? []).map((p) => p.name)];
  // By block, its titled hits and its untitled ones in the order they stand: each untitled
  // hit looks from where the last one stopped, so a block of thousands stays linear.
  const byBlock = new Map<Block, { titled: TalkHit[]; untitled: TalkHit[] }>();
  for (const h of hits) {
    if (!h.title && (h.block.kind === 'heading' || h.family === 'own-talk')) continue;
    let lists = byBlock.get(h.block);
    if (!lists) {
      lists = { titled: [], untitled: [] };
      byBlock.set(h.block, lists);
    }
    (h.title ? lists.titled : lists.untitled).push(h);
  }
  const byStart = (a: TalkHit, b: TalkHit) => a.at.start - b.at.start;
  for (const [block, { titled, untitled }] of byBlock) {
    if (!titled.length || !untitled.length) continue;
    titled.sort(byStart);
    untitled.sort(byStart);
    let next = 0;
    for (const session of untitled) {
      const sentence = sentenceAt(block.flat.text, session.at.start);
      while (next < titled.length && titled[next]!.at.start < sentence.start) next++;
      let candidate: TalkHit | undefined = titled[next];
      if (!candidate || candidate.at.start >= sentence.end) {
        const named = namedByPronoun(block, sentence, titled, next, people(session));
        if (named === undefined) continue;
        next = named;
        candidate = titled[next]!;
      }
      const mine = people(session).map((n) => n.name);
      const theirs = people(candidate).map((n) => n.name);
      if (theirs.length && mine.length && !theirs.some((n) => mine.includes(n))) continue;
      next++;
      merged.add(session);
      // Only the people of that sentence: a session's presenters may be read from further on.
      into.set(candidate, {
        ...session,
        presenters: (session.presenters ?? []).filter(
          (p) => p.block === block && p.name.start >= sentence.start && p.name.start < sentence.end,
        ),
      });
    }
  }
  if (!merged.size) return hits;
  return hits
    .filter((h) => !merged.has(h))
    .map((h) => {
      const session = into.get(h);
      if (!session) return h;
      const names = [...h.names];
      for (const n of session.names) if (!names.some((m) => m.name === n.name)) names.push(n);
      return {
        ...h,
        kind: h.kind === 'talk' ? session.kind : h.kind,
        names,
        presenters: [...(h.presenters ?? []), ...(session.presenters ?? [])],
      };
    });
}

// "Her talk, "T", was…", "His keynote was titled **T**", "The title was "T"": the session the
// sentence before named; or "Ewan's keynote, "T", …", by a name of its speaker's.
const PRONOUN_SESSION = new RegExp(
  String.raw`^\s*(?:(?:her|his|their)\s+(?:own\s+)?(?:talk|keynote|session|workshop|presentation|panel|lecture)|${TITLE_SAID})\b`,
  'i',
);
const OWNER_SESSION =
  /^\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s?\s+(?:own\s+)?(?:talk|keynote|session|workshop|presentation|panel|lecture)\b/u;

/**
 * Whether a sentence opening names a session by its speaker: a pronoun, or the whole name, the
 * first or the last name of one of `people`.
 */
function namesOwnSession(opening: string, people: readonly NameFound[]): boolean {
  if (PRONOUN_SESSION.test(opening)) return true;
  const owner = OWNER_SESSION.exec(opening)?.[1];
  if (!owner) return false;
  return people.some((p) => {
    const words = p.name.split(/\s+/);
    return owner === p.name || owner === words[0] || owner === words[words.length - 1];
  });
}

/**
 * The index in `titled` (sorted, searched from `from`) of the titled hit, with no people of its
 * own, of the sentence after `sentence` when that one opens by naming a session by its
 * speaker's pronoun or by a name of one of `people`, the session's.
 */
function namedByPronoun(
  block: Block,
  sentence: Range,
  titled: readonly TalkHit[],
  from: number,
  people: readonly NameFound[],
): number | undefined {
  const text = block.flat.text;
  if (sentence.end >= text.length) return undefined;
  const opens = (s: Range) => namesOwnSession(text.slice(s.start, s.start + 60), people);
  // The next sentence, or the one after ("…, who works on flood modelling. She was honest. Her
  // talk, "T", was…").
  let following = sentenceAt(text, sentence.end);
  if (!opens(following) && following.end < text.length) following = sentenceAt(text, following.end);
  if (!opens(following)) return undefined;
  for (let i = from; i < titled.length && titled[i]!.at.start < following.end; i++) {
    const hit = titled[i]!;
    if (hit.at.start < sentence.end) continue;
    // Another talk between the two is what a pronoun there would speak of.
    if (hit.at.start < following.start) return undefined;
    return hit.names.length || hit.presenters?.length ? undefined : i;
  }
  return undefined;
}
