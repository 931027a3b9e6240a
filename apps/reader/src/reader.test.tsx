import { afterEach, describe, expect, it } from 'vitest';
import { acceptCatalog } from './data/catalog-check.ts';
import { fixtureCatalog } from './test/catalog-fixture.ts';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
const open = async (options?: Parameters<typeof renderReader>[0]) => {
  current = await renderReader(options);
  return current;
};
afterEach(() => current?.unmount());

describe('Reader', () => {
  it('lists the posts, newest first, with tab counts', async () => {
    const r = await open();
    const screen = r.screen();
    expect(screen).toContain('1 Posts 3');
    expect(screen).toContain('2 Talks 3');
    const lines = screen.split('\n');
    expect(lines[1]).toContain('Escapes ^[]52;c;Zm9v^G in the title<U+202E>');
    expect(lines[2]).toContain('DockerCon EU 2015 Day Two');
  });

  it('says under an empty list that articles could not be read, and where to see why', async () => {
    // Every article broken: the catalog has no posts, only the errors found reading them.
    const catalog = { ...fixtureCatalog(), posts: [], talks: [], speakers: [], events: [] };
    const r = await open({ catalog, columns: 100 });
    expect(r.screen().split('\n')[1]).toBe(
      'No posts in this catalog, and 1 error reading it: press ! to see it.',
    );
    await r.press('/', 'x');
    expect(r.screen().split('\n')[1]).toBe('No posts match "x".');
  });

  it('lists the diagnostics by file, line and column, as confnotes check does', async () => {
    const at = (file: string, line: number) => ({
      severity: 'info' as const,
      code: 'speaker-first-name-only',
      message: `Found at ${file}:${line}.`,
      file,
      line,
      column: 1,
    });
    const catalog = {
      ...fixtureCatalog(),
      diagnostics: [at('posts/b.md', 61), at('posts/a.md', 40), at('posts/b.md', 18)],
    };
    const r = await open({ catalog, columns: 100 });
    await r.press('!');
    const places = r
      .screen()
      .split('\n')
      .map((line) => /^(posts\/\w+\.md:\d+)/.exec(line)?.[1])
      .filter(Boolean);
    expect(places).toEqual(['posts/a.md:40', 'posts/b.md:18', 'posts/b.md:61']);
  });

  it('filters a list as you type and opens the match', async () => {
    const r = await open();
    await r.press('/', 'i', 'm', 'p');
    expect(r.screen()).toContain('filter: imp');
    expect(r.screen()).toContain('Impressions from DockerCon 2015');
    expect(r.screen()).not.toContain('Day Two');
    await r.press(KEY.enter, KEY.enter);
    expect(r.screen()).toContain('post › Impressions from DockerCon 2015');
    expect(r.screen()).toContain('Bo Reporter · 2015-11-17');
  });

  it('scrolls an article and shows the position', async () => {
    const r = await open();
    await r.press('j', KEY.enter);
    expect(r.screen()).toMatch(/1-22\/\d+ \d+%/);
    await r.press(' ');
    expect(r.screen()).toMatch(/23-44\/\d+/);
    await r.press('G');
    expect(r.screen()).toContain('docker volume create data');
    await r.press('g');
    expect(r.screen()).toContain('Ada Writer');
  });

  it('searches inside an article with n to the next match', async () => {
    const r = await open();
    await r.press('j', KEY.enter, '/', ...'graph 25');
    expect(r.screen()).toContain('search: graph 25');
    expect(r.screen()).toContain('Filler paragraph 25 about');
    await r.press(KEY.enter, '/', 's', 'u', 'p', 'e', 'r', KEY.enter);
    expect(r.screen()).toContain('supercontainer that manages volumes');
    await r.press('n');
    expect(r.screen()).toContain('supercontainer');
  });

  it('jumps from a post to a talk, to its speaker, and back through the history', async () => {
    const r = await open();
    await r.press('j', KEY.enter, KEY.tab, KEY.tab);
    expect(r.screen()).toContain('speaker: John Fiedler');
    await r.press(KEY.tab);
    expect(r.screen()).toContain('talk: How to be successful running docker in production');
    await r.press(KEY.enter);
    expect(r.screen()).toContain('talk › How to be successful running docker in production');
    expect(r.screen()).toContain('Speakers (1)');
    await r.press(KEY.enter);
    expect(r.screen()).toContain('speaker › John Fiedler');
    await r.press(KEY.esc);
    expect(r.screen()).toContain('talk › How to be successful');
    await r.press(KEY.backspace);
    expect(r.screen()).toContain('post › DockerCon EU 2015 Day Two');
    await r.press(KEY.esc);
    expect(r.screen()).toContain('1 Posts 3');
  });

  it('goes from a post to the event it reports on, named under its title', async () => {
    const r = await open();
    await r.press('j', KEY.enter);
    const event = fixtureCatalog().events[0]!;
    const lines = r.screen().split('\n');
    // Under the title, before the body: the first thing Tab selects.
    expect(lines.slice(1, 4)).toContain(event.name);
    await r.press(KEY.tab);
    expect(r.screen()).toContain(`event: ${event.name} — enter open`);
    await r.press(KEY.enter);
    expect(r.screen()).toContain(`event › ${event.name}`);
    await r.press(KEY.esc);
    expect(r.screen()).toContain('post › DockerCon EU 2015 Day Two');
  });

  it('says an article of a catalog file cannot be edited, and stays on it', async () => {
    const r = await open();
    await r.press('j', KEY.enter, 'e');
    expect(r.screen()).toContain('post › DockerCon EU 2015 Day Two');
    expect(r.screen()).toContain('Only an article read from a content folder can be edited');
  });

  it('opens a post at the paragraph that mentions the talk', async () => {
    const r = await open();
    await r.press('2');
    expect(r.screen()).toContain('Persistent, stateful services');
    await r.press('/', 'p', 'e', 'r', 's', 'i', 's', KEY.enter, KEY.enter);
    expect(r.screen()).toContain('Mentioned in (1)');
    await r.press('j', KEY.enter);
    const screen = r.screen();
    expect(screen).toContain('post › DockerCon EU 2015 Day Two');
    expect(screen).toContain('Michael Neale spoke about Persistent, stateful services');
    expect(screen).not.toContain('Ada Writer');
    expect(screen).toContain('talk: Persistent, stateful services with Docker clusters');
  });

  it('opens web links through the opener with o', async () => {
    const r = await open();
    await r.press('j', KEY.enter);
    for (let i = 0; i < 4; i++) await r.press(KEY.tab);
    expect(r.screen()).toContain('link: https://www.twistlock.com/');
    await r.press('o');
    expect(r.opened).toEqual(['https://www.twistlock.com/']);
    expect(r.screen()).toContain('Opened https://www.twistlock.com/');
  });

  it("names a record screen's own selection keys when o has no link to open", async () => {
    const r = await open();
    await r.press('2', KEY.enter);
    expect(r.screen()).toContain('j/k select  enter open');
    await r.press('o');
    expect(r.screen()).toContain('Select a link first: move to it with j/k');
    expect(r.opened).toEqual([]);
  });

  it('scrolls a record on a short terminal to its title and takeaways, above its first item', async () => {
    const catalog = fixtureCatalog();
    const talk = catalog.talks.find((t) => t.title?.startsWith('How to be successful'))!;
    talk.takeaways = Array.from({ length: 6 }, (_, i) => `Takeaway number ${i + 1} of the talk`);
    const r = await open({ catalog, rows: 8, columns: 60 });
    await r.press('2', '/', 's', 'u', 'c', 'c', KEY.enter, KEY.enter);
    const body = () => r.screen().split('\n').slice(1, -1).join('\n');
    // Opened at its title; j scrolls down until the first item is in view, then selects.
    expect(body()).toContain('How to be successful running docker in production');
    expect(body()).not.toContain('› ▸ speaker');
    const reached = new Set<string>();
    let presses = 0;
    while (!body().includes('› ▸ speaker  John Fiedler') && presses < 12) {
      await r.press('j');
      presses++;
      for (const line of body().split('\n')) reached.add(line.trim());
    }
    // Title, event line, six takeaways, a blank and a heading: five lines more than six rows.
    expect(presses).toBe(5);
    for (let i = 1; i <= 6; i++) expect(reached).toContain(`- Takeaway number ${i} of the talk`);
    // And k goes back up to the title, which a window that only followed the selection hid.
    await r.press(...Array(8).fill('k'));
    expect(body()).toContain('How to be successful running docker in production');
    await r.press(KEY.enter);
    expect(r.screen()).toContain('speaker › John Fiedler');
  });

  it('marks a draft as such in the list and above the article', async () => {
    const catalog = fixtureCatalog();
    const post = catalog.posts.find((p) => p.title === 'Impressions from DockerCon 2015')!;
    post.draft = true;
    const r = await open({ catalog });
    const row = r
      .screen()
      .split('\n')
      .find((line) => line.includes('Impressions from DockerCon'));
    expect(row).toContain('draft · 2015-11-17 · Bo Reporter');
    await r.press('/', 'i', 'm', 'p', KEY.enter, KEY.enter);
    expect(r.screen()).toContain('draft · Bo Reporter · 2015-11-17');
    // The others are not.
    expect(
      r
        .screen()
        .split('\n')
        .filter((line) => line.includes('draft')),
    ).toHaveLength(1);
  });

  it('names every author of a post written by more than one, and when it was updated', async () => {
    const catalog = fixtureCatalog();
    const post = catalog.posts.find((p) => p.title === 'Impressions from DockerCon 2015')!;
    post.authors = [post.author!, { name: 'Cy Second' }];
    post.updated = '2015-12-01T09:00:00Z';
    const r = await open({ catalog });
    expect(r.screen()).toContain('2015-11-17 · Bo Reporter, Cy Second');
    await r.press('/', 'i', 'm', 'p', KEY.enter, KEY.enter);
    expect(r.screen()).toContain('Bo Reporter, Cy Second · 2015-11-17 · updated 2015-12-01');
  });

  it('says at once that an article search found nothing', async () => {
    const r = await open();
    await r.press('j', KEY.enter, '/', ...'zzzq', KEY.enter);
    expect(r.screen()).toContain('No match for "zzzq"');
  });

  it('re-wraps an article when the terminal is resized and keeps the place', async () => {
    const r = await open({ columns: 100, rows: 30 });
    await r.press('j', KEY.enter, '/', 'M', 'i', 'c', 'h', 'a', 'e', 'l', KEY.enter);
    expect(r.screen()).toContain('Michael Neale spoke about');
    await r.resize(40, 20);
    const narrow = r.screen().split('\n');
    expect(narrow.every((line) => line.length <= 40)).toBe(true);
    expect(r.screen()).toContain('Michael Neale spoke');
  });

  it('shows every key in the help screen and the diagnostics screen', async () => {
    const r = await open();
    await r.press('?');
    expect(r.screen()).toContain('Everywhere');
    expect(r.screen()).toContain('q, ctrl+c');
    await r.press('?', '!');
    expect(r.screen()).toContain('posts/broken.md:3:1 error invalid-front-matter');
    expect(r.screen()).toContain('Check the indentation on line 3.');
  });

  it('sorts the list with s', async () => {
    const r = await open();
    await r.press('s');
    expect(r.screen()).toContain('s sort: title');
    expect(r.screen().split('\n')[1]).toContain('DockerCon EU 2015 Day Two');
  });
});

