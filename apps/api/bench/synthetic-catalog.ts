import { Catalog } from '@confnotes/content/portable';
import { random } from '../test/seeded-random.ts';

const WORDS = (
  'container cluster kubernetes volume network registry image build deploy service mesh ' +
  'observability tracing metrics logging pipeline runtime kernel namespace scheduler node pod ' +
  'storage secret security policy gateway proxy latency throughput cache database stream queue ' +
  'serverless function edge compute cloud hybrid migration monolith microservice api schema ' +
  'testing release rollout canary incident oncall postmortem team culture platform developer ' +
  'experience keynote workshop demo production scale failure recovery backup snapshot'
).split(' ');
const FIRST =
  'Ada Alan Grace Linus Ken Barbara Margaret Radia Anita Guido Brendan Sophie Kelsey Jessie'.split(
    ' ',
  );
const LAST =
  'Lovelace Turing Hopper Torvalds Thompson Liskov Hamilton Perlman Borg Rossum Eich Wilson Hightower Frazelle'.split(
    ' ',
  );

/**
 * A catalog of `posts` generated posts (about 250 words each, a third of them about Docker) with
 * proportionate talks, speakers and events, valid per the core schema.
 */
export function syntheticCatalog(posts: number, seed = 42): Catalog {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (words: number) =>
    Array.from({ length: words }, () => (rand() < 0.02 ? 'docker' : pick(WORDS))).join(' ');
  const eventCount = Math.max(1, Math.ceil(posts / 200));
  const events = Array.from({ length: eventCount }, (_, i) => ({
    id: `event-${i}`,
    name: `${pick(['DevOpsDays', 'KubeCon', 'DockerCon', 'QCon'])} ${2010 + (i % 15)} #${i}`,
    year: 2010 + (i % 15),
    start: `${2010 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    origin: 'curated' as const,
  }));
  const speakerCount = Math.max(3, Math.ceil(posts / 5));
  const talkCount = Math.max(3, Math.ceil(posts / 3));
  const speakers = Array.from({ length: speakerCount }, (_, i) => ({
    id: `speaker-${i}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
    aliases: [],
    handles: {},
    talks: [] as string[],
    mentions: [] as {
      post: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      text: string;
      sentence: string;
    }[],
    provenance: {},
  }));
  const postRecords = Array.from({ length: posts }, (_, i) => {
    const paragraphs = Array.from({ length: 5 }, () => `${sentence(50)}.`);
    if (i % 3 === 0) paragraphs[2] = `We ran docker in production. ${paragraphs[2]}`;
    const text = paragraphs.join('\n\n');
    const year = 2010 + (i % 15);
    return {
      id: `post-${i}`,
      title: `${pick(WORDS)} ${pick(WORDS)} at ${events[i % eventCount]!.name}`,
      date: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      tags: [pick(WORDS), pick(WORDS)],
      categories: [],
      draft: false,
      event: events[i % eventCount]!.id,
      extra: {},
      source: { path: `posts/post-${i}.md`, format: 'yaml' as const, bodyLine: 5 },
      body: paragraphs.join('\n\n'),
      html: paragraphs.map((p, n) => `<p id="p-${n + 1}">${p}</p>`).join('\n'),
      text,
      excerpt: text.slice(0, 160),
      headings: [],
      links: [],
      wordCount: 250,
      readingMinutes: 1,
      digest: `digest-${i}`,
    };
  });
  const talks = Array.from({ length: talkCount }, (_, i) => {
    const speaker = speakers[i % speakerCount]!;
    const post = postRecords[(i * 7) % posts]!;
    const title = `${pick(WORDS)} ${pick(WORDS)} ${i % 4 === 0 ? 'with docker' : pick(WORDS)} ${i}`;
    speaker.talks.push(`talk-${i}`);
    speaker.mentions.push({
      post: post.id,
      line: 6,
      column: 1,
      endLine: 6,
      endColumn: 10,
      text: speaker.name,
      sentence: `${speaker.name} spoke about ${title}.`,
    });
    return {
      id: `talk-${i}`,
      title,
      altTitles: [],
      kind: pick(['talk', 'keynote', 'workshop', 'panel', 'lightning'] as const),
      event: post.event,
      speakers: [speaker.id],
      links:
        rand() < 0.3 ? [{ url: `https://example.com/slides/${i}`, kind: 'slides' as const }] : [],
      takeaways: [sentence(12)],
      mentions: [
        {
          post: post.id,
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 20,
          text: title,
          title,
          sentence: `${speaker.name} spoke about ${title}.`,
        },
      ],
      provenance: {},
    };
  });
  return Catalog.parse({
    version: 1,
    events,
    posts: postRecords,
    talks,
    speakers,
    diagnostics: [],
  });
}
