// One generated recap: its file name, its text and what it truly reports (its known answer).
import { asHtml } from './as-html.ts';
import { FORMATS, frontMatter } from './front-matter.ts';
import {
  headingBlock,
  listItem,
  PROSE,
  sessionBlock,
  type WrittenPerson,
  type WrittenTalk,
} from './patterns.ts';
import type { Pool, PoolEvent, PoolSpeaker, PoolTalk } from './pool.ts';
import { slug } from './pool.ts';
import { chance, int, pick, type Random, sample } from './random.ts';
import { firstName, writtenName, writtenTitle } from './variation.ts';
import { paragraph, sentence } from './vocabulary.ts';

/** A talk as the known answer has it for one post: the title as written there. */
export interface AnswerTalk {
  readonly key: string;
  readonly title: string | null;
  readonly label?: string;
  readonly kind: PoolTalk['kind'];
  readonly speakers: string[];
}

/** A person as the known answer has it for one post: the name as written there. */
export interface AnswerSpeaker {
  readonly key: string;
  readonly name: string;
  readonly handles: PoolSpeaker['handles'];
}

export interface AnswerPost {
  readonly path: string;
  readonly event: string;
  readonly talks: AnswerTalk[];
  readonly speakers: AnswerSpeaker[];
}

const STYLES = ['prose', 'list', 'headings'] as const;
const CODE = '```go\nfunc main() {\n\tfmt.Println("hello")\n}\n```';
const TABLE = '| track | room |\n| --- | --- |\n| main | A |\n| side | B |';

/** Writes post number `i`; `r` is the post's own random stream. */
export function writePost(
  r: Random,
  i: number,
  pool: Pool,
  event: PoolEvent,
): { path: string; text: string; answer: AnswerPost } {
  const speakers: AnswerSpeaker[] = [];
  const person = (key: string, alone = false): WrittenPerson => {
    const s = pool.speakers.get(key)!;
    const name = alone ? firstName(s.name) : writtenName(r, s.name);
    const profile = s.handles.twitter
      ? `https://twitter.com/${s.handles.twitter}`
      : s.handles.github
        ? `https://github.com/${s.handles.github}`
        : undefined;
    if (!speakers.some((x) => x.key === key && x.name === name)) {
      speakers.push({ key, name, handles: profile ? s.handles : {} });
    }
    return { name, profile };
  };
  const titled = event.talks.filter((t) => t.title);
  const chosen = sample(r, titled, int(r, 3, 7));
  const style = pick(r, STYLES);
  const talks: AnswerTalk[] = [];
  const blocks: string[] = [];
  const header = {
    title: `${event.name}: ${pick(r, ['day one', 'day two', 'my notes', 'a recap', 'highlights'])}`,
    date: event.start,
    author: pick(r, pool.authors),
    tags: sample(r, ['conference', 'notes', 'talks', 'devops', 'recap'], 2),
    slug: `recap-${i}`,
  };
  blocks.push(
    `${paragraph(r, 3)} This is about ${event.name} in ${event.location.split(',')[0]}.`,
    '<!-- more -->',
  );
  for (const session of event.talks.filter((t) => !t.title)) {
    if (!chance(r, 0.3)) continue;
    const people = session.speakers.map((k) => person(k));
    blocks.push(sessionBlock(r, session.label!, people));
    talks.push({
      key: session.key,
      title: null,
      label: session.label,
      kind: session.kind,
      speakers: people.map((p) => p.name),
    });
    blocks.push(paragraph(r));
  }
  if (style === 'list') blocks.push('These are the talks I saw:');
  const items: string[] = [];
  for (const talk of chosen) {
    const alone = style === 'headings' && talk.speakers.length === 1 && chance(r, 0.2);
    const written: WrittenTalk = {
      title: writtenTitle(r, talk.title!),
      people: talk.speakers.map((k) => person(k, alone)),
      slides: talk.slides,
      video: talk.video,
    };
    talks.push({
      key: talk.key,
      title: written.title,
      kind: talk.kind,
      speakers: written.people.map((p) => p.name),
    });
    if (style === 'list') items.push(listItem(r, written));
    else if (style === 'headings')
      blocks.push(
        headingBlock(r, written, pool.speakers.get(talk.speakers[0]!)!.affiliation, alone),
      );
    else {
      blocks.push(pick(r, PROSE)(r, written));
      if (chance(r, 0.3)) blocks.push(`> ${sentence(r)}\n> ${sentence(r)}`);
      if (chance(r, 0.2)) blocks.push(CODE);
    }
  }
  if (items.length) blocks.push(items.join('\n'));
  if (style === 'headings') blocks.push('## Wrapping up');
  blocks.push(paragraph(r, 4));
  if (chance(r, 0.3)) blocks.push(TABLE);
  blocks.push(paragraph(r, 3), `[${pick(r, ['Photos', 'Schedule'])}](${event.url})`);
  const format = FORMATS[i % FORMATS.length]!;
  const ext = i % 7 === 3 ? 'markdown' : 'md';
  const path = `posts/${event.start}-${slug(header.title)}-${i}.${ext}`;
  const place = i % 18 === 0 ? 'heading' : i % 18 === 6 ? 'both' : 'key';
  // One post in twelve is written in HTML (chosen by its number, so every other post and the
  // random streams stay as they were).
  const body = blocks.join('\n\n');
  const text = `${frontMatter(format, header, place)}\n${i % 12 === 5 ? asHtml(body) : body}\n`;
  return { path, text, answer: { path, event: event.id, talks, speakers } };
}
