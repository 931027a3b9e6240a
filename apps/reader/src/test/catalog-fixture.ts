import {
  Catalog,
  type Diagnostic,
  type Post,
  type Speaker,
  type Talk,
} from '@confnotes/content/portable';

// Catalogs built in code for tests and benchmarks, validated with `Catalog.parse` so they stay
// true to the schema. Mention positions are computed from the bodies, as the extractor would.

const BODY_LINE = 6;

/** Where `text` first occurs in `body`, as a mention in the post's file (front matter above). */
function mentionAt(post: Post, text: string, after = 0) {
  const at = post.body.indexOf(text, after);
  if (at < 0) throw new Error(`fixture: "${text}" is not in post ${post.id}`);
  const before = post.body.slice(0, at).split('\n');
  const line = BODY_LINE + before.length - 1;
  const column = before.at(-1)!.length + 1;
  return { post: post.id, line, column, endLine: line, endColumn: column + text.length, text };
}

/** A speaker's mention: where `text` is, and the sentence of the body it stands in. */
function speakerMentionAt(post: Post, text: string) {
  const at = post.body.indexOf(text);
  const start = Math.max(post.body.lastIndexOf('. ', at) + 2, post.body.lastIndexOf('\n', at) + 1);
  const stop = post.body.indexOf('.', at + text.length);
  const sentence = post.body.slice(start, stop < 0 ? undefined : stop + 1).replace(/\s+/g, ' ');
  return { ...mentionAt(post, text), sentence };
}

export type PostInput = Partial<Post> & { id: string; title: string; body: string };

/** A post with every required field filled from its body. */
export function makePost(input: PostInput): Post {
  const words = input.body.split(/\s+/).filter(Boolean).length;
  return {
    tags: [],
    categories: [],
    draft: false,
    extra: {},
    source: { path: `posts/${input.id}.md`, format: 'yaml', bodyLine: BODY_LINE },
    html: '',
    text: input.body,
    excerpt: input.body.slice(0, 120),
    headings: [],
    links: [],
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 200)),
    digest: `sha256-${input.id}`,
    ...input,
  };
}

/** An article full of terminal escape sequences and invisible controls. */
export const HOSTILE_BODY = [
  '# Totally \u001b[31mred\u001b[0m heading',
  '',
  'Clipboard grab: \u001b]52;c;cm0gLXJmIH4=\u0007 done.',
  '',
  'Spoofed link: \u001b]8;;https://evil.example/\u001b\\Click the safe docs\u001b]8;;\u001b\\ here.',
  '',
  'Bell \u0007 and C1 CSI \u009b2J and C1 OSC \u009d0;title\u009c end.',
  '',
  'Bidi: user\u202Egnp.exe\u202C and isolate \u2066x\u2069.',
  '',
  'Cursor home \u001b[H and clear \u001b[2J, title \u001b]0;pwned\u0007.',
  '',
  '- item with \u001b[5mblink\u001b[0m',
  '',
  '```',
  'code \u001b[41mbg\u001b[0m \u0007',
  '```',
  '',
  'A [real link](https://example.org/docs "t") stays a link.',
].join('\n');

export type FixtureOptions = { readonly extraPosts?: number };

/**
 * A small catalog: two DockerCon posts that report on three talks by three speakers, a post
 * full of escape sequences, and a diagnostic for a broken article.
 */
