import { Catalog } from '@confnotes/content/portable';

type Post = Catalog['posts'][number];
type Talk = Catalog['talks'][number];
type Speaker = Catalog['speakers'][number];

/** A post with every required field, overridable. */
export function makePost(id: string, fields: Partial<Post> = {}): Post {
  const text = fields.text ?? `Notes about ${id}.`;
  return {
    id,
    title: `Post ${id}`,
    tags: [],
    categories: [],
    draft: false,
    extra: {},
    source: { path: `posts/${id}.md`, format: 'yaml', bodyLine: 4 },
    body: `Notes about **${id}**.`,
    html: `<p id="p-1">${text}</p>`,
    text,
    excerpt: text.slice(0, 80),
    headings: [],
    links: [],
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    digest: `digest-${id}`,
    ...fields,
  };
}

export function makeTalk(id: string, fields: Partial<Talk> = {}): Talk {
  return {
    id,
    title: `Talk ${id}`,
    altTitles: [],
    kind: 'talk',
    event: null,
    speakers: [],
    links: [],
    takeaways: [],
    mentions: [],
    provenance: {},
    ...fields,
  };
}

export function makeSpeaker(id: string, fields: Partial<Speaker> = {}): Speaker {
  return {
    id,
    name: `Speaker ${id}`,
    aliases: [],
    handles: {},
    talks: [],
    mentions: [],
    provenance: {},
    ...fields,
  };
}

export const mentionIn = (post: string, sentence: string) => ({
  post,
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 5,
  text: sentence.slice(0, 4),
  title: sentence,
  sentence,
});

/** Where a post names a speaker, with the sentence it names them in. */
export const speakerMentionIn = (post: string, sentence: string) => {
  const { title: _title, ...mention } = mentionIn(post, sentence);
  return mention;
};

/** Values a careless server would choke on, each a legal catalog string. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  traversalId: '..%2F..%2Fetc%2Fpasswd',
  protoId: '__proto__',
  unicodeId: 'café-☕-日本',
  slashId: 'a/b',
  rtl: 'مؤتمر \u202Eevil\u202C',
  nul: 'before\u0000after',
  long: 'docker '.repeat(5000),
} as const;

/**
 * A catalog of `posts` generated posts (`post-1`...) in two events plus a few hostile records,
 * validated by the core's schema like any loaded catalog.
 */
export function fixtureCatalog({ posts = 45 }: { posts?: number } = {}): Catalog {
  const generated = Array.from({ length: posts }, (_, i) => {
    const n = i + 1;
    return makePost(`post-${n}`, {
      title: `Recap ${n}: ${n % 3 === 0 ? 'Docker volumes' : 'Kubernetes pods'}`,
      date: `20${15 + (n % 3)}-0${1 + (n % 9)}-1${n % 10}`,
      tags: n % 2 === 0 ? ['Docker', 'containers'] : ['kubernetes'],
      event: n % 2 === 0 ? 'dockercon-eu-2015' : 'kubecon-2016',
      text: `Recap number ${n}. ${n % 3 === 0 ? 'We ran Docker in production.' : 'Pods were scheduled.'}`,
    });
  });
  const hostilePosts = [
    makePost(HOSTILE.protoId, { title: HOSTILE.script, text: HOSTILE.nul, tags: [HOSTILE.script] }),
    makePost(HOSTILE.unicodeId, { title: HOSTILE.rtl, text: HOSTILE.long, date: '2016-02-29' }),
    makePost(HOSTILE.traversalId, { title: 'Traversal-looking id', draft: true }),
    makePost(HOSTILE.slashId, { title: 'Slash id' }),
  ];
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
        origin: 'curated',
      },
      { id: 'kubecon-2016', name: 'KubeCon 2016', year: 2016, origin: 'inferred' },
    ],
    posts: [...generated, ...hostilePosts],
    talks: [
      makeTalk('docker-in-production', {
        title: 'How to be successful running Docker in production',
        event: 'dockercon-eu-2015',
        speakers: ['john-fiedler'],
        links: [
          { url: 'https://example.com/slides', kind: 'slides' },
          { url: 'https://example.com/video', kind: 'video' },
        ],
        mentions: [mentionIn('post-2', 'John Fiedler spoke about Docker in production.')],
      }),
      makeTalk('stateful', {
        title: 'Persistent, stateful services',
        event: 'dockercon-eu-2015',
        kind: 'workshop',
        speakers: ['michael-neale', 'john-fiedler'],
        links: [{ url: 'https://example.com/slides2', kind: 'slides' }],
        mentions: [mentionIn('post-2', 'Stateful.'), mentionIn('post-4', 'Stateful again.')],
      }),
      makeTalk('general-session', {
        title: null,
        label: 'General session',
        kind: 'general-session',
        event: 'dockercon-eu-2015',
        mentions: [mentionIn('post-6', 'The general session opened.')],
      }),
      makeTalk(HOSTILE.unicodeId, {
        title: HOSTILE.script,
        event: 'kubecon-2016',
        kind: 'keynote',
        speakers: [HOSTILE.protoId],
        mentions: [mentionIn(HOSTILE.unicodeId, HOSTILE.rtl)],
      }),
    ],
    speakers: [
      makeSpeaker('john-fiedler', {
        name: 'John Fiedler',
        handles: { twitter: 'johnfiedler' },
        talks: ['docker-in-production', 'stateful'],
        mentions: [speakerMentionIn('post-2', 'John Fiedler spoke about Docker in production.')],
      }),
      makeSpeaker('michael-neale', { name: 'Michael Neale', talks: ['stateful'] }),
      makeSpeaker(HOSTILE.protoId, {
        name: HOSTILE.script,
        aliases: [HOSTILE.rtl],
        talks: [HOSTILE.unicodeId],
      }),
    ],
    diagnostics: [],
  });
}
