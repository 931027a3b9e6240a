// fast-check generators of article files: raw text and bytes, and plausible articles (front
// matter in each format with random fields, Markdown that mentions talks and speakers) with
// hostile characters mixed in. Shared by the property tests and `npm run harden`.
import fc from 'fast-check';

/** How many runs each property gets: small in `npm test`, large in `npm run harden`. */
export const RUNS = Number(process.env.HARDEN_RUNS ?? 100);

// Characters that mean something to Markdown, YAML, TOML, JSON or the extraction, and a few
// that break decoders and terminals.
const special = [
  '*', '_', '[', ']', '(', ')', '#', '>', '-', '+', '\n', '\n\n', ' ', '  ', '\t', '`', '```',
  '<', '>', '!', '{', '}', '%', '{{', '{%', '"', "'", ':', ': ', '&', '|', '\\', '=', ',',
  '\0', '\r', '\r\n', '\u2028', '\u202e', '\ufeff', '\ud800', '\u0085', '\x1b[31m', 'é', '😀',
  'by', ' by ', 'Ann Lee', 'Bob', '@ann', 'http://x.io/', '---', '+++',
]; // biome-ignore format: one list of tokens
const markdownish = fc.string({
  unit: fc.oneof(fc.constantFrom(...special), fc.string({ unit: 'grapheme', maxLength: 3 })),
  maxLength: 120,
});

/** Any text: random code units (lone surrogates included), graphemes, or Markdown-heavy. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  markdownish,
);

/** Any bytes, plain random or behind a BOM or a front-matter fence. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .tuple(
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x2d, 0x2d, 0x2d, 0x0a]),
      fc.uint8Array({ maxLength: 400 }),
    )
    .map(([head, rest]) => Uint8Array.from([...head, ...rest])),
);

const first = ['Ann', 'Bob', 'Chloé', 'Dmitri', 'Eve', 'Fatima', 'Gus', 'Ida'];
const last = ['Lee', 'Moss', 'Nguyen', "O'Brien", 'Ray', 'Schmidt', 'Øster'];
const titleWords = ['Gentle', 'Gears', 'Scaling', 'Rust', 'Containers', 'for', 'the', 'Web'];

const name = fc.oneof(
  fc.tuple(fc.constantFrom(...first), fc.constantFrom(...last)).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom(...first),
  markdownish,
);
const title = fc.oneof(
  fc.array(fc.constantFrom(...titleWords), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
  markdownish,
);
const url = fc.oneof(
  fc.constantFrom(
    'https://www.youtube.com/watch?v=abc',
    'https://speakerdeck.com/ann/gears',
    'https://twitter.com/ann',
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    '',
  ),
  fc.webUrl(),
  markdownish,
);

/** Classic script injections, as raw HTML in Markdown. */
export const xss = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="  JaVa&#x53;cript:alert(1)">x</a>',
  '<svg onload=alert(1)><use href="data:image/svg+xml,<svg/onload=alert(1)>"/></svg>',
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '"><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
];

/** One Markdown block that a recap might hold, hostile text included. */
const block: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), title).map(([d, t]) => `${'#'.repeat(d)} ${t}`),
  fc.tuple(title, name).map(([t, n]) => `**${t}** by ${n}`),
  fc.tuple(title, name).map(([t, n]) => `## ${t}\n${n}`),
  fc.tuple(name, title).map(([n, t]) => `${n} talked about "${t}".`),
  fc.tuple(name, title, url).map(([n, t, u]) => `- [${t}](${u}) - ${n}`),
  fc.tuple(name, url).map(([n, u]) => `We heard from [${n}](${u}) and @${n.split(' ')[0]}.`),
  fc.tuple(fc.integer({ min: 1, max: 8 }), markdownish).map(([d, t]) => `${'> '.repeat(d)}${t}`),
  fc.tuple(fc.integer({ min: 0, max: 8 }), name).map(([d, t]) => `${'  '.repeat(d)}- _${t}_`),
  markdownish.map((t) => `\`\`\`\n${t}\n\`\`\``),
  fc.tuple(fc.constantFrom(...xss), markdownish).map(([x, t]) => `${t}${x}${t}`),
  markdownish,
);

export const markdown: fc.Arbitrary<string> = fc
  .array(block, { maxLength: 8 })
  .map((b) => b.join('\n\n'));

const scalar = fc.oneof(
  markdownish,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** Front-matter fields: the known keys with values of the right or the wrong type. */
const fields = fc.record(
  {
    title: fc.oneof(title, scalar),
    date: fc.oneof(
      fc
        .date({ min: new Date(1990, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      scalar,
    ),
    tags: fc.oneof(fc.array(fc.oneof(markdownish, scalar), { maxLength: 4 }), scalar),
    author: name,
    slug: fc.oneof(fc.constantFrom('day-one', 'day-two', 'recap'), markdownish),
    description: markdownish,
    draft: fc.oneof(fc.boolean(), scalar),
    extra: fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

type Fields = Record<string, unknown>;

// Each format's writer; values go through JSON.stringify, which every format can read for
// strings, numbers and booleans (YAML is a superset of JSON, TOML strings are JSON-like).
const yaml = (f: Fields) =>
  `---\n${Object.entries(f)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n`;
const toml = (f: Fields) =>
  `+++\n${Object.entries(f)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)} = ${JSON.stringify(v)}`)
    .join('\n')}\n+++\n`;
const json = (f: Fields) => `${JSON.stringify(f, null, 1)}\n`;

/** A plausible article: front matter in any format (or none, or broken), then Markdown. */
export const article: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('yaml', 'toml', 'json', 'none', 'unclosed'),
    fields,
    markdown,
    fc.boolean(),
  )
  .map(([format, f, body, crlf]) => {
    const head =
      format === 'yaml'
        ? yaml(f)
        : format === 'toml'
          ? toml(f)
          : format === 'json'
            ? json(f)
            : format === 'unclosed'
              ? yaml(f).slice(0, -4)
              : '';
    const text = `${head}${body}\n`;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** An article that parses to a post: a YAML title from the vocabulary, then Markdown. */
export const goodArticle: fc.Arbitrary<string> = fc
  .tuple(
    title.filter((t) => /^\w[\w ]*$/.test(t)),
    markdown,
  )
  .map(([t, body]) => `---\ntitle: ${t}\n---\n${body}\n`);

/** A set of article files: paths that may share a slug, sources of every kind. */
export const articleSet: fc.Arbitrary<{ path: string; source: string | Uint8Array }[]> = fc
  .uniqueArray(
    fc.tuple(
      fc.constantFrom('posts/', 'posts/2031/', 'posts/a/'),
      fc.constantFrom('day-one', 'day-two', 'recap', '2031-05-01-day-one', 'Day One'),
      fc.constantFrom('.md', '.markdown', '.txt'),
    ),
    { maxLength: 6, selector: ([dir, base, ext]) => dir + base + ext },
  )
  .chain((paths) =>
    fc.tuple(
      ...paths.map(([dir, base, ext]) =>
        fc
          .oneof(
            { weight: 4, arbitrary: goodArticle },
            { weight: 2, arbitrary: article },
            { weight: 1, arbitrary: anyBytes },
          )
          .map((source) => ({ path: dir + base + ext, source })),
      ),
    ),
  );
