import { normalize } from '../extract/similarity.ts';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import type { Curation, TalkCorrection } from '../schema/curation.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import type { Speaker } from '../schema/speaker.ts';
import type { Talk } from '../schema/talk.ts';
import { talkEntryMatches } from './curation-match.ts';

/** Where a curated entry is written: its file (in the content folder) and the line of its `-`. */
export interface CorrectionPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The place of each curated entry, in the order of `Curation`'s lists. */
export interface CurationPlaces {
  readonly speakers: readonly CorrectionPlace[];
  readonly talks: readonly CorrectionPlace[];
}

const talkNames = (c: TalkCorrection) =>
  [c.title, c.label, ...c.match].filter((x): x is string => Boolean(x));

/**
 * A warning for each curated correction (not a `drop`) that no talk or speaker of the built
 * catalog took: a title or name misspelt in `talks.yaml` or `speakers.yaml` otherwise changes
 * nothing, unsaid. A correction that applied gave its record its title or name, so most are
 * found by name; only the others are compared as the merge compares them. A `drop` that
 * matched nothing is not said: what it drops is gone either way.
 * @example diagnostics.push(...unusedCorrections(catalog.talks, catalog.speakers, curation, places));
 */
export function unusedCorrections(
  talks: readonly Talk[],
  speakers: readonly Speaker[],
  curation: Curation,
  places: CurationPlaces,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const say = (kind: string, name: string, at: CorrectionPlace | undefined) => {
    if (at) out.push(diagnostic('unused-correction', `${kind} "${name}"`, at.file, at));
  };
  if (curation.talks.some((c) => !c.drop)) {
    const named = new Set<string>();
    for (const t of talks)
      for (const n of [t.title, t.label, ...t.altTitles]) if (n) named.add(normalize(n));
    curation.talks.forEach((c, k) => {
      if (c.drop || talkNames(c).some((n) => named.has(normalize(n)))) return;
      const taken = talks.some(
        (t) =>
          talkEntryMatches(c, t.title, t.label) ||
          t.altTitles.some((alt) => talkEntryMatches(c, alt, undefined)),
      );
      if (!taken) say('talk', talkNames(c)[0] ?? '(untitled)', places.talks[k]);
    });
  }
  if (curation.speakers.some((c) => !c.drop)) {
    // A speaker entry matches by name alone (see `speakerEntryMatches`): the names say it all.
    const named = new Set<string>();
    for (const s of speakers) for (const n of [s.name, ...s.aliases]) named.add(normalize(n));
    curation.speakers.forEach((c, k) => {
      if (c.drop || [c.name, ...c.aliases, ...c.match].some((n) => named.has(normalize(n)))) return;
      say('speaker', c.name, places.speakers[k]);
    });
  }
  return out;
}
