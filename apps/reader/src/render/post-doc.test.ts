import type { Catalog } from '@confnotes/content/portable';
import { describe, expect, it, vi } from 'vitest';
import { indexCatalog } from '../data/catalog-index.ts';
import { highlightsOn, type PagerState } from '../pager.ts';
import { fixtureCatalog, makePost } from '../test/catalog-fixture.ts';
import { postDoc } from './post-doc.ts';

// Counts how often an article's Markdown is parsed.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('satteri', async (importOriginal) => {
  const real = await importOriginal<typeof import('satteri')>();
  return {
    ...real,
    markdownToMdast: (...args: Parameters<typeof real.markdownToMdast>) => {
      parses.count++;
      return real.markdownToMdast(...args);
    },
  };
});

const BODY = [
  'Intro line.',
  '',
  'Later, John Fiedler has a [blog](https://blog.example/) and John Fiedler again, then a long',
  'sentence to make the paragraph wrap on a narrow terminal, naming Solomon Hykes near its end.',
].join('\n');

/** The fixture with one more post naming speakers around a link, mentions placed by hand. */
function catalogWithPost(): Catalog {
  const catalog = fixtureCatalog();
  const post = makePost({ id: 'names-and-link', title: 'Names and a link', body: BODY });
  const at = (text: string, nth = 0) => {
    const lines = BODY.split('\n');
    let seen = 0;
    for (const [i, line] of lines.entries()) {
      for (let col = line.indexOf(text); col >= 0; col = line.indexOf(text, col + 1)) {
        if (seen++ === nth) {
          const fileLine = post.source.bodyLine + i;
          const column = col + 1;
          return {
            post: post.id,
            line: fileLine,
            column,
            endLine: fileLine,
            endColumn: column + text.length,
            text,
            sentence: line,
          };
        }
      }
    }
    throw new Error(text);
  };
  const speakers = catalog.speakers.map((s) =>
    s.id === 'john-fiedler'
      ? { ...s, mentions: [...s.mentions, at('John Fiedler'), at('John Fiedler', 1)] }
      : s.id === 'solomon-hykes'
        ? { ...s, mentions: [...s.mentions, at('Solomon Hykes')] }
        : s,
  );
  return { ...catalog, posts: [...catalog.posts, post], speakers };
}

const stateOf = (focus: number): PagerState => ({
  screen: 'post',
  id: 'names-and-link',
  top: 0,
  width: 40,
  search: '',
  match: -1,
  focus,
});

describe('postDoc targets', () => {
  const index = indexCatalog(catalogWithPost());
  const doc = postDoc(index, index.posts.get('names-and-link')!, 40, false);
  const highlighted = (focus: number) =>
    doc.lines
      .map((line, i) =>
        highlightsOn(doc, stateOf(focus), i)
          .map((h) => line.text.slice(h.start, h.end))
          .join('|'),
      )
      .filter(Boolean)
      .join('/');

  it('lists targets in reading order, a link after a name before it on its line', () => {
    expect(doc.targets.map((t) => `${t.kind}:${t.label}`)).toEqual([
      'speaker:John Fiedler',
      'url:blog',
      'speaker:John Fiedler',
      'speaker:Solomon Hykes',
    ]);
  });

  it('highlights each selected target where it is, a repeated name at its own place', () => {
    expect(highlighted(0)).toBe('John Fiedler');
    expect(highlighted(1)).toBe('blog');
    expect(highlighted(3)).toBe('Solomon Hykes');
    // The second John Fiedler is further on (wrapped at this width), not the first again.
    const [first, second] = [doc.targets[0]!, doc.targets[2]!];
    const textOf = (t: typeof first) =>
      t.spans.map((s) => doc.lines[s.line]!.text.slice(s.start, s.end)).join(' ');
    expect(textOf(second)).toBe('John Fiedler');
    expect(second.spans[0]!.line * 1000 + second.spans[0]!.start).toBeGreaterThan(
      first.spans[0]!.line * 1000 + first.spans[0]!.start,
    );
  });

  it('highlights a mention wrapped over two lines on both', () => {
    const narrow = postDoc(index, index.posts.get('dockercon-day-two')!, 40, false);
    const talk = narrow.targets.find((t) => t.kind === 'talk')!;
    const text = talk.spans.map((s) => narrow.lines[s.line]!.text.slice(s.start, s.end));
    expect(text.length).toBeGreaterThan(1);
    expect(text.join(' ')).toBe('How to be successful running docker in production');
  });
});

describe('postDoc header', () => {
  it('counts one word as a word', () => {
    const post = makePost({ id: 'one-word', title: 'One word', body: 'Hello.' });
    const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
    const meta = postDoc(index, post, 80, false).lines.map((line) => line.text);
    expect(meta.join('\n')).toContain('· 1 word');
    expect(meta.join('\n')).not.toContain('1 words');
  });

  it('breaks the byline between its parts on a narrow terminal, never inside "212 words"', () => {
    const body = Array.from({ length: 212 }, () => 'word').join(' ');
    const author = { name: 'Jane Doe' };
    const post = makePost({ id: 'byline', title: 'Byline', body, date: '2024-05-01', author });
    const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
    const meta = postDoc(index, post, 44, false).lines.map((line) => line.text);
    expect(meta).toContain('Jane Doe · 2024-05-01 · 1 min read');
    expect(meta).toContain('212 words');
  });
});

