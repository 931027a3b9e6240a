import type { Talk } from '@confnotes/content';
import { talkName } from './format.ts';

/**
 * Each talk's name as a list of them shows it, by id: a name that two or more talks of the list
 * share ("Workshop", "Keynote") is followed by the talk's speakers, where the list names none.
 * A grid or chart row has nothing else beside the name to tell such talks apart, and links of
 * one name leading to different pages leave a screen reader's list of links no way to either.
 * @example distinctTalkNames(talks, speakers).get('workshop-2') // 'Workshop (Russ Miles)'
 */
export function distinctTalkNames(
  talks: readonly Talk[],
  speaker: ReadonlyMap<string, { readonly name: string }>,
): Map<string, string> {
  const uses = new Map<string, number>();
  for (const t of talks) uses.set(talkName(t), (uses.get(talkName(t)) ?? 0) + 1);
  return new Map(
    talks.map((t) => {
      const name = talkName(t);
      const by = t.speakers.map((id) => speaker.get(id)?.name ?? id).join(', ');
      return [t.id, (uses.get(name) ?? 0) > 1 && by ? `${name} (${by})` : name];
    }),
  );
}

// One per build: a site's talks are one array, and every talk page asks for its own name in it.
const ofSite = new WeakMap<readonly Talk[], Map<string, string>>();

/**
 * A talk's name among every talk of the site (see `distinctTalkNames`): the title of its page,
 * which a browser's tabs and history, and search results, show without the page around it.
 * @example siteTalkName(data.talks, data.speaker, 'workshop-2') // 'Workshop (Russ Miles)'
 */
export function siteTalkName(
  talks: readonly Talk[],
  speaker: ReadonlyMap<string, { readonly name: string }>,
  id: string,
): string | undefined {
  let names = ofSite.get(talks);
  if (!names) {
    names = distinctTalkNames(talks, speaker);
    ofSite.set(talks, names);
  }
  return names.get(id);
}