describe('Reader with a catalog checked after its first frame', () => {
  it('shows the list first, then a diagnostic for a broken post instead of crashing', async () => {
    const raw = JSON.parse(JSON.stringify(fixtureCatalog()));
    const broken = raw.posts.find((p: { title: string }) => p.title.startsWith('DockerCon'));
    broken.headings = 'not a list';
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const accepted = await acceptCatalog(raw, 'catalog.json');
    const r = await open({
      load: async () => ({
        ...accepted,
        // The check waits until the test has seen the first frame.
        check: async (live) => {
          await gate;
          return accepted.check(live);
        },
      }),
    });
    expect(r.screen()).toContain('DockerCon EU 2015 Day Two');
    expect(r.screen()).toContain('! 1 diagnostic, 1 error');
    release();
    // The check goes on once the reader has had a quiet second after its first frame.
    const flash = '1 record does not match the catalog schema: press ! to see it';
    for (let i = 0; i < 100 && !r.screen().includes(flash); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(r.screen()).toContain(flash);
    await r.press('j', KEY.enter);
    expect(r.screen()).toContain('This post cannot be shown (headings:');
    expect(r.screen()).not.toContain('post › DockerCon');
    await r.press('!');
    expect(r.screen()).toContain(`${broken.source.path}:1:1 error invalid-record`);
    await r.press(KEY.esc, 'k', KEY.enter);
    expect(r.screen()).toContain('post › Escapes');
  });

  it('holds the check back while the user types', async () => {
    let resumedAt = 0;
    const r = await open({
      load: async () => ({
        catalog: fixtureCatalog(),
        diagnostics: [],
        check: async ({ pause }) => {
          await pause?.();
          resumedAt = performance.now();
          return [];
        },
      }),
    });
    let lastKeyAt = 0;
    for (const key of ['j', 'k', 'j', 'k']) {
      await r.press(key);
      lastKeyAt = performance.now();
      expect(resumedAt).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    for (let i = 0; i < 100 && !resumedAt; i++) await new Promise((r) => setTimeout(r, 50));
    expect(resumedAt).toBeGreaterThan(lastKeyAt + 900);
  });

  it('checks a post opened before the check reached it', async () => {
    const raw = JSON.parse(JSON.stringify(fixtureCatalog()));
    raw.posts.find((p: { title: string }) => p.title.startsWith('DockerCon')).links = 7;
    const accepted = await acceptCatalog(raw, 'catalog.json');
    const r = await open({
      load: async () => ({ ...accepted, check: () => new Promise(() => {}) }),
    });
    await r.press('j', KEY.enter);
    expect(r.screen()).toContain('This post cannot be shown (links:');
  });
});