describe('postDoc body', () => {
  const shown = (title: string, body: string) => {
    const post = makePost({ id: 'titled', title, body });
    const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
    const doc = postDoc(index, post, 80, false);
    return doc.lines.slice(doc.headerLines).map((line) => line.text.trim());
  };

  it('shows the title once, leaving out a first heading that repeats it', () => {
    expect(shown('Day two: Swarm', '# Day Two — Swarm!\n\nHello.')).toEqual(['Hello.']);
  });

  it('keeps a first heading that says something else, and a later one that repeats the title', () => {
    const lines = shown('Day two', '# Morning\n\nHello.\n\n# Day two');
    expect(lines.filter((text) => /Morning|Day two/.test(text))).toHaveLength(2);
  });
});

describe("postDoc of a body with other engines' template tags", () => {
  it('shows a picture or video a tag stands for, as the site does, and leaves the other tags out', () => {
    const post = makePost({
      id: 'tags',
      title: 'Tags',
      body: [
        "{% img right /images/room.png 'The room' 'The main room' %}",
        '',
        'Watch it: {{< youtube w7Ft2ymGmfc >}}',
        '',
        '{% include footer.html %} Bye.',
      ].join('\n'),
    });
    const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
    const doc = postDoc(index, post, 80, true);
    const text = doc.lines
      .slice(doc.headerLines)
      .map((line) => line.text)
      .join('\n');
    expect(text).toContain('[image: The main room]');
    expect(text).toMatch(/Watch it: Video.*youtube\.com\/watch\?v=w7Ft2ymGmfc/);
    expect(text).toMatch(/^\s*Bye\.$/m);
    expect(text).not.toMatch(/\{%|\{\{/);
  });
});

describe('postDoc of a heading that gives itself an id', () => {
  it('knows the heading by that id, which its words do not make', () => {
    const post = makePost({
      id: 'own-id',
      title: 'Own id',
      body: 'See [the books](#books).\n\n## Reading list {#books}\n\nA book.',
    });
    const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
    const doc = postDoc(index, post, 80, false);
    const line = doc.anchors?.get('#books');
    expect(line).toBeDefined();
    expect(doc.lines[line!]!.text).toBe('## Reading list');
  });
});

describe('postDoc across widths, as when the terminal is resized', () => {
  const fresh = () => {
    const post = makePost({ id: 'resized', title: 'Resized', body: BODY });
    return { post, index: indexCatalog({ ...fixtureCatalog(), posts: [post] }) };
  };

  it('parses the article once, not at every width', () => {
    const { post, index } = fresh();
    parses.count = 0;
    for (const width of [80, 79, 78, 60, 40]) postDoc(index, post, width, false);
    expect(parses.count).toBe(1);
  });

  it('keeps the layouts of the last two widths only, not of every width passed through', () => {
    const { post, index } = fresh();
    const first = postDoc(index, post, 80, false);
    const second = postDoc(index, post, 79, false);
    expect(postDoc(index, post, 80, false)).toBe(first);
    for (let width = 78; width > 40; width--) postDoc(index, post, width, false);
    expect(postDoc(index, post, 41, false)).not.toBe(second);
    expect(postDoc(index, post, 80, false)).not.toBe(first);
    expect(postDoc(index, post, 80, false)).toEqual(first);
  });
});

describe('a mention in Chinese or Japanese text', () => {
  it('is highlighted where a line break falls inside the name', () => {
    const body = `${'あ'.repeat(9)}山田太郎さんの話。`;
    const post = makePost({ id: 'japanese', title: 'Japanese', body });
    const catalog = fixtureCatalog();
    const column = body.indexOf('山田太郎') + 1;
    const mention = {
      post: post.id,
      line: post.source.bodyLine,
      column,
      endLine: post.source.bodyLine,
      endColumn: column + 4,
      text: '山田太郎',
      sentence: body,
    };
    const speakers = catalog.speakers.map((s) =>
      s.id === 'solomon-hykes' ? { ...s, mentions: [mention] } : s,
    );
    const index = indexCatalog({ ...catalog, posts: [post], speakers });
    const doc = postDoc(index, post, 20, false);
    const target = doc.targets.find((t) => t.kind === 'speaker')!;
    const shown = target.spans.map((s) => doc.lines[s.line]!.text.slice(s.start, s.end));
    expect(shown.length).toBe(2);
    expect(shown.join('')).toBe('山田太郎');
  });
});

describe('the links Tab selects in an article', () => {
  it('are those o can open or that go to a heading, not the blog’s own relative files', () => {
    const body = [
      '## Food',
      '',
      '![Fish and chips](/files/fish.jpg) and [the menu](menu.pdf).',
      '',
      '[Slides](https://example.com/slides), [mail](mailto:a@example.com), [food](#food),',
      '[a script](javascript:alert(1)) and [a file](file:///etc/passwd).',
    ].join('\n');
    const post = makePost({ id: 'links', title: 'Links', body });
    const index = indexCatalog({ ...fixtureCatalog(), posts: [post] });
    const urls = postDoc(index, post, 80, true)
      .targets.filter((t) => t.kind === 'url')
      .map((t) => t.ref);
    expect(urls).toEqual(['https://example.com/slides', 'mailto:a@example.com', '#food']);
  });
});
