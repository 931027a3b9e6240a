// A catalog whose every field the reader shows holds terminal escapes: titles, names, tags,
// authors, link URLs and texts, talk and speaker details, the event, the diagnostics. Built from
// the test fixture, so relations and mention positions stay true.
import { Catalog } from '@confnotes/content/portable';
import { fixtureCatalog } from '../src/test/catalog-fixture.ts';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/** Sequences that would drive a terminal if they reached it raw. */
export const TERMINAL_PAYLOADS: readonly string[] = [
  `${ESC}]52;c;cm0gLXJmIH4=${BEL}`,
  `${ESC}]52;p;Zm9v${ST}`,
  `${ESC}]8;;https://evil.example/${ST}safe docs${ESC}]8;;${ST}`,
  `${ESC}]0;pwned title${BEL}`,
  `${ESC}]2;pwned title${ST}`,
  `${ESC}[2J${ESC}[H`,
  `${ESC}[6n`,
  `${ESC}[?1049l`,
  `${ESC}[31;1;5mred${ESC}[0m`,
  `${ESC}c`,
  `${ESC}P+q544e${ST}`,
  `${ESC}_apc${ST}`,
  `${ESC}^pm${ST}`,
  `bell${BEL}${BEL}`,
  '\u009b2J\u009d0;c1 title\u009c',
  'next\u0085line',
  'user\u202Egnp.exe\u202C',
  'iso\u2066late\u2069 rtl\u2067x\u2069 mark\u200f',
  'line\u2028sep',
  'safe\rEVIL\b\b\b\b',
  `del\u007f${ESC}`,
];

/** Raw bytes or sequences the reader itself never writes: finding one means a payload got out. */
export const RAW_FINGERPRINTS: readonly [string, string][] = [
  ['BEL', BEL],
  ['OSC 52', `${ESC}]52`],
  ['OSC 0 title', `${ESC}]0;`],
  ['OSC 2 title', `${ESC}]2;`],
  ['device status request', `${ESC}[6n`],
  ['full reset', `${ESC}c`],
  ['DCS', `${ESC}P`],
  ['APC', `${ESC}_`],
  ['PM', `${ESC}^`],
  ['backspace', '\b'],
  ['blinking red', `${ESC}[31;1;5m`],
  ['spoofed link', `${ESC}]8;;https://evil.example/${ST}safe docs`],
];

/** C1 controls, bidi controls and line separators, as decoded from UTF-8 output. */
export const RAW_UNICODE =
  /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The fixture catalog with payload `offset + n` in the n-th field it fills. */
export function hostileCatalog(offset = 0): { catalog: Catalog; inputs: number } {
  let n = offset;
  let inputs = 0;
  const p = () => {
    inputs++;
    return TERMINAL_PAYLOADS[n++ % TERMINAL_PAYLOADS.length]!;
  };
  const base = fixtureCatalog();
  const posts = base.posts.map((post) => ({
    ...post,
    title: `${post.title} ${p()}`,
    subtitle: p(),
    description: p(),
    author: { name: `${post.author?.name ?? 'Anon'} ${p()}`, url: `https://evil.example/${p()}` },
    tags: [...post.tags, p()],
    categories: [p()],
    headings: [...post.headings, { depth: 2, text: p(), anchor: 'evil' }],
    links: [
      ...post.links,
      { url: `https://evil.example/${p()}`, text: p(), line: 1, column: 1, kind: 'other' as const },
    ],
    // Appended, so mention positions computed from the body stay right.
    body: `${post.body}\n\n## Heading ${p()}\n\nParagraph ${p()} and [link ${p()}](https://evil.example/${encodeURI(p())}).\n\n- item ${p()}\n`,
    excerpt: `${post.excerpt} ${p()}`,
  }));
  const talks = base.talks.map((talk) => ({
    ...talk,
    title: talk.title === null ? null : `${talk.title} ${p()}`,
    ...(talk.label ? { label: `${talk.label} ${p()}` } : {}),
    altTitles: [p()],
    takeaways: [...talk.takeaways, p()],
    links: [...talk.links, { url: `https://evil.example/${p()}`, kind: 'video' as const }],
    mentions: talk.mentions.map((m) => ({ ...m, sentence: `${m.sentence} ${p()}` })),
  }));
  const speakers = base.speakers.map((s) => ({
    ...s,
    name: `${s.name} ${p()}`,
    aliases: [p()],
    affiliation: p(),
    role: p(),
    handles: { twitter: p(), github: p(), website: `https://evil.example/${p()}`, mastodon: p() },
  }));
  const events = base.events.map((e) => ({
    ...e,
    name: `${e.name} ${p()}`,
    location: p(),
    url: `https://evil.example/${p()}`,
  }));
  const diagnostics = [
    ...base.diagnostics,
    {
      severity: 'warning' as const,
      code: 'hostile',
      message: `A message ${p()}`,
      hint: `A hint ${p()}`,
      file: `posts/${p()}.md`,
      line: 1,
      column: 1,
    },
  ];
  const catalog = Catalog.parse({ ...base, posts, talks, speakers, events, diagnostics });
  return { catalog, inputs };
}
