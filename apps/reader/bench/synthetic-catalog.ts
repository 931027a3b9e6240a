// A generated catalog as large as a big blog archive, for the benchmarks.
import { Catalog } from '@confnotes/content/portable';
import { makePost } from '../src/test/catalog-fixture.ts';

const WORDS =
  'docker kubernetes container volume network swarm compose registry security build deploy cluster service mesh observability latency'.split(
    ' ',
  );

/** A catalog of `n` posts with talks and speakers, like a large blog archive. */
export function syntheticCatalog(n: number): Catalog {
  const word = (i: number) => WORDS[i % WORDS.length]!;
  const posts = Array.from({ length: n }, (_, i) =>
    makePost({
      id: `post-${i}`,
      title: `${word(i)} ${word(i * 7 + 3)} notes from conference day ${i % 5} number ${i}`,
      date: `20${String(10 + (i % 15)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 10}`,
      author: { name: `Author ${i % 300}` },
      tags: [word(i), word(i + 1)],
      body: Array.from(
        { length: 12 },
        (_, p) =>
          `Paragraph ${p} of post ${i} about ${word(i + p)} and ${word(i * p)}, with enough words to wrap a line or two in a terminal window.`,
      ).join('\n\n'),
    }),
  );
  const speakers = Array.from({ length: Math.ceil(n / 10) }, (_, i) => ({
    id: `speaker-${i}`,
    name: `Speaker ${i}`,
    aliases: [],
    handles: {},
    talks: [`talk-${i}`],
    mentions: [],
    provenance: {},
  }));
  const talks = speakers.map((s, i) => ({
    id: `talk-${i}`,
    title: `Talk ${i} on ${word(i)}`,
    altTitles: [],
    kind: 'talk' as const,
    event: null,
    speakers: [s.id],
    links: [],
    takeaways: [],
    mentions: [],
    provenance: {},
  }));
  return Catalog.parse({ version: 1, events: [], posts, talks, speakers, diagnostics: [] });
}
