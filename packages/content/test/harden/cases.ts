// Hostile articles, each a function of a size in bytes, shared by the tests (small sizes) and
// `npm run harden` (large ones). Every case must be handled in time linear in its size.
const head = '---\ntitle: Hostile\n---\n';
const fill = (unit: string, size: number) =>
  unit.repeat(Math.max(1, Math.floor(size / unit.length)));

export type Case = (size: number) => string | Uint8Array;

/** Markdown and encoding hostility: the parser's cases. */
export const parserCases: Record<string, Case> = {
  '100,000 *': (n) => head + fill('*', n),
  '100,000 [': (n) => head + fill('[', n),
  '100,000 _': (n) => head + fill('_', n),
  'lists nested on one line': (n) => `${head + fill('- ', n)}x\n`,
  'quotes nested on one line': (n) => `${head + fill('>', n)} x\n`,
  'lists and quotes nested': (n) => `${head + fill('> - ', n)}x\n`,
  'emphasis nested': (n) => `${head + fill('*a ', n / 2)}x${fill(' a*', n / 2)}`,
  'raw HTML nested': (n) => head + fill('<div>', n),
  'one long line': (n) => head + fill('word ', n),
  'NUL bytes': (n) => head + fill('a\0b ', n),
  'unclosed template tags': (n) => head + fill('{% ', n),
  'code spans and template tags': (n) => head + fill('`a` {{x}} ', n),
  'malformed links': (n) => head + fill('] (http://x ', n),
  'YAML alias bomb': () => {
    let yaml = '---\ntitle: Bomb\na: &a ["lol", "lol"]\n';
    for (let i = 0; i < 30; i++)
      yaml += `b${i}: &b${i} [*${i ? `b${i - 1}` : 'a'}, *${i ? `b${i - 1}` : 'a'}]\n`;
    return `${yaml}---\nBody\n`;
  },
  'deep JSON front matter': (n) =>
    `{"title": "Deep", "a": ${fill('[', n / 2)}${fill(']', n / 2)}}\nBody\n`,
  'deep YAML front matter': (n) =>
    `---\ntitle: Deep\na: ${fill('[', n / 2)}${fill(']', n / 2)}\n---\n`,
  'TOML absurd numbers and dates': (n) =>
    `+++\ntitle = "Absurd"\nbig = ${fill('9', n)}\nwhen = 9999-99-99T99:99:99Z\nneg = -${fill('9', 400)}\n+++\n`,
  'front matter never closed': (n) => `---\ntitle: Open\n${fill('a: b\n', n)}`,
  'binary with a .md name': (n) => {
    const bytes = new Uint8Array(n);
    let s = 7;
    for (let i = 0; i < n; i++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = (s >> 16) & 255;
    }
    return bytes;
  },
  'invalid UTF-8': (n) =>
    Buffer.concat([Buffer.from(`${head}é `), Buffer.from(fill('a\xff ', n), 'latin1')]),
  'Latin-1': (n) => Buffer.from(head + fill('café noël ', n), 'latin1'),
  'UTF-16 with BOM': (n) =>
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(head + fill('héllo ', n / 2), 'utf16le'),
    ]),
};

/** Pathological prose: the extraction's pattern families. */
export const proseCases: Record<string, Case> = {
  'capitalised words': (n) => head + fill('Ann Bob Cyd Dee ', n),
  'capitalised words in a quote': (n) => `${head}> ${fill('Ann Bob Cyd Dee ', n)}`,
  '"by" connectors': (n) => head + fill('Ann Lee by ', n),
  '"from" connectors': (n) => head + fill('Ann Lee from Acme ', n),
  '" - " connectors': (n) => head + fill('Great Title - Ann Lee - ', n),
  '" - " connectors in a list item': (n) => `${head}- ${fill('Great Title - Ann Lee - ', n)}`,
  'curly quotes': (n) => head + fill('\u201cGreat Title by Ann Lee ', n),
  'open emphasis': (n) => head + fill('**Great Title by ', n),
  'speaker verbs': (n) =>
    head + fill('Ann Lee said Bob Ray presented Cy Doe explained Dee Fox gave a talk on ', n),
  'Ann Lee talked about': (n) => head + fill('Ann Lee talked about ', n),
  'heard from': (n) => head + fill('we heard from Ann Lee and ', n),
  'emphasised titles by names': (n) => head + fill('**Great Title** by Ann Lee and ', n),
  'heading and name lines': (n) => head + fill('## Great Title\nAnn Lee\n\n', n),
  possessives: (n) => head + fill("Ann Lee's talk on **Great Title** and ", n),
  'keynotes by': (n) => head + fill('the keynote by Ann Lee and ', n),
  'quoted titles by': (n) => head + fill('"Great Title" by Ann Lee, ', n),
  // Every title another, all sharing words: each must not be compared with all the others.
  'distinct titles sharing their words': (n) => {
    let text = head;
    for (let i = 0; text.length < n; i++) text += `"Talk number ${i} on containers" by Ann Lee, `;
    return text;
  },
};