export function fixtureCatalog(options: FixtureOptions = {}): Catalog {
  const dayTwo = makePost({
    id: 'dockercon-day-two',
    title: 'DockerCon EU 2015 Day Two',
    date: '2015-11-19',
    author: { name: 'Ada Writer' },
    tags: ['docker', 'conference'],
    event: 'dockercon-eu-2015',
    body: [
      'The **General session** of day two was about the *solutions* layer.',
      '',
      'John Fiedler spoke about **How to be successful running docker in production**. It was an',
      'enlightening talk distilling wisdom from running Docker since 2013.',
      '',
      '- Not every service is a good fit: databases and CI are not',
      '- Secure your containers with [Twistlock](https://www.twistlock.com/)',
      '',
      ...Array.from(
        { length: 30 },
        (_, i) =>
          `Filler paragraph ${i + 1} about volumes and networks, long enough to wrap on a narrow terminal window.\n`,
      ),
      'Michael Neale spoke about **Persistent, stateful services with Docker clusters**. He built a',
      'supercontainer that manages volumes.',
      '',
      '| Tool | Kind |',
      '| --- | --- |',
      '| REX-Ray | volumes |',
      '| Flocker | volumes |',
      '',
      '> Kudos to the organisers.',
      '',
      '```sh',
      'docker volume create data',
      '```',
    ].join('\n'),
  });
  const dayOne = makePost({
    id: 'dockercon-day-one',
    title: 'Impressions from DockerCon 2015',
    date: '2015-11-17',
    author: { name: 'Bo Reporter' },
    tags: ['docker'],
    event: 'dockercon-eu-2015',
    body: [
      '## Keynote',
      '',
      'Solomon Hykes opened the keynote. Later, John Fiedler repeated his advice on',
      '**How to be successful running docker in production** in a hallway track.',
    ].join('\n'),
  });
  const hostile = makePost({
    id: 'hostile',
    title: 'Escapes \u001b]52;c;Zm9v\u0007 in the title\u202E',
    date: '2016-01-01',
    author: { name: 'Mallory \u001b[2J' },
    tags: ['\u001b[31mtag'],
    body: HOSTILE_BODY,
  });
  const extra = Array.from({ length: options.extraPosts ?? 0 }, (_, i) =>
    makePost({
      id: `extra-${i}`,
      title: `Extra post number ${i}`,
      date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      body: `Body of extra post ${i}.`,
    }),
  );
  const john: Speaker = {
    id: 'john-fiedler',
    name: 'John Fiedler',
    aliases: [],
    handles: { twitter: '@johnfiedler' },
    talks: ['running-docker-in-production'],
    mentions: [speakerMentionAt(dayTwo, 'John Fiedler'), speakerMentionAt(dayOne, 'John Fiedler')],
    provenance: {},
  };
  const michael: Speaker = {
    id: 'michael-neale',
    name: 'Michael Neale',
    aliases: [],
    handles: {},
    talks: ['persistent-stateful-services'],
    mentions: [speakerMentionAt(dayTwo, 'Michael Neale')],
    provenance: {},
  };
  const solomon: Speaker = {
    id: 'solomon-hykes',
    name: 'Solomon Hykes',
    aliases: [],
    handles: {},
    talks: ['keynote-day-one'],
    mentions: [speakerMentionAt(dayOne, 'Solomon Hykes')],
    provenance: {},
  };
  const talkMention = (post: Post, text: string) => ({
    ...mentionAt(post, text),
    title: text,
    sentence: `... ${text} ...`,
  });
  const production: Talk = {
    id: 'running-docker-in-production',
    title: 'How to be successful running docker in production',
    altTitles: [],
    kind: 'talk',
    event: 'dockercon-eu-2015',
    speakers: ['john-fiedler'],
    links: [{ url: 'https://example.org/slides', kind: 'slides' }],
    takeaways: ['Not every service is a good fit for a container'],
    mentions: [
      talkMention(dayTwo, 'How to be successful running docker in production'),
      talkMention(dayOne, 'How to be successful running docker in production'),
    ],
    provenance: {},
  };
  const persistent: Talk = {
    id: 'persistent-stateful-services',
    title: 'Persistent, stateful services with Docker clusters',
    altTitles: [],
    kind: 'talk',
    event: 'dockercon-eu-2015',
    speakers: ['michael-neale'],
    links: [],
    takeaways: [],
    mentions: [talkMention(dayTwo, 'Persistent, stateful services with Docker clusters')],
    provenance: {},
  };
  const keynote: Talk = {
    id: 'keynote-day-one',
    title: null,
    label: 'Keynote',
    altTitles: [],
    kind: 'keynote',
    event: 'dockercon-eu-2015',
    speakers: ['solomon-hykes'],
    links: [],
    takeaways: [],
    mentions: [
      {
        ...mentionAt(dayOne, 'keynote'),
        title: null,
        sentence: 'Solomon Hykes opened the keynote.',
      },
    ],
    provenance: {},
  };
  const broken: Diagnostic = {
    severity: 'error',
    code: 'invalid-front-matter',
    message: 'The front matter of this article is not valid YAML.',
    hint: 'Check the indentation on line 3.',
    file: 'posts/broken.md',
    line: 3,
    column: 1,
  };
  return Catalog.parse({
    version: 1,
    events: [
      {
        id: 'dockercon-eu-2015',
        name: 'DockerCon EU 2015',
        year: 2015,
        location: 'Barcelona, Spain',
        start: '2015-11-16',
        end: '2015-11-17',
        url: 'http://europe-2015.dockercon.com/',
        origin: 'curated',
      },
    ],
    posts: [dayTwo, dayOne, hostile, ...extra],
    talks: [production, persistent, keynote],
    speakers: [john, michael, solomon],
    diagnostics: [broken],
  });
}
