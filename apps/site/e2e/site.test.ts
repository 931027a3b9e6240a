import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Catalog, talkDisplayTitle } from '@confnotes/content';
import { loadCatalog } from '@confnotes/content/node';
import { createSearchIndex, loadSearchIndex } from '@confnotes/content/search';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eventPath, postPath, speakerPath, talkPath } from '../src/lib/paths.ts';
import { tagPath } from '../src/lib/tag-path.ts';
import { useBuiltSite } from './built-site.ts';
import { contrast } from './contrast.ts';
import { crawl } from './crawl.ts';
import { findJourney, type Journey } from './journey.ts';
import { screenshotDir, sectionPaths } from './paths.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const site = useBuiltSite();

/** Opens a path, collecting console errors and uncaught exceptions while it loads. */
async function visit(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, site.server.origin).href, { waitUntil: 'load' });
  return { page, errors };
}

let catalog: Catalog;
let journey: Journey;
let pageTypes: Record<string, string>;

beforeAll(async () => {
  ({ catalog } = await loadCatalog(inject('contentDir')));
  const found = findJourney(catalog);
  if (!found) throw new Error('The seeds hold no post -> talk -> speaker -> other post path.');
  journey = found;
  const tagged = catalog.posts.find((p) => p.tags.length > 0)!;
  pageTypes = {
    home: '/',
    posts: '/posts/',
    post: postPath(journey.post.id),
    talks: '/talks/',
    talk: talkPath(journey.talk.id),
    speakers: '/speakers/',
    speaker: speakerPath(journey.speaker.id),
    events: '/events/',
    event: eventPath(catalog.events[0]!.id),
    tag: tagPath(tagged.tags[0]!),
    search: '/search/?q=docker',
    notFound: '/no/such/page/',
  };
});

