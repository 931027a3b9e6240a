// Writes a content directory whose every field that reaches a page or a feed holds an attack:
// post front matter and body, curated speakers and talks, an event. Values are written as JSON
// strings, which YAML reads back exactly, control characters included.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './xss-corpus.ts';

const FIRST = ['Alice', 'Bruno', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro'];
const LAST = ['Abbott', 'Baker', 'Castillo', 'Dorsey', 'Eriksen', 'Fontaine', 'Gruber'];
export const EVENT_ID = 'evil-conf-2015';

/** A name the extraction reads as a person's: a capitalised first and last name. */
const personName = (i: number) =>
  `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

const q = (value: unknown) => JSON.stringify(value);

export interface HostileContent {
  /** How many posts were written; each must reach the site. */
  readonly posts: number;
  /** Payload placements: fields times payloads. */
  readonly inputs: number;
}

/**
 * Writes `posts/`, `events/`, `speakers.yaml` and `talks.yaml` under `dir`. Post `i` carries text
 * payload `i` and URL payload `i * stride`, so a longer run pairs them differently.
 */
export function writeHostileContent(dir: string, rounds = 1): HostileContent {
  mkdirSync(join(dir, 'posts'), { recursive: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  const count = TEXT_PAYLOADS.length * rounds;
  const speakers: string[] = [];
  const talks: string[] = [];
  let inputs = 0;
  for (let i = 0; i < count; i++) {
    const text = TEXT_PAYLOADS[i % TEXT_PAYLOADS.length]!;
    const url = URL_PAYLOADS[(i * (rounds + 1)) % URL_PAYLOADS.length]!;
    const speaker = personName(i);
    const talkTitle = `Talk ${i} on ${text.replaceAll('*', '')}`;
    const front = [
      '---',
      `title: ${q(`Post ${i} ${text}`)}`,
      `subtitle: ${q(text)}`,
      `description: ${q(text)}`,
      `date: 2015-11-${String((i % 28) + 1).padStart(2, '0')}`,
      `author: { name: ${q(`${text} author`)}, url: ${q(url)} }`,
      `tags: [${q(text)}, ${q(`tag ${i}`)}, ${q('../../etc/passwd')}]`,
      `categories: [${q(text)}]`,
      `image: ${q(url)}`,
      `event: ${EVENT_ID}`,
      `x-extra: ${q(text)}`,
      `extra_link: ${q(url)}`,
      '---',
    ];
    const body = [
      `# Heading ${text}`,
      '',
      `Paragraph ${i}: ${text}`,
      '',
      `A [link ${text}](${url}), an image ![${text}](${url}), a bare <${url}> and [text](https://ok.example/${encodeURIComponent(text)}).`,
      '',
      `${speaker} spoke about **${talkTitle}**.`,
      '',
      '```html',
      text,
      '```',
      '',
      `> ${text}`,
      '',
      `- ${text}`,
      '',
    ];
    writeFileSync(
      join(dir, 'posts', `hostile-${i}.md`),
      `${front.join('\n')}\n\n${body.join('\n')}`,
    );
    // title, subtitle, description, author name and url, 3 tags, category, image, extras, body
    // (heading, paragraph, link text and url, image, autolink, code, quote, list), talk, speaker.
    inputs += 24;
    speakers.push(
      `- name: ${q(`${speaker} ${text}`)}`,
      `  match: [${q(speaker)}]`,
      `  affiliation: ${q(text)}`,
      `  role: ${q(text)}`,
      `  handles: { twitter: ${q(text)}, github: ${q(url)}, website: ${q(url)}, mastodon: ${q(text)} }`,
    );
    talks.push(
      `- title: ${q(`Curated ${i} ${text}`)}`,
      `  match: [${q(talkTitle)}]`,
      `  event: ${EVENT_ID}`,
      `  links: [{ url: ${q(url)}, kind: slides }, { url: ${q(url)}, kind: video }]`,
    );
    inputs += 9;
  }
  writeFileSync(join(dir, 'speakers.yaml'), `${speakers.join('\n')}\n`);
  writeFileSync(join(dir, 'talks.yaml'), `${talks.join('\n')}\n`);
  const text = TEXT_PAYLOADS[0]!;
  writeFileSync(
    join(dir, 'events', `${EVENT_ID}.yaml`),
    [
      `id: ${EVENT_ID}`,
      `name: ${q(`Evil Conf ${text}`)}`,
      'year: 2015',
      `location: ${q(TEXT_PAYLOADS[1])}`,
      'start: 2015-11-16',
      'end: 2015-11-17',
      `url: ${q(URL_PAYLOADS[0])}`,
      '',
    ].join('\n'),
  );
  inputs += 3;
  return { posts: count, inputs };
}
