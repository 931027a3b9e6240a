import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Post } from '../schema/post.ts';
import { parseArticle } from './parse-article.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const parse = (name: string) => parseArticle(fixture(name), `posts/${name}`);

describe('front matter in every format', () => {
  it('reads YAML, normalising Jekyll names and a `+0100` date', () => {
    const { post, diagnostics } = parse('yaml.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({
      title: 'YAML post',
      date: '2015-11-19T08:50:20+01:00',
      tags: ['docker', 'conference'],
      categories: ['dev'],
      image: 'img/header.jpg',
      draft: false,
      extra: { layout: 'post' },
      source: { format: 'yaml', bodyLine: 10 },
    });
    expect(Post.parse(post)).toBeTruthy();
  });

  it('reads TOML with a native date, Zola taxonomies and an [extra] table', () => {
    const { post, diagnostics } = parse('toml.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({
      title: 'TOML post',
      date: '2015-11-19T08:50:20+01:00',
      tags: ['docker', 'zola'],
      categories: ['ops'],
      extra: { kind: 'recap' },
      source: { format: 'toml', bodyLine: 13 },
    });
  });

  it('reads a leading JSON object, with tags as a comma string and an image object', () => {
    const { post } = parse('json.md');
    expect(post).toMatchObject({
      title: 'JSON post',
      date: '2015-11-19',
      tags: ['a', 'b'],
      image: 'c.png',
      source: { format: 'json', bodyLine: 7 },
    });
    expect(post?.text).toBe('Hello from JSON.');
  });

  it('reads Pelican headers, case-insensitively, and uses Summary as the excerpt', () => {
    const { post } = parse('pelican.md');
    expect(post).toMatchObject({
      title: 'Pelican post',
      date: '2010-12-03T10:20',
      tags: ['pelican', 'publishing'],
      categories: ['Python'],
      author: { name: 'Alexis Metaireau' },
      excerpt: 'Short version for index and feeds',
      source: { format: 'pelican', bodyLine: 7 },
    });
  });

  it('reads MultiMarkdown metadata, whose keys may hold spaces', () => {
    const text = 'Title: MMD post\nAuthor: Ann One\nBase Header Level: 2\n\nBody.\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({
      title: 'MMD post',
      author: { name: 'Ann One' },
      extra: { baseheaderlevel: '2' },
      source: { format: 'pelican', bodyLine: 4 },
    });
  });

  it('reads a Pelican header with a key left empty', () => {
    const text = 'Title: Pelican post\nDate: 2015-11-19\nTags:\nSummary: Short\n\nBody.\n';
    const { post, diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({
      title: 'Pelican post',
      tags: [],
      excerpt: 'Short',
      text: 'Body.',
    });
  });

  it('reads when a post was last changed, under the names blog engines give it', () => {
    const read = (head: string) => parseArticle(Buffer.from(`${head}\nBody.\n`), 'posts/a.md');
    const updated = (head: string) => read(head).post?.updated;
    expect(
      updated('+++\ntitle = "T"\ndate = 2015-11-19\nlastmod = 2015-12-01T10:00:00+01:00\n+++'),
    ).toBe('2015-12-01T10:00:00+01:00');
    expect(updated('---\ntitle: T\nlast_modified_at: 2015-12-02\n---')).toBe('2015-12-02');
    expect(updated('Title: T\nDate: 2015-11-19 10:20\nModified: 2015-12-03 08:00\n')).toBe(
      '2015-12-03T08:00',
    );
    expect(updated('---\ntitle: T\nupdated: 2015-12-04\n---')).toBe('2015-12-04');
    expect(read('---\ntitle: T\nupdated: 2015-12-04\n---').post?.extra).toEqual({});
    // The date it was written stays the date.
    expect(read('---\ntitle: T\ndate: 2015-11-19\nupdated: 2015-12-04\n---').post?.date).toBe(
      '2015-11-19',
    );
    const wrong = read('---\ntitle: T\nupdated: someday\n---');
    expect(wrong.post?.updated).toBeUndefined();
    expect(wrong.diagnostics).toMatchObject([{ code: 'invalid-date', line: 3, column: 10 }]);
  });

  it("reads the dates of Astro's blog template and of schema.org names", () => {
    const read = (head: string) => parseArticle(Buffer.from(`${head}\nBody.\n`), 'posts/a.md');
    const astro = read("---\ntitle: T\npubDate: '2022-07-08'\nupdatedDate: '2022-07-10'\n---");
    expect(astro.post).toMatchObject({ date: '2022-07-08', updated: '2022-07-10', extra: {} });
    const schemaOrg = read(
      '{\n"title": "T", "datePublished": "2022-07-08", "dateModified": "2022-07-10"\n}',
    );
    expect(schemaOrg.post).toMatchObject({ date: '2022-07-08', updated: '2022-07-10', extra: {} });
    // Ghost posts converted to Markdown, and notes that name both dates so.
    const ghost = read(
      '---\ntitle: T\ndate_published: 2016-11-18T10:40:13.000Z\ndate_updated: 2016-12-06T01:51:19.000Z\n---',
    );
    expect(ghost.post).toMatchObject({
      date: '2016-11-18T10:40:13Z',
      updated: '2016-12-06T01:51:19Z',
      extra: {},
    });
    expect(read('---\ntitle: T\ndate_created: 2016-11-18\n---').post?.date).toBe('2016-11-18');
    // jekyll-import's Blogger posts.
    const blogger = read("---\ntitle: T\nmodified_time: '2015-11-20T10:00:00.000+01:00'\n---");
    expect(blogger.post).toMatchObject({ updated: '2015-11-20T10:00:00+01:00', extra: {} });
  });

  it("splits a Jekyll post's space-separated categories and tags, as Jekyll does", () => {
    const head = '---\ntitle: T\ncategories: jekyll update\ntags: conference python\n---\nBody\n';
    const jekyll = parseArticle(head, 'posts/2015-11-19-welcome.md').post;
    expect(jekyll).toMatchObject({
      categories: ['jekyll', 'update'],
      tags: ['conference', 'python'],
    });
    // Without Jekyll's dated file name a string is one name, and commas still separate.
    const other = parseArticle(head, 'posts/welcome.md').post;
    expect(other).toMatchObject({ categories: ['jekyll update'], tags: ['conference python'] });
    const commas = parseArticle(
      '---\ntitle: T\ntags: machine learning, talks\n---\nBody\n',
      'posts/2015-11-19-welcome.md',
    ).post;
    expect(commas?.tags).toEqual(['machine learning', 'talks']);
    // Jekyll's singular `category` names one category, spaces and all.
    const single = parseArticle(
      '---\ntitle: T\ncategory: conference notes\n---\nBody\n',
      'posts/2015-11-19-welcome.md',
    ).post;
    expect(single?.categories).toEqual(['conference notes']);
  });

  it('reads `published` as a yes or no, as Jekyll does, or as the date of publication', () => {
    const read = (value: string) =>
      parseArticle(`---\ntitle: T\npublished: ${value}\n---\nBody\n`, 'posts/a.md');
    // Jekyll's YAML reads `no` and `off` as false, which YAML 1.2 keeps as text.
    for (const value of ['false', 'no', 'off', '"false"', 'No']) {
      expect(read(value).post, value).toMatchObject({ draft: true });
      expect(read(value).diagnostics, value).toEqual([]);
    }
    for (const value of ['true', 'yes', 'on']) {
      expect(read(value).post, value).toMatchObject({ draft: false });
      expect(read(value).diagnostics, value).toEqual([]);
    }
    expect(read('2015-11-19').post).toMatchObject({ date: '2015-11-19', draft: false });
  });

  it('leaves out an empty item of a tags list, as a scaffold leaves it', () => {
    const { post, diagnostics } = parseArticle(
      '---\ntitle: T\ntags:\n  - docker\n  -\ncategories: [notes, ~]\n---\nBody\n',
      'posts/a.md',
    );
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({ tags: ['docker'], categories: ['notes'] });
  });

  it('takes `date` over another name for it, whichever comes first', () => {
    const read = (head: string) => parseArticle(`---\ntitle: T\n${head}---\nBody\n`, 'posts/a.md');
    for (const head of [
      'date: 2019-05-01\npublishDate: 2019-05-10\n',
      'publishDate: 2019-05-10\ndate: 2019-05-01\n',
    ])
      expect(read(head).post?.date, head).toBe('2019-05-01');
    expect(read('lastmod: 2019-06-02\nupdated: 2019-06-01\n').post?.updated).toBe('2019-06-01');
    expect(read('summary: Short\nexcerpt: Shorter\n').post?.excerpt).toBe('Shorter');
    expect(read('publishDate: 2019-05-10\n').post?.date).toBe('2019-05-10');
    expect(read('thumbnail: thumb.png\nimage: cover.png\n').post?.image).toBe('cover.png');
  });

  it("reads Eleventy's file dates (`date: Last Modified`) as no date written", () => {
    for (const value of ['Last Modified', 'Created', 'git Last Modified', 'git created']) {
      const text = `---\ntitle: T\ndate: ${value}\n---\nBody\n`;
      const { post, diagnostics } = parseArticle(text, 'posts/2015-11-19-a.md');
      expect(diagnostics, value).toEqual([]);
      expect(post?.date, value).toBe('2015-11-19');
      expect(parseArticle(text, 'posts/a.md').post?.date, value).toBeUndefined();
    }
  });

  it('names an author as jekyll-import writes WordPress users, by display name', () => {
    const read = (author: string) =>
      parseArticle(`---\ntitle: T\nauthor:\n${author}---\nBody\n`, 'posts/a.md');
    const wordpress = read(
      "  login: admin\n  email: jane@example.com\n  display_name: Jane Admin\n  first_name: ''\n  last_name: ''\n",
    );
    expect(wordpress.diagnostics).toEqual([]);
    expect(wordpress.post?.author).toEqual({ name: 'Jane Admin', email: 'jane@example.com' });
    expect(read('  first_name: Jane\n  last_name: Doe\n').post?.author).toEqual({
      name: 'Jane Doe',
    });
    expect(read('  login: jdoe\n').post?.author).toEqual({ name: 'jdoe' });
  });

  it('keeps every author a post names, the first also as `author`', () => {
    const authorsOf = (head: string) => {
      const { post, diagnostics } = parseArticle(Buffer.from(`${head}\nBody.\n`), 'posts/a.md');
      expect(diagnostics).toEqual([]);
      expect(Post.parse(post)).toBeTruthy();
      return [post?.author?.name, post?.authors?.map((a) => a.name)];
    };
    const both = ['Ann One', ['Ann One', 'Bob Two']];
    expect(authorsOf('+++\ntitle = "T"\nauthors = ["Ann One", "Bob Two"]\n+++')).toEqual(both);
    expect(authorsOf('Title: T\nAuthors: Ann One, Bob Two\n')).toEqual(both);
    expect(authorsOf('---\ntitle: T\nauthor: Ann One\nauthors: [Bob Two, Ann One]\n---')).toEqual(
      both,
    );
    // One name, commas and all, under the singular key; one author is `author` alone.
    expect(authorsOf('---\ntitle: T\nauthor: Ann One, PhD\n---')).toEqual([
      'Ann One, PhD',
      undefined,
    ]);
    expect(authorsOf('---\ntitle: T\nauthors: [Ann One]\n---')).toEqual(['Ann One', undefined]);
  });

  it('reads a Nikola comment header: slug for the id, UTC date, draft status', () => {
    const { post } = parse('nikola.md');
    expect(post).toMatchObject({
      id: 'nikola-post-slug',
      title: 'Nikola post',
      date: '2017-10-22T15:35:13Z',
      tags: ['docker', 'devops'],
      categories: ['conference'],
      draft: true,
      source: { format: 'nikola', bodyLine: 9 },
    });
  });

  it('reads Hexo YAML that has no opening fence', () => {
    const { post } = parse('hexo.md');
    expect(post).toMatchObject({
      title: 'Hexo post',
      date: '2012-03-15T18:17:00',
      tags: ['qcon'],
      categories: ['events'],
      source: { format: 'hexo', bodyLine: 7 },
    });
    expect(post?.text).toBe('Hello from Hexo.');
  });

  it('reads a file with a byte-order mark and CRLF line endings', () => {
    const { post, diagnostics } = parse('bom-crlf.md');
    expect(diagnostics).toEqual([]);
    expect(post).toMatchObject({ title: 'CRLF post', date: '2020-02-29' });
    expect(post?.headings).toEqual([{ depth: 2, text: 'Second', anchor: 'second' }]);
    expect(post?.body).not.toContain('\r');
  });

  it('takes the date from a YYYY-MM-DD- file name only when the front matter has none', () => {
    const text = '---\ntitle: x\n---\nBody\n';
    expect(parseArticle(text, 'posts/2015-11-19-x.md').post?.date).toBe('2015-11-19');
    expect(parseArticle(text, 'posts/x.md').post?.date).toBeUndefined();
    expect(parseArticle(text, 'posts/2015-02-30-x.md').post?.date).toBeUndefined();
  });

  it('refuses a file with no front matter and no `# heading` to give it a title', () => {
    const { post, diagnostics } = parseArticle('Hello\n\nBody\n', 'posts/plain.md');
    expect(post).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['missing-title']);
  });
});

