// The ways recaps write a talk and its speakers, one renderer per pattern. Each takes a talk as
// this post writes it and returns Markdown blocks.
import { chance, pick, type Random } from './random.ts';
import { paragraph, sentence } from './vocabulary.ts';

/** A person as one post writes them, with the profile the post links, if any. */
export interface WrittenPerson {
  readonly name: string;
  readonly profile?: string;
}

/** A titled talk as one post writes it. */
export interface WrittenTalk {
  readonly title: string;
  readonly people: readonly WrittenPerson[];
  readonly slides?: string;
  readonly video?: string;
}

const names = (people: readonly WrittenPerson[], link = false) => {
  const list = people.map((p) => (link && p.profile ? `[${p.name}](${p.profile})` : p.name));
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]!;
};

const handleNote = (p: WrittenPerson) => {
  const m = p.profile && /twitter\.com\/(\w+)$/.exec(p.profile);
  return m ? `${p.name} ([@${m[1]}](${p.profile}))` : p.name;
};

const links = (t: WrittenTalk) => {
  const parts = [t.slides && `[slides](${t.slides})`, t.video && `[video](${t.video})`].filter(
    Boolean,
  );
  return parts.length ? ` (${parts.join(', ')})` : '';
};

/** Prose patterns: one paragraph per talk. */
export const PROSE: readonly ((r: Random, t: WrittenTalk) => string)[] = [
  // "X talked about **T**"
  (r, t) =>
    `${t.people.map(handleNote).join(' and ')} ${pick(r, ['talked', 'spoke'])} about **${t.title}**${links(t)}. ${paragraph(r, 2)}`,
  // the session "T" by X
  (r, t) => `I liked the session "${t.title}" by ${names(t.people, true)}. ${paragraph(r, 2)}`,
  // X's talk on **T**
  (r, t) =>
    t.people.length === 1
      ? `${t.people[0]!.name}'s talk on **${t.title}** was ${pick(r, ['calm', 'dense', 'funny', 'sharp'])}. ${paragraph(r, 2)}`
      : `${names(t.people)} talked about **${t.title}**. ${paragraph(r, 2)}`,
  // In "T", X showed ...
  (r, t) =>
    `In "${t.title}", ${names(t.people)} showed ${sentence(r).toLowerCase()} ${paragraph(r, 1)}`,
  // the title on one line, the speaker alone on the next
  (r, t) =>
    `[${t.title}](${t.video ?? t.slides ?? 'https://www.youtube.com/watch?v=x'})  \n${t.people.map((p) => p.name).join(', ')}  \n${paragraph(r, 2)}`,
];

/** List items: "T from X", "T - X", "X - T", "[T](video) by X", "T (X, Y)". */
export function listItem(r: Random, t: WrittenTalk): string {
  const who = t.people.map((p) => p.name);
  if (who.length > 1) return `* ${t.title} (${who.join(', ')})`;
  const x = who[0]!;
  return pick(r, [
    () => `* ${t.title} from ${x}`,
    () => `* ${t.title} - ${x}`,
    () => `* ${x} - ${t.title}`,
    () => `* [${t.title}](${t.video ?? t.slides ?? 'https://www.youtube.com/watch?v=x'}) by ${x}`,
  ])();
}

/** Heading patterns: "### **T** by _X_", "### **T.**" then "By X, Org.", "X presented" below. */
export function headingBlock(
  r: Random,
  t: WrittenTalk,
  affiliation: string,
  alone: boolean,
): string {
  const who = t.people.map((p) => p.name);
  // A first name alone: the heading's first sentence says who presented it.
  if (alone)
    return `### ${t.title}\n\n${names(t.people, true)} presented ${sentence(r).toLowerCase()}`;
  if (chance(r, 0.5) && who.length === 1)
    return `### **${t.title}** by _${who[0]} (${affiliation})_\n\n${paragraph(r)}${links(t) ? `\n\nMaterial:${links(t)}.` : ''}`;
  return `### **${t.title}.**\n\nBy ${who.join(' and ')}, ${affiliation}.\n\n${paragraph(r)}`;
}

/** An untitled session and its presenters in the list that follows. */
export function sessionBlock(r: Random, label: string, people: readonly WrittenPerson[]): string {
  const items = people.map(
    (p) =>
      `- ${p.profile ? `[${p.name}](${p.profile})` : p.name} ${pick(r, ['explained', 'showed', 'announced'])} the ${pick(r, ['new scheduler', 'roadmap', 'dashboard', 'release plan'])}`,
  );
  return `The **${label}** of day one covered the roadmap:\n\n${items.join('\n')}`;
}
