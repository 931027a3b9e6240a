import { normalize, titleSimilarity } from '../extract/similarity.ts';
import type { SpeakerCorrection, TalkCorrection } from '../schema/curation.ts';

/** Whether a curated speaker entry names this spelling (its name, aliases or `match`). */
export function speakerEntryMatches(entry: SpeakerCorrection, name: string): boolean {
  const n = normalize(name);
  return [entry.name, ...entry.aliases, ...entry.match].some((x) => normalize(x) === n);
}

/** Whether a curated talk entry names this title or label. */
export function talkEntryMatches(
  entry: TalkCorrection,
  title: string | null,
  label: string | undefined,
): boolean {
  const names = [entry.title, entry.label, ...entry.match].filter((x): x is string => Boolean(x));
  const own = title ?? label;
  if (!own) return false;
  return names.some(
    (x) => normalize(x) === normalize(own) || (title !== null && titleSimilarity(x, title) >= 0.9),
  );
}