describe('front-matter diagnostics', () => {
  it('warns where a comment cut a title or description short, and keeps quoted ones whole', () => {
    const text =
      '---\ntitle: My #1 talk at KubeCon\ndescription: Notes  # draft\nsubtitle: "C #2 rocks"\ntags: [a] # fine\n---\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/cut.md');
    expect(post?.title).toBe('My');
    expect(post?.subtitle).toBe('C #2 rocks');
    expect(diagnostics).toMatchObject([
      {
        code: 'comment-in-value',
        severity: 'warning',
        line: 2,
        column: 11,
        message:
          'YAML reads ` #` as the start of a comment, so `title` is "My"; the rest of the line is left out.',
      },
      { code: 'comment-in-value', line: 3, column: 21 },
    ]);
    // TOML strings are quoted: a `#` after one is a comment the writer meant.
    const toml = parseArticle('+++\ntitle = "Hi" # note\n+++\nBody\n', 'posts/t.md');
    expect(toml.diagnostics).toEqual([]);
  });

  it('says a title that starts with # is a YAML comment, at the #', () => {
    const text = '---\ndate: 2019-05-21\ntitle: #KubeCon day one\n---\nBody\n';
    const { diagnostics } = parseArticle(text, 'posts/a.md');
    expect(diagnostics).toMatchObject([{ code: 'missing-title', line: 3, column: 8 }]);
    expect(diagnostics[0]!.message).toBe(
      'The post has no title (YAML reads `title: #...` as a comment, so the title is empty: put the title in quotes).',
    );
  });

  it('gives a hint about the field at fault, not about lists, for a draft that is no yes or no', () => {
    const { diagnostics } = parseArticle('---\ntitle: T\ndraft: maybe\n---\nBody\n', 'posts/a.md');
    expect(diagnostics).toMatchObject([{ code: 'invalid-field', line: 3, column: 8 }]);
    expect(diagnostics[0]!.message).toBe(
      'The front-matter key `draft` should be `true` or `false`.',
    );
    expect(diagnostics[0]!.hint).not.toMatch(/list/);
  });

  it('says a fence below the first line opens no front matter, at that fence', () => {
    for (const [text, fence] of [
      ['\n---\ntitle: T\n---\nBody\n', '---'],
      ['  \n\n+++\ntitle = "T"\n+++\nBody\n', '+++'],
    ] as const) {
      const { diagnostics } = parseArticle(text, 'posts/a.md');
      expect(diagnostics).toMatchObject([{ code: 'missing-title' }]);
      expect(diagnostics[0]!.message).toBe(
        `The post has no title (the \`${fence}\` here opens no front matter: front matter starts on the file's first line, so remove the blank lines above it).`,
      );
      expect(diagnostics[0]).toMatchObject({
        line: text.split('\n').indexOf(fence) + 1,
        column: 1,
      });
    }
  });

  it('points a TOML string left open at its quote, not at the end of its line', () => {
    const text = '+++\ndate = 2015-11-19\ntitle = "Hello\n+++\nBody\n';
    const { diagnostics } = parseArticle(text, 'posts/toml-quote.md');
    expect(diagnostics).toMatchObject([{ code: 'invalid-toml', line: 3, column: 9 }]);
    expect(diagnostics[0]!.message).toContain('This string is never closed on its line');
  });

  it('points an unclosed quote at the quote, in file lines, not at the closing ---', () => {
    const text = '---\ntitle: "Hello\ntags: [a, b]\ndate: 2015-11-19\n---\nBody\n';
    const { post, diagnostics } = parseArticle(text, 'posts/quote.md');
    expect(post).toBeUndefined();
    expect(diagnostics).toMatchObject([
      {
        code: 'invalid-yaml',
        line: 2,
        column: 8,
        message: 'The YAML front matter cannot be parsed: This double quote is never closed.',
      },
    ]);
  });

  it('points invalid YAML where the YAML parser points, in file lines', () => {
    const { post, diagnostics } = parse('invalid-yaml.md');
    expect(post).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'invalid-yaml',
      file: 'posts/invalid-yaml.md',
    });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(diagnostics[0]!.message).not.toMatch(/^Error/);
    expect(diagnostics[0]!.hint).toBeTruthy();
  });

  it('says a value that starts with * is read as an alias, at the asterisk, and to quote it', () => {
    const said = (title: string) => {
      const source = `---\ndate: 2016-01-02\ntitle: ${title}\n---\nBody\n`;
      const { post, diagnostics } = parseArticle(Buffer.from(source), 'posts/star.md');
      expect(post?.title).toBe(diagnostics.length ? undefined : '*Nix* tools');
      return diagnostics.map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`);
    };
    const told =
      '3:8 invalid-yaml: The YAML front matter cannot be parsed: A value that starts with `*` is read as a YAML alias, not as text: put the value in quotes.';
    // Emphasis and then more words: a syntax error; emphasis alone: an alias of no anchor.
    expect(said('*Nix* tools for everyone')).toEqual([told]);
    expect(said('*Emphasis*')).toEqual([told]);
    expect(said('"*Nix* tools"')).toEqual([]);
  });

  it('still says an alias bomb is one', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    const letters = 'abcdefgh';
    for (let i = 1; i < letters.length; i++) {
      const previous = `*${letters[i - 1]}`;
      lines.push(`${letters[i]}: &${letters[i]} [${Array(9).fill(previous).join(', ')}]`);
    }
    const source = `---\ntitle: Bomb\n${lines.join('\n')}\n---\nBody\n`;
    const { diagnostics } = parseArticle(Buffer.from(source), 'posts/bomb.md');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The YAML front matter cannot be parsed: it expands too many aliases.',
    ]);
  });

  it('names a YAML key given twice, with the file line of the first', () => {
    const { diagnostics } = parseArticle(
      '---\ntitle: A\ndate: 2015-11-19\ntitle: B\n---\n',
      'posts/a.md',
    );
    expect(diagnostics).toMatchObject([{ code: 'invalid-yaml', line: 4, column: 1 }]);
    expect(diagnostics[0]!.message).toContain('The key `title` is given twice (first on line 2)');
  });

  it('says when front matter is fenced for YAML but written in TOML, or the other way', () => {
    const toml = parseArticle(
      '---\ntitle = "Day two"\ndate = 2015-11-19\n---\nBody\n',
      'posts/a.md',
    );
    expect(toml.diagnostics).toMatchObject([
      { code: 'front-matter-not-a-map', line: 2, column: 1 },
    ]);
    expect(toml.diagnostics[0]!.message).toBe(
      'The front matter is fenced by `---`, for YAML, but its `key = value` lines are TOML: fence TOML with `+++`, or write YAML (`key: value`).',
    );
    const yaml = parseArticle(
      '+++\ndate = 2015-11-19\ntitle: "Day two"\n+++\nBody\n',
      'posts/a.md',
    );
    expect(yaml.diagnostics).toMatchObject([{ code: 'invalid-toml', line: 3, column: 1 }]);
    expect(yaml.diagnostics[0]!.message).toBe(
      'The TOML front matter cannot be parsed: This line is YAML (`key: value`), but the front matter is fenced by `+++`, for TOML: fence YAML with `---`, or write TOML (`key = "value"`).',
    );
  });

  it('points invalid TOML at the line and column TOML reports', () => {
    const { diagnostics } = parse('invalid-toml.md');
    expect(diagnostics).toMatchObject([{ code: 'invalid-toml', line: 3, severity: 'error' }]);
  });

  it('points invalid JSON at the trailing comma', () => {
    const { diagnostics } = parse('invalid-json.md');
    expect(diagnostics).toMatchObject([{ code: 'invalid-json', line: 3, column: 23 }]);
    expect(diagnostics[0]!.message).toBe(
      'The JSON front matter cannot be parsed: This comma ends the object, which JSON does not allow: remove it.',
    );
    const list = parseArticle('{\n"title": "T",\n"tags": ["a", "b",]\n}\nBody\n', 'posts/a.md');
    expect(list.diagnostics).toMatchObject([{ code: 'invalid-json', line: 3, column: 18 }]);
    expect(list.diagnostics[0]!.message).toContain('This comma ends the list');
    // An error before the comma is the one reported.
    const first = parseArticle('{\ntitle: "T",\n"tags": ["a",]\n}\nBody\n', 'posts/a.md');
    expect(first.diagnostics).toMatchObject([{ code: 'invalid-json', line: 2, column: 1 }]);
  });

  it('reports an impossible date where it is written, and a missing title', () => {
    const { post, diagnostics } = parse('invalid-date-no-title.md');
    expect(post).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { code: 'missing-title', line: 1, severity: 'error' },
      { code: 'invalid-date', line: 3, column: 7, severity: 'error' },
    ]);
    expect(diagnostics[1]!.message).toContain('2015-02-30');
  });

  it('says why a date is not read: an impossible day, an unread form, a number', () => {
    const message = (date: string) =>
      parseArticle(`---\ntitle: T\ndate: ${date}\n---\nBody\n`, 'posts/a.md').diagnostics[0]
        ?.message;
    expect(message('2015-02-30')).toBe(
      'The date "2015-02-30" in `date` is not a real calendar date.',
    );
    expect(message('19/11/2015')).toBe(
      'The date "19/11/2015" in `date` puts the day and month before the year, which confnotes does not read: 05/11/2015 is 5 November in some countries and May 11 in others.',
    );
    expect(message('2015-11-19 +0100')).toBe(
      'The date "2015-11-19 +0100" in `date` has a time zone but no time: give the time too, or leave the zone out.',
    );
    expect(message('2015-11-19 10:00 IST')).toBe(
      'The date "2015-11-19 10:00 IST" in `date` names a time zone, IST, that confnotes does not know (some abbreviations mean several): write its offset instead, as in 2015-11-19T10:00:00+05:30.',
    );
    expect(message('next tuesday')).toBe(
      'The date "next tuesday" in `date` is not written in a form confnotes reads.',
    );
    expect(message('2015')).toBe(
      'The date 2015 in `date` gives no day: write the whole date, as in 2015-11-19.',
    );
    expect(message('2015-11')).toBe(
      'The date "2015-11" in `date` gives no day: write the whole date, as in 2015-11-19.',
    );
    expect(message('1447923600')).toBe(
      'The date 1447923600 in `date` is a number, not a date: confnotes does not read timestamps.',
    );
  });

  it('places a bad date at its value in TOML and JSON front matter too', () => {
    const toml = parseArticle('+++\ntitle = "A"\ndate =  "2015-02-30"\n+++\nBody\n', 'posts/t.md');
    expect(toml.diagnostics).toMatchObject([{ code: 'invalid-date', line: 3, column: 9 }]);
    const json = parseArticle(
      '{\n  "title": "A",\n  "date": "2015-02-30"\n}\nBody\n',
      'posts/j.md',
    );
    expect(json.diagnostics).toMatchObject([{ code: 'invalid-date', line: 3, column: 11 }]);
  });

  it('reports front matter that is never closed', () => {
    const { diagnostics } = parse('unclosed.md');
    expect(diagnostics).toMatchObject([{ code: 'unclosed-front-matter', line: 1 }]);
    expect(diagnostics[0]!.message).toBe(
      'The front matter opened here is never closed; expected a line `---`, likely before line 4, the first that does not read as front matter.',
    );
    const toml = parseArticle(
      '+++\ntitle = "T"\n# a comment\n[params]\nx = 1\nThe talk began.\n',
      'posts/a.md',
    );
    expect(toml.diagnostics[0]!.message).toContain('expected a line `+++`, likely before line 6,');
  });

  it('reports a value of the wrong type at its key', () => {
    const { diagnostics } = parseArticle('---\ntitle: x\ntags: {a: 1}\n---\n', 'posts/t.md');
    expect(diagnostics).toMatchObject([{ code: 'invalid-field', line: 3, severity: 'error' }]);
  });

  it('reports UTF-8 with a broken sequence at the first bad byte', () => {
    // `---\nté` then a lead byte with no continuation: UTF-8 that is broken, not Latin-1.
    const bytes = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xc3, 0xa9, 0xe2, 0x28, 0x0a]);
    expect(parseArticle(bytes, 'posts/b.md').diagnostics).toMatchObject([
      { code: 'invalid-encoding', severity: 'error', line: 2, column: 3 },
    ]);
  });

  it('reads Latin-1 with a warning, and UTF-16 with a byte-order mark', () => {
    const latin1 = Buffer.from('---\ntitle: Café\n---\nNoël\n', 'latin1');
    const read = parseArticle(latin1, 'posts/l.md');
    expect(read.post?.title).toBe('Café');
    expect(read.diagnostics).toMatchObject([{ code: 'decoded-as-latin-1', severity: 'warning' }]);
    const text = '---\ntitle: Café\n---\nNoël\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const bytes of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      const parsed = parseArticle(bytes, 'posts/u.md');
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.post?.text).toBe('Noël');
    }
  });
});