describe('the built site in Chromium', () => {
  it('leads from home to a post, a talk it mentions, its speaker and another post', async () => {
    const { post, talk, speaker, other } = journey;
    const { page, errors } = await visit('/');
    await page.getByRole('link', { name: post.title, exact: true }).first().click();
    await expect.poll(() => page.url()).toContain(postPath(post.id));
    const panel = page.getByRole('complementary', { name: 'Talks and speakers in this post' });
    await panel.getByRole('link', { name: talkDisplayTitle(talk), exact: true }).click();
    await expect.poll(() => page.url()).toContain(talkPath(talk.id));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      talkDisplayTitle(talk),
    );
    await page.getByRole('link', { name: speaker.name, exact: true }).first().click();
    await expect.poll(() => page.url()).toContain(speakerPath(speaker.id));
    await page.getByRole('link', { name: other.title, exact: true }).first().click();
    await expect.poll(() => page.url()).toContain(postPath(other.id));
    expect(await page.title()).toContain(other.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lands on the quoted paragraph when a talk page links back to a post', async () => {
    const talk = catalog.talks.find((t) => t.mentions.some((m) => m.anchor && m.title))!;
    const mention = talk.mentions.find((m) => m.anchor && m.title)!;
    const { page } = await visit(talkPath(talk.id));
    const href = `${postPath(mention.post)}#${mention.anchor}`;
    await page.locator(`blockquote a[href="${href}"]`).first().click();
    await expect.poll(() => page.url()).toContain(href);
    // The paragraph the quote is from: a talk named in a heading is quoted from, and linked
    // to, the paragraph under the heading.
    const target = page.locator(`[id="${mention.anchor}"]`);
    const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    expect(words(await target.textContent())).toContain(words(mention.sentence));
    await page.close();
  });

  it("shows a section the table of contents leads to whole, its marked heading's top not cut off", async () => {
    const post = catalog.posts.find((p) => p.headings.length >= 3 && p.readingMinutes >= 3)!;
    const { page } = await visit(postPath(post.id));
    await page.locator('nav.toc a').nth(2).click();
    const { top, outline } = await page.locator('.prose :target').evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      outline: Number.parseFloat(getComputedStyle(el).outlineWidth),
    }));
    expect(outline).toBeGreaterThan(0);
    expect(top).toBeGreaterThanOrEqual(outline);
    await page.close();
  });

  it('keeps each paragraph link whole on one line, apart from its neighbours', async () => {
    const { page } = await visit(postPath(journey.post.id));
    const links = page.locator('aside.panel a[href*="#p-"]');
    expect(await links.count()).toBeGreaterThan(0);
    // Every width a reader might have, from a phone to a desktop, moves where lines end.
    for (let width = 360; width <= 1280; width += 24) {
      await page.setViewportSize({ width, height: 900 });
      const broken = await links.evaluateAll((all) =>
        all.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
      );
      expect(broken, `at ${width} px`).toEqual([]);
    }
    // The space between two links is not part of either: no underline runs from one to the next.
    const texts = await links.allTextContents();
    expect(texts.filter((t) => t !== t.trim())).toEqual([]);
    await page.close();
  });

  it('says so on the page of an event no post covers yet, rather than show empty lists', async () => {
    const uncovered = catalog.events.find(
      (e) =>
        !catalog.posts.some((p) => p.event === e.id) &&
        !catalog.talks.some((t) => t.event === e.id && t.mentions.length > 0),
    )!;
    const { page } = await visit(eventPath(uncovered.id));
    expect(await page.locator('main').textContent()).toContain('No published post covers');
    expect(await page.locator('main table, main ul.cards, main h2').count()).toBe(0);
    await page.close();
  });

  it("lists under the home page's events covered only events a post covers", async () => {
    const covers = (id: string) =>
      catalog.posts.some((p) => p.event === id) ||
      catalog.talks.some((t) => t.event === id && t.mentions.length > 0);
    const { page } = await visit('/');
    const listed = await page
      .locator('section[aria-labelledby="events"] h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const uncovered = catalog.events.filter((e) => !covers(e.id));
    expect(uncovered.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual(
      catalog.events
        .filter((e) => covers(e.id))
        .map((e) => eventPath(e.id))
        .sort(),
    );
    // Nor does the description search engines and link previews show name one as recapped.
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    for (const e of uncovered) expect(description).not.toContain(e.name);
    await page.close();
  });

  it('marks in the menu the section the reader is in', async () => {
    const current = async (path: string) => {
      const { page } = await visit(path);
      const marked = await page
        .locator('header.site nav a[aria-current]')
        .evaluateAll((links) =>
          links.map((a) => `${a.textContent} ${a.getAttribute('aria-current')}`),
        );
      await page.close();
      return marked;
    };
    expect(await current('/talks/')).toEqual(['Talks page']);
    expect(await current(talkPath(journey.talk.id))).toEqual(['Talks true']);
    expect(await current(speakerPath(journey.speaker.id))).toEqual(['Speakers true']);
    expect(await current('/')).toEqual([]);
    expect(await current('/search/')).toEqual([]);
  });

  it('fits the menu in the 320 px that reflow asks for, whichever section is marked', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/speakers/', speakerPath(journey.speaker.id)]) {
      await page.goto(new URL(path, site.server.origin).href);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it("lists the posts on a talk's page oldest first, with undated posts after dated ones", async () => {
    const dated = (id: string) => !!catalog.posts.find((p) => p.id === id)?.date;
    const talk = catalog.talks.find((t) => {
      const ids = t.mentions.map((m) => m.post);
      return ids.some(dated) && ids.some((id) => !dated(id));
    })!;
    const { page } = await visit(talkPath(talk.id));
    const shown = await page
      .locator('.said > li')
      .evaluateAll((items) => items.map((li) => li.querySelector('time')?.dateTime ?? ''));
    const undated = shown.filter((d) => d === '').length;
    expect(undated).toBeGreaterThan(0);
    expect(shown.slice(shown.length - undated)).toEqual(Array(undated).fill(''));
    const dates = shown.slice(0, shown.length - undated);
    expect(dates).toEqual([...dates].sort());
    await page.close();
  });

  it("keeps all of a post's side panel within reach on a short desktop window", async () => {
    const mentioned = (id: string) =>
      catalog.talks.filter((t) => t.mentions.some((m) => m.post === id)).length;
    const post = [...catalog.posts].sort((a, b) => mentioned(b.id) - mentioned(a.id))[0]!;
    const { page } = await visit(postPath(post.id));
    await page.setViewportSize({ width: 1280, height: 480 });
    // Halfway through the post, the panel stays beside it: all of it, not only its top.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const { bottom, height } = await page.evaluate(() => ({
      bottom: document.querySelector('aside.panel')!.getBoundingClientRect().bottom,
      height: window.innerHeight,
    }));
    expect(bottom).toBeLessThanOrEqual(height);
    const last = page.locator('aside.panel a').last();
    await last.focus();
    expect(await last.evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThanOrEqual(
      height,
    );
    await page.close();
  });

  it('lets the keyboard reach and scroll a code block wider than a phone', async () => {
    const post = catalog.posts.find((p) => p.html.includes('<pre'))!;
    const { page } = await visit(postPath(post.id));
    await page.setViewportSize({ width: 360, height: 740 });
    const pre = page.locator('.prose pre').first();
    expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected into the page above
      const result = await window.axe.run(document, {
        runOnly: ['scrollable-region-focusable'],
        resultTypes: ['violations'],
      });
      return result.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await pre.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });

  it('scrolls a table wider than a phone instead of breaking its words', async () => {
    const post = catalog.posts.find((p) => p.html.includes('<table'))!;
    const { page } = await visit(postPath(post.id));
    await page.setViewportSize({ width: 360, height: 740 });
    const broken = await page.locator('.prose th').evaluateAll((cells) =>
      cells
        .filter((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return !/\s/.test(cell.textContent!.trim()) && range.getClientRects().length > 1;
        })
        .map((cell) => cell.textContent),
    );
    expect(broken).toEqual([]);
    const box = page.locator('.prose table').first().locator('..');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("prints dark text for white paper when the reader's system is in dark mode", async () => {
    const { page } = await visit(postPath(journey.post.id));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    // Paper is white and Chromium prints no backgrounds: the text alone must read on it.
    const colours = await page.evaluate(() => {
      const selectors = ['h1', '.prose p', '.prose a[href]', '.meta', 'aside.panel a'];
      return selectors.map(
        (selector) =>
          [selector, getComputedStyle(document.querySelector(selector)!).color] as const,
      );
    });
    for (const [selector, color] of colours) {
      expect(contrast(color, 'rgb(255, 255, 255)'), selector).toBeGreaterThanOrEqual(4.5);
    }
    await page.close();
  });

  it('prints a page without the menu, the search form and the footer', async () => {
    const { page } = await visit(postPath(journey.post.id));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site nav', 'header.site form', 'footer.site', '.skip']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    // The site's name still says where the page came from, above the post itself.
    expect(await page.locator('header.site .brand').isVisible()).toBe(true);
    expect(await page.locator('.prose').isVisible()).toBe(true);
    await page.close();
  });

  it("shows the whole of the coverage grid's caption on a phone, wherever the grid is scrolled", async () => {
    // The event with the most talks: its grid is wider than a phone.
    const talksOf = (id: string) => catalog.talks.filter((t) => t.event === id).length;
    const event = [...catalog.events].sort((a, b) => talksOf(b.id) - talksOf(a.id))[0]!;
    const { page } = await visit(eventPath(event.id));
    await page.setViewportSize({ width: 360, height: 740 });
    const wrap = page.locator('.matrix-wrap');
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const outside = () =>
      page.locator('table.matrix caption').evaluate((caption) => {
        const range = document.createRange();
        range.selectNodeContents(caption);
        return [...range.getClientRects()].filter((r) => r.left < 0 || r.right > innerWidth).length;
      });
    expect(await outside()).toBe(0);
    await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    expect(await outside()).toBe(0);
    await page.close();
  });

  it('prints the whole of a code block or table wider than the paper, with nothing cut off', async () => {
    const post = catalog.posts.find((p) => p.html.includes('<pre') && p.html.includes('<table'))!;
    const { page } = await visit(postPath(post.id));
    // About the width of a page of A4 or Letter.
    await page.setViewportSize({ width: 600, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const hidden = await page
      .locator('.prose pre, .prose .table-wrap')
      .evaluateAll((boxes) =>
        boxes.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.tagName),
      );
    expect(hidden).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("prints the whole of a post's side panel, on paper wide enough to hold it beside the post", async () => {
    const mentioned = (id: string) =>
      catalog.talks.filter((t) => t.mentions.some((m) => m.post === id)).length;
    const post = [...catalog.posts].sort((a, b) => mentioned(b.id) - mentioned(a.id))[0]!;
    const { page } = await visit(postPath(post.id));
    // A landscape page: wide as a desktop window, short.
    await page.setViewportSize({ width: 1280, height: 480 });
    await page.emulateMedia({ media: 'print' });
    const panel = page.locator('aside.panel');
    expect(await panel.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("gives link previews a post's picture when it has an address of its own", async () => {
    const pictured = catalog.posts.find((p) => p.image?.startsWith('https://'))!;
    const { page } = await visit(postPath(pictured.id));
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(
      pictured.image,
    );
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    );
    await page.close();
    // A path relative to the blog the post came from names nothing here.
    const relative = catalog.posts.find((p) => p.image && !/^https?:/.test(p.image))!;
    const { page: other } = await visit(postPath(relative.id));
    expect(await other.locator('meta[property="og:image"]').count()).toBe(0);
    await other.close();
  });

  it('describes a post in one line of a few hundred characters, whatever its excerpt', async () => {
    const long = catalog.posts.find((p) => !p.description && p.excerpt.length > 400)!;
    const { page } = await visit(postPath(long.id));
    for (const selector of [
      'meta[name="description"]',
      'meta[property="og:description"]',
      'meta[name="twitter:description"]',
    ]) {
      const text = (await page.locator(selector).getAttribute('content'))!;
      expect(text.length, selector).toBeLessThanOrEqual(301);
      expect(text, selector).not.toMatch(/\n/);
      expect(long.excerpt.replace(/\s+/g, ' ')).toContain(text.replace(/…$/, ''));
    }
    await page.close();
  });

  it("never ends a line at the dash of an event's dates, on a card of any width", async () => {
    const { page } = await visit('/');
    const dates = page.locator('section[aria-labelledby="events"] .cards p').first();
    expect(await dates.textContent()).toContain('–');
    for (let width = 120; width <= 360; width += 4) {
      await dates.evaluate((el, w) => {
        (el as HTMLElement).style.width = `${w}px`;
      }, width);
      // The dash and the character after it, and the one before it, must share a line.
      const tops = await dates.evaluate((el) => {
        const text = el.firstChild!;
        const at = text.textContent!.indexOf('–');
        const top = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(text, from);
          range.setEnd(text, to);
          return Math.round(range.getClientRects()[0]!.top);
        };
        const before = text.textContent!.slice(0, at).search(/\S\s*$/);
        const after = at + 1 + text.textContent!.slice(at + 1).search(/[^\s\u2060]/);
        return [top(before, before + 1), top(at, at + 1), top(after, after + 1)];
      });
      expect(new Set(tops).size, `at ${width} px: ${tops}`).toBe(1);
    }
    await page.close();
  });

  it("keeps the talks of every event out of the home page's structured data", async () => {
    const html = await (await fetch(new URL('/', site.server.origin))).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks.length).toBe(catalog.events.length);
    for (const [, json] of blocks) expect(JSON.parse(json!)).not.toHaveProperty('subEvent');
    // The event's own page still names its talks.
    const event = catalog.events.find((e) => catalog.talks.some((t) => t.event === e.id))!;
    const page = await (await fetch(new URL(eventPath(event.id), site.server.origin))).text();
    expect(page).toContain('"subEvent"');
  });

  it("lists a talk's other spellings, never the name it is shown by, in any letter case", async () => {
    const untitled = catalog.talks.find((t) => !t.title && t.mentions.some((m) => m.title))!;
    const retitled = catalog.talks.find((t) => t.title && t.altTitles.length > 0)!;
    for (const talk of [untitled, retitled]) {
      const { page } = await visit(talkPath(talk.id));
      const shown = await page.getByRole('heading', { level: 1 }).textContent();
      const variants = await page.locator('article > header > p.muted q').allTextContents();
      expect(shown).toBe(talkDisplayTitle(talk));
      const folded = (t: string | null) => t?.toLowerCase().replace(/\s+/g, ' ').trim();
      expect(variants.map(folded)).not.toContain(folded(shown));
      for (const alt of talk.altTitles.filter((t) => folded(t) !== folded(shown)))
        expect(variants).toContain(alt);
      await page.close();
    }
  });

  it('finds a speaker by name and a talk by a word of its title, typed as such', async () => {
    const { speaker } = journey;
    const { page, errors } = await visit(`/search/?q=${encodeURIComponent(speaker.name)}`);
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    // The header's box, where a search usually starts, still shows what was asked.
    expect(await page.inputValue('#siteQuery')).toBe(speaker.name);
    expect(await first.getAttribute('data-type')).toBe('speaker');
    expect(await first.locator('a').textContent()).toBe(speaker.name);

    const talk = catalog.talks.find((t) => t.title && /[a-z]{6,}/i.test(t.title))!;
    const word = talk.title!.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
    await page.fill('#q', word.toLowerCase());
    await expect
      .poll(() => page.locator('#search-results li[data-type="talk"] a').allTextContents())
      .toContain(talkDisplayTitle(talk));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the query in the title of the search page, as history and tabs show it', async () => {
    const { page } = await visit('/search/?q=docker');
    await expect.poll(() => page.title()).toBe('“docker” · Search · confnotes');
    await page.fill('#q', journey.speaker.name);
    await expect.poll(() => page.title()).toBe(`“${journey.speaker.name}” · Search · confnotes`);
    await page.fill('#q', '');
    await expect.poll(() => page.title()).toBe('Search · confnotes');
    await page.close();
  });

  it('loads the search index once while the reader types, and shows the last query', async () => {
    const { speaker } = journey;
    const page = await site.browser.context.newPage();
    let loads = 0;
    await page.route('**/search-index.json', async (route) => {
      loads += 1;
      // The first load is the slow one, as on a phone network while the reader keeps typing.
      if (loads === 1) await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(new URL('/search/?q=docker', site.server.origin).href);
    await page.fill('#q', speaker.name);
    const status = page.locator('#search-status');
    // The results come once the slow load lands, a second or more from now.
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toContain(speaker.name);
    // Long enough for the slow load to land: its results must not replace the newer ones.
    await page.waitForTimeout(1500);
    expect(await status.textContent()).toContain(speaker.name);
    expect(await page.locator('#search-results li a').first().textContent()).toBe(speaker.name);
    expect(loads).toBe(1);
    await page.close();
  });

  it('says when a search lists only the best of its results', async () => {
    // A site of a hundred posts that all say the same word, served as the search index.
    const posts = Array.from({ length: 100 }, (_, i) => ({
      ...journey.post,
      id: `copy-${i}`,
      text: `${journey.post.text} everywhere`,
    }));
    const index = createSearchIndex({ ...catalog, posts }).toJSON();
    const page = await site.browser.context.newPage();
    await page.route('**/search-index.json', (route) => route.fulfill({ json: index }));
    await page.goto(new URL('/search/?q=everywhere', site.server.origin).href);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent()).toContain('100 results');
    const listed = await page.locator('#search-results li').count();
    expect(listed).toBeLessThan(100);
    expect(await status.textContent()).toContain(`best ${listed} are shown`);
    await page.close();
  });

  it('shows the passage a searched word is in, past the opening the index keeps', async () => {
    const served = loadSearchIndex(
      await (await fetch(new URL('/search-index.json', site.server.origin))).json(),
    );
    // A word of a post that the index finds but cannot show: its snippet has no marked word.
    const found = catalog.posts
      .flatMap((post) =>
        [...post.text.matchAll(/[A-Za-z]{7,}/g)].map((m) => ({ post, word: m[0] })),
      )
      .find(({ post, word }) => {
        const hit = served.search(word, { limit: 50 }).hits.find((h) => h.id === post.id);
        return hit !== undefined && hit.snippet.highlights.length === 0;
      });
    if (!found) throw new Error('No post of the seeds says a word past what the index keeps.');
    const { post, word } = found;
    const { page, errors } = await visit(`/search/?q=${encodeURIComponent(word)}`);
    const hit = page.locator('#search-results li', {
      has: page.locator(`a[href="${postPath(post.id)}"]`),
    });
    await expect
      .poll(() => hit.locator('p mark').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${word}$`, 'i'))]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the page and its loaded index when the reader presses Enter in the search box', async () => {
    const page = await site.browser.context.newPage();
    let loads = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/search-index.json')) loads += 1;
    });
    await page.goto(new URL('/search/?q=docker', site.server.origin).href);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent()).toContain('docker');
    await page.fill('#q', journey.speaker.name);
    await page.press('#q', 'Enter');
    await expect.poll(() => status.textContent()).toContain(journey.speaker.name);
    await page.waitForLoadState('networkidle');
    expect(loads).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe(journey.speaker.name);
    await page.fill('#q', '');
    // The page learns of the replaced address from the browser a moment after the input event.
    await expect.poll(() => page.url()).toBe(new URL('/search/', site.server.origin).href);
    await page.close();
  });

  it('brings the reader back to where they were in the results after following one', async () => {
    const { page } = await visit('/search/?q=docker');
    await page.setViewportSize({ width: 360, height: 640 });
    const link = page.locator('#search-results li a').nth(15);
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(1000);
    await link.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    await page.goBack();
    await page.locator('#search-results li').first().waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
    await page.close();
  });

  it('says when the search index cannot be loaded, and loads it again for the next query', async () => {
    const page = await site.browser.context.newPage();
    let loads = 0;
    await page.route('**/search-index.json', (route) =>
      ++loads === 1 ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(new URL('/search/?q=docker', site.server.origin).href);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent()).toContain('could not be loaded');
    await page.fill('#q', journey.speaker.name);
    await expect.poll(() => status.textContent()).toContain(journey.speaker.name);
    expect(loads).toBe(2);
    await page.close();
  });

  it("marks a post's own words with the language its front matter gives", async () => {
    const post = catalog.posts.find((p) => p.lang?.includes('_'))!;
    const { page } = await visit(postPath(post.id));
    const tag = post.lang!.replace('_', '-');
    const langOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.closest('[lang]')!.getAttribute('lang'));
    expect(await langOf('h1')).toBe(tag);
    expect(await langOf('.prose p')).toBe(tag);
    // The site's own labels around the post stay in the site's language.
    expect(await langOf('header.site nav')).toBe('en');
    expect(await langOf('article .meta')).toBe('en');
    // Wherever its title is listed, it keeps its language.
    for (const list of ['/', '/posts/']) {
      await page.goto(new URL(list, site.server.origin).href);
      expect(
        await page
          .locator(`main a[href="${postPath(post.id)}"]`)
          .first()
          .getAttribute('lang'),
      ).toBe(tag);
    }
    await page.close();
  });

  it('renders a post that holds scripts, event handlers and javascript: links inert', async () => {
    const hostile = catalog.posts.find((p) => p.title === 'A hostile post')!;
    const { page, errors } = await visit(postPath(hostile.id));
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.waitForLoadState('networkidle');
    const prose = page.locator('.prose');
    await prose.getByText('Click me.').click();
    for (const link of await prose.locator('a').all()) {
      await link.click({ timeout: 2000 }).catch(() => undefined);
      if (!page.url().includes(postPath(hostile.id))) await page.goBack();
    }
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const active = await prose.evaluate((el) => ({
      scripts: el.querySelectorAll('script, iframe, object, embed').length,
      handlers: [...el.querySelectorAll('*')].flatMap((n) =>
        [...n.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      jsLinks: [...el.querySelectorAll('[href], [src]')]
        .map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? '')
        .filter((u) => /^\s*javascript:/i.test(u)),
    }));
    expect(active).toEqual({ scripts: 0, handlers: [], jsLinks: [] });
    // The visible text survives: only the active parts were removed.
    expect(await prose.textContent()).toContain('Every attempt below must be inert.');
    // A link whose target was removed leads nowhere, and no longer looks like a link.
    const lookalikes = await prose
      .locator('a:not([href])')
      .evaluateAll((all) =>
        all
          .filter((a) => getComputedStyle(a).color !== getComputedStyle(a.parentElement!).color)
          .map((a) => a.textContent),
      );
    expect(await prose.locator('a:not([href])').count()).toBeGreaterThan(0);
    expect(lookalikes).toEqual([]);
    expect(errors.filter((e) => !/no-such-image|404/.test(e))).toEqual([]);
    await page.close();
  });

  it('gives the not-found page no address of its own and keeps it out of search engines', async () => {
    // Served at whatever address was missing: a canonical URL there would name a page that
    // does not exist, or the missing address itself.
    const { page } = await visit('/no/such/page/');
    expect(await page.locator('link[rel="canonical"], meta[property="og:url"]').count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.close();
    const { page: post } = await visit(postPath(journey.post.id));
    expect(await post.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`^https?://[^/]+${postPath(journey.post.id)}$`),
    );
    expect(await post.locator('meta[name="robots"]').count()).toBe(0);
    await post.close();
  });

  it("writes a JSON Feed with RFC 3339 dates and each post's language", async () => {
    const feed = await (await fetch(new URL('/feed.json', site.server.origin))).json();
    const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
    const items: { url: string; date_published?: string; language?: string }[] = feed.items;
    for (const item of items) {
      if (item.date_published) expect(item.date_published).toMatch(rfc3339);
    }
    const foreign = catalog.posts.find((p) => p.lang?.includes('_'))!;
    const item = items.find((i) => i.url.endsWith(postPath(foreign.id)))!;
    expect(item.language).toBe(foreign.lang!.replace('_', '-'));
    // The language of every other post, as the RSS channel gives it.
    expect(feed.language).toBe('en');
  });

  it("writes RSS in the site's language, and names the language of a post written in another", async () => {
    const rss = await (await fetch(new URL('/rss.xml', site.server.origin))).text();
    expect(rss).toMatch(/<channel>[\s\S]*<language>en<\/language>/);
    const foreign = catalog.posts.find((p) => p.lang?.includes('_'))!;
    const item = rss.split('<item>').find((i) => i.includes(`${postPath(foreign.id)}</link>`))!;
    expect(item).toContain(`<dc:language>${foreign.lang!.replace('_', '-')}</dc:language>`);
    const english = rss.split('<item>').filter((i) => !i.includes(postPath(foreign.id)));
    expect(english.length).toBeGreaterThan(1);
    for (const other of english) expect(other).not.toContain('<dc:language>');
  });

  it('lists events latest first, each with how many of its talks and posts the site holds', async () => {
    const { page } = await visit('/events/');
    const items = await page.locator('main ul.list > li').allTextContents();
    const latestFirst = [...catalog.events].sort(
      (a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.name.localeCompare(b.name),
    );
    expect(items.map((text) => latestFirst.find((e) => text.startsWith(e.name))?.id)).toEqual(
      latestFirst.map((e) => e.id),
    );
    for (const [i, event] of latestFirst.entries()) {
      const talks = catalog.talks.filter((t) => t.event === event.id).length;
      const posts = catalog.posts.filter((p) => p.event === event.id).length;
      expect(items[i]).toContain(`${talks} talk${talks === 1 ? '' : 's'}, ${posts} post`);
    }
    await page.close();
  });

  it('resolves every internal link on every page, fragments included', async () => {
    const { pages, broken } = await crawl(site.server.origin);
    expect(broken).toEqual([]);
    for (const path of [...sectionPaths, '/search/']) {
      expect(pages.has(path), path).toBe(true);
    }
    expect([...pages.keys()].filter((p) => p.startsWith('/posts/')).length).toBeGreaterThan(2);
  });

  it('gives every page one h1 and headings that never skip a level', async () => {
    const { pages } = await crawl(site.server.origin);
    const wrong = [...pages].flatMap(([path, html]) => {
      const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      const skips = levels.filter(
        (level, i) => i > 0 && level > Math.max(...levels.slice(0, i)) + 1,
      );
      const ones = levels.filter((level) => level === 1).length;
      return ones !== 1 || skips.length > 0 || levels[0] !== 1
        ? [`${path}: ${levels.join(' ')}`]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  it('names one post, talk, speaker or tag in the singular, in text and descriptions', async () => {
    const { pages } = await crawl(site.server.origin);
    const plural = /(?<![\d.,])1 (?:posts|talks|speakers|tags|results|conference editions)\b/;
    const wrong = [...pages].flatMap(([path, html]) => {
      const found = plural.exec(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '));
      const described = plural.exec(
        html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '',
      );
      return [found, described].flatMap((m) => (m ? [`${path}: ${m[0]}`] : []));
    });
    expect(wrong).toEqual([]);
  });

  it('shows every page type without console errors, axe violations above minor or content-page JavaScript', async () => {
    const report: Record<string, unknown> = {};
    for (const [name, path] of Object.entries(pageTypes)) {
      const page = await site.browser.context.newPage();
      const errors: string[] = [];
      let scriptBytes = 0;
      page.on('console', (m) => {
        // The 404 page is served with status 404, which Chromium logs as a failed resource.
        if (m.type() === 'error' && !(name === 'notFound' && /404/.test(m.text())))
          errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('response', async (r) => {
        if (r.request().resourceType() === 'script') scriptBytes += (await r.body()).length;
      });
      await page.goto(new URL(path, site.server.origin).href, { waitUntil: 'networkidle' });
      // Before axe's own script is added to the page: a script written into the page counts.
      const inlineBytes = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
          .map((script) => new Blob([script.textContent ?? '']).size)
          .reduce((sum, bytes) => sum + bytes, 0),
      );
      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(async () => {
        // @ts-expect-error axe is injected into the page above
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: { id: string; impact: string; nodes: unknown[] }) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
        }));
      })) as { id: string; impact: string }[];
      // Moderate ones too: two search landmarks of one name leave a screen reader two of a kind.
      const serious = violations.filter((v) => v.impact !== 'minor');
      report[name] = { errors, serious, scriptBytes };
      expect(errors, `${name}: console errors`).toEqual([]);
      expect(serious, `${name}: axe`).toEqual([]);
      // Content pages ship no JavaScript at all; the search island stays under 30 KB.
      expect(scriptBytes + inlineBytes, `${name}: JavaScript bytes`).toBeLessThan(
        name === 'search' ? 30_000 : 1,
      );
      await page.close();
    }
  });

  it('wraps titles and names that have no break opportunity rather than widen a phone page', async () => {
    // A talk about `java.util.concurrent` or a speaker's long handle has no space or hyphen to
    // break at: each heading, link and chip is given such a text in turn.
    const word =
      'io.opentelemetry.instrumentation.spring.autoconfigure.OpenTelemetryAutoConfiguration';
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const tagged = catalog.posts.find((p) => p.tags.length > 0)!;
    const paths = { ...pageTypes, tags: '/tags/', taggedPost: postPath(tagged.id) };
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(new URL(path, site.server.origin).href, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate((long) => {
        const texts = 'h1, h2, h3, main a, .meta li, .cards p, .list li, blockquote p';
        for (const el of document.querySelectorAll(texts)) {
          if (!el.closest('.matrix-wrap, .sr-only')) el.textContent = long;
        }
        return document.documentElement.scrollWidth - document.documentElement.clientWidth;
      }, word);
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('saves screenshots of every page type at desktop and phone widths', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };
    for (const [device, viewport] of Object.entries(widths)) {
      const page = await site.browser.context.newPage();
      await page.setViewportSize(viewport);
      for (const [name, path] of Object.entries(pageTypes)) {
        await page.goto(new URL(path, site.server.origin).href, { waitUntil: 'networkidle' });
        // Nothing may overflow sideways on a phone: that is what makes a page usable at 360 px.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${device} width`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: join(screenshotDir, `${name}-${device}.png`),
          fullPage: true,
        });
      }
      await page.close();
    }
  });
});
