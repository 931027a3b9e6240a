import { describe, expect, it } from 'vitest';
import { HOSTILE_BODY } from '../test/catalog-fixture.ts';
import { darkTheme, plainTheme } from '../theme.ts';
import { layoutMarkdown, markdownToAnsi } from './markdown-to-ansi.ts';
import { cells } from './pieces.ts';

const strip = (s: string) =>
  s.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, '');
const strip2 = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const text = (md: string, width = 40) => layoutMarkdown(md, { width }).lines.map((l) => l.text);

describe('layoutMarkdown', () => {
  it('lays out a line of 50,000 emphasis markers, as the catalog reads it', () => {
    // A body the catalog accepts: a parser that matches emphasis in quadratic time took 11 s
    // over 20,000 of them, and would hold the reader for minutes over this one.
    const lines = text('*a'.repeat(50_000), 80);
    expect(lines.join('').replaceAll('*', '')).toBe('a'.repeat(50_000));
  });

  it('reads a block of raw HTML as its Markdown, and a line break inside inline HTML as a space', () => {
    const lines = text(
      '<figure>\n<img src="a.jpg" alt="the venue" />\n</figure>\n\nSee <abbr\ntitle="x">it</abbr>.',
      60,
    );
    expect(lines).toEqual(['[image: the venue]', '', 'See <abbr title="x">it</abbr>.']);
  });

  it('lays out a body written in HTML, as a WordPress export keeps it, without its tags', () => {
    const body =
      '<p>Intro &amp; more.</p>\n<h2>Scaling Widgets</h2>\n<p>Jane <strong>Doe</strong> spoke.<br>Then lunch.</p>\n' +
      '<ul>\n<li><em>Logging</em> by Carl</li>\n</ul>\n<script>alert(1)</script>';
    const { lines } = layoutMarkdown(body, { width: 40 });
    expect(lines.map((l) => l.text)).toEqual([
      'Intro & more.',
      '',
      '## Scaling Widgets',
      '',
      'Jane Doe spoke.',
      'Then lunch.',
      '',
      '• Logging by Carl',
    ]);
    // Each line knows the body line its element starts on, where mentions are looked for.
    expect(lines.find((l) => l.text.startsWith('Jane'))?.source).toBe(3);
    expect(lines.find((l) => l.text.includes('Logging'))?.source).toBe(5);
  });

  it('lays out a table of HTML in columns, as a Markdown one', () => {
    const lines = text(
      '<table>\n<tr><th>Tool</th><th>Kind</th></tr>\n<tr><td>REX-Ray</td><td>volumes</td></tr>\n<tr><td colspan="2">Flocker</td></tr>\n</table>',
      40,
    );
    expect(lines).toEqual([
      'Tool    │ Kind',
      '────────┼────────',
      'REX-Ray │ volumes',
      'Flocker │ ',
    ]);
  });

  it('wraps paragraphs to the width without breaking words', () => {
    const lines = text('one two three four five six seven eight nine ten eleven twelve', 20);
    expect(lines).toEqual([
      'one two three four',
      'five six seven eight',
      'nine ten eleven',
      'twelve',
    ]);
    for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(20);
  });

  it('re-wraps the same text to another width', () => {
    const md = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda';
    expect(text(md, 20).length).toBeGreaterThan(text(md, 60).length);
    expect(text(md, 60).join(' ')).toBe(text(md, 20).join(' '));
  });

  it('renders headings, lists, quotes, code and rules', () => {
    const lines = text(
      '# Title\n\n- a\n- b\n\n1. x\n2. y\n\n> quoted\n\n```js\nlet a = 1;\n```\n\n---',
    );
    expect(lines).toContain('# Title');
    expect(lines).toContain('• a');
    expect(lines).toContain('1. x');
    expect(lines).toContain('│ quoted');
    expect(lines).toContain('  let a = 1;');
    expect(lines.at(-1)).toBe('─'.repeat(40));
  });

  it('lays out a GFM table in columns that fit', () => {
    const lines = text(
      '| Tool | Kind |\n| --- | ---: |\n| REX-Ray | volumes |\n| Flocker | fs |',
      40,
    );
    expect(lines[0]).toBe('Tool    │    Kind');
    expect(lines[1]).toBe('────────┼────────');
    expect(lines[2]).toBe('REX-Ray │ volumes');
    expect(lines[3]).toBe('Flocker │      fs');
  });

  it('lays out a table too wide for the window one row at a time, each cell under its header', () => {
    const columns = Array.from({ length: 14 }, (_, i) => i);
    const md = [
      `| ${columns.map((i) => `Column ${i}`).join(' | ')} |`,
      `|${columns.map(() => '---').join('|')}|`,
      `| ${columns.map((i) => `first ${i}`).join(' | ')} |`,
      `| ${columns.map((i) => `second ${i}`).join(' | ')} |`,
    ].join('\n');
    const lines = text(md, 40);
    for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(40);
    expect(lines).toContain('Column 0: first 0');
    expect(lines).toContain('Column 13: second 13');
    expect(lines.indexOf('Column 13: first 13')).toBeLessThan(lines.indexOf('Column 0: second 0'));
  });

  it('keeps every line within the width however deep quotes and lists nest', () => {
    const quotes = `${'> '.repeat(30)}deep in the quotes`;
    const list = Array.from({ length: 25 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    for (const md of [quotes, list]) {
      for (const line of text(md, 40)) expect(cells(line)).toBeLessThanOrEqual(40);
    }
  });

  it('keeps the body line each laid-out line starts at', () => {
    const doc = layoutMarkdown('first\n\nsecond paragraph\ncontinues here\n\nthird', { width: 80 });
    const third = doc.lines.find((l) => l.text === 'third');
    expect(third?.source).toBe(6);
    expect(doc.lines.find((l) => l.text.startsWith('second'))?.source).toBe(3);
  });

  it('lists links and shows their targets when the terminal has no hyperlinks', () => {
    const doc = layoutMarkdown('See [the docs](https://example.org/d) now.', {
      width: 80,
      showUrls: true,
    });
    expect(doc.lines[0]!.text).toBe('See the docs (https://example.org/d) now.');
    expect(doc.links).toEqual([{ url: 'https://example.org/d', text: 'the docs', line: 0 }]);
  });

  it('links an image inside a link (a slides thumbnail) to where the link goes', () => {
    const md =
      '[![Slides cover](/cover.png)](https://slides.example/deck) and [![v][thumb]][video]\n\n[thumb]: /thumb.jpg\n[video]: https://video.example/watch';
    const doc = layoutMarkdown(md, { width: 120, showUrls: false });
    expect(doc.links.map((l) => l.url)).toEqual([
      'https://slides.example/deck',
      'https://video.example/watch',
    ]);
    const painted = markdownToAnsi(md, { width: 120, theme: plainTheme, hyperlinks: true }).map(
      strip2,
    );
    expect(painted.join('\n')).toContain(
      '\u001b]8;;https://slides.example/deck\u001b\\[image: Slides cover]',
    );
    expect(painted.join('\n')).not.toContain('cover.png');
  });

  it('hides HTML comments such as the teaser mark', () => {
    expect(text('a\n\n<!-- TEASER_END -->\n\nb')).toEqual(['a', '', 'b']);
  });
});

describe('markdownToAnsi', () => {
  it('uses no colour with the plain (NO_COLOR) theme', () => {
    const ansi = markdownToAnsi('# Head\n\n*em* `code` [l](https://x.org)', {
      width: 40,
      theme: plainTheme,
    });
    expect(ansi.join('\n')).not.toMatch(/\u001b\[[0-9;]*(3[0-7]|9[0-7]|4[0-7]|10[0-7])m/);
  });
});

describe('untrusted text', () => {
  const out = markdownToAnsi(HOSTILE_BODY, { width: 60, theme: darkTheme, hyperlinks: true }).join(
    '\n',
  );

  it('never emits a control character other than the SGR and OSC 8 it writes itself', () => {
    const ours = out
      .replace(/\u001b\[[0-9;]*m/g, '')
      .replace(/\u001b\]8;;[\x21-\x7e]*\u001b\\/g, '');
    expect(ours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('links text to a target only when the text shows that target', () => {
    const links = [
      ...strip2(out).matchAll(/\u001b\]8;;([^\u001b]+)\u001b\\(.*?)\u001b\]8;;\u001b\\/g),
    ];
    expect(links.map((l) => l[1])).toContain('https://example.org/docs');
    for (const [, url, shown] of links) {
      if (url!.includes('evil.example')) expect(shown).toContain('https://evil.example/');
    }
  });

  it('shows every sequence as visible text', () => {
    const plain = strip(out);
    expect(plain).toContain('^[]52;c;cm0gLXJmIH4=^G');
    expect(plain).toContain('^[]8;;https://evil.example/^[\\');
    expect(plain).toContain('<U+009B>2J');
    expect(plain).toContain('user<U+202E>gnp.exe<U+202C>');
    expect(plain).toContain('code ^[[41mbg^[[0m ^G');
  });

  it('shows the language named after a code fence as visible text, as the code itself', () => {
    const [label] = markdownToAnsi('```js\u001b]0;pwned\u0007\u001b[2J\nlet a = 1;\n```', {
      width: 60,
      theme: darkTheme,
    });
    expect(strip(label!)).toBe('  js^[]0;pwned^G^[[2J');
  });
});
