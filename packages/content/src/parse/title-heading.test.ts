import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './mdast.ts';
import { parseArticle } from './parse-article.ts';
import { titleHeading } from './title-heading.ts';

const post = (text: string, path = 'posts/a.md') => {
  const parsed = parseArticle(text, path);
  if (!parsed.post) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  return parsed.post;
};

describe('a post without a title in its front matter', () => {
  it('takes the title from a `# heading` opening the body, and shows it once', () => {
    const p = post('---\ndate: 2015-11-19\n---\n# Day *two* at the show\n\nHello there.\n');
    expect(p.title).toBe('Day two at the show');
    expect(p.html).toBe('<p id="p-1">Hello there.</p>');
    expect(p.text).toBe('Hello there.');
    expect(p.headings).toEqual([]);
    expect(p.excerpt).toBe('Hello there.');
  });

  it('is read from a file with no front matter at all, a plain Markdown file', () => {
    const p = post('Day two\n=======\n\nHello.\n## Keynote\n', 'posts/notes.md');
    expect(p.title).toBe('Day two');
    expect(p.source.format).toBe('none');
    expect(p.headings).toEqual([{ depth: 2, text: 'Keynote', anchor: 'keynote' }]);
  });

  it('leaves the heading out of HTML rendered with raw HTML, keeping the anchors of the rest', () => {
    const p = post('# Notes\r\n\r\nA <b>bold</b> move.\r\n\r\n## Later\r\n\r\nMore.\r\n');
    expect(p.title).toBe('Notes');
    expect(p.html).not.toContain('Notes');
    expect(p.html).toContain('<p id="p-1">A <b>bold</b> move.</p>');
    expect(p.html).toContain('<h2 id="later">Later</h2>');
    expect(p.html).toContain('<p id="p-2">More.</p>');
  });

  it('still finds talks in the heading: only what is shown drops it', () => {
    const { tree } = parseArticle('# Notes\n\nHello.\n', 'posts/a.md');
    expect(tree?.children[0]?.type).toBe('heading');
  });

  it('is still missing when the body opens with a lower heading, or with a paragraph', () => {
    for (const body of ['## Section\n\nText\n', 'Intro\n\n# Heading\n', '# ![](x.png)\n\nText\n']) {
      const parsed = parseArticle(`---\ndate: 2015-11-19\n---\n${body}`, 'posts/a.md');
      expect(parsed.post).toBeUndefined();
      expect(parsed.diagnostics.map((d) => d.code)).toEqual(['missing-title']);
    }
  });
});

describe('a post whose body repeats its title', () => {
  it('shows the title once: a first heading of the same words is left out', () => {
    const p = post('---\ntitle: "Day 2: Swarm!"\n---\n## day 2 — Swarm\n\nHello.\n');
    expect(p.title).toBe('Day 2: Swarm!');
    expect(p.html).toBe('<p id="p-1">Hello.</p>');
  });

  it('keeps a first heading that says something else', () => {
    const p = post('---\ntitle: Day two\n---\n# Morning\n\nHello.\n');
    expect(p.html).toContain('<h1 id="morning">Morning</h1>');
    expect(p.headings.map((h) => h.text)).toEqual(['Morning']);
  });

  it('keeps a later heading that repeats the title', () => {
    const p = post('---\ntitle: Day two\n---\nHello.\n\n# Day two\n');
    expect(p.html).toContain('<h1 id="day-two">Day two</h1>');
  });
});

describe('titleHeading', () => {
  it('compares letters and digits only, whatever the case and the script', () => {
    expect(titleHeading(parseMarkdown('# Ｄａｙ　２\n'), 'day 2')).toBeDefined();
    expect(titleHeading(parseMarkdown('# Día dos\n'), 'DÍA DOS.')).toBeDefined();
    expect(titleHeading(parseMarkdown('# Day 2\n'), 'Day 3')).toBeUndefined();
    expect(titleHeading(parseMarkdown('# ...\n'), '!!!')).toBeUndefined();
  });
});

describe('a dated post with no title anywhere', () => {
  it('is titled from its file name, as Jekyll does, with a warning that says so', () => {
    const parsed = parseArticle(
      '---\ndate: 2015-11-19\n---\nHello.\n',
      'posts/2015-11-19-dockercon-EU_day-two.md',
    );
    expect(parsed.post?.title).toBe('Dockercon EU Day Two');
    expect(parsed.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['title-from-file-name', 'warning', 1],
    ]);
    expect(parsed.diagnostics[0]?.message).toContain('"Dockercon EU Day Two"');
  });

  it('is still an error when the title key is there but empty, or the file has no front matter', () => {
    for (const [text, path] of [
      ['---\ntitle:\n---\nHello.\n', 'posts/2015-11-19-day-two.md'],
      ['---\ntitle: #KubeCon\n---\nHello.\n', 'posts/2015-11-19-day-two.md'],
      ['Hello.\n', 'posts/2015-11-19-day-two.md'],
      ['---\ndate: 2015-11-19\n---\nHello.\n', 'posts/day-two.md'],
    ] as const) {
      const parsed = parseArticle(text, path);
      expect(parsed.post).toBeUndefined();
      expect(parsed.diagnostics.map((d) => d.code)).toContain('missing-title');
    }
  });
});
