import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from './test/catalog-fixture.ts';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

const statusLine = (screen: string) => screen.split('\n').at(-1) ?? '';

describe('the status line', () => {
  it('keeps "? help" and the diagnostics in view on an 80-column list, dropping whole hints', async () => {
    current = await renderReader({ columns: 80, rows: 24 });
    await current.press('/', 'd', 'a', 'y', KEY.enter);
    const line = statusLine(current.screen());
    expect(line).toContain('? help');
    expect(line).toContain('! 1 diagnostic, 1 error');
    expect(line).not.toContain('…');
  });

  it('keeps "? help" in view in an article on a 60-column terminal', async () => {
    current = await renderReader({ columns: 60, rows: 24 });
    await current.press('j', KEY.enter);
    expect(statusLine(current.screen())).toContain('? help');
  });
});

describe('a terminal below the smallest size the reader can draw', () => {
  it.each([
    [40, 2],
    [12, 10],
  ])('says how large it must be at %i×%i instead of drawing over itself', async (columns, rows) => {
    current = await renderReader({ columns, rows });
    const lines = current.screen().split('\n');
    expect(lines.length).toBeLessThanOrEqual(rows);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
    expect(lines.join(' ')).toMatch(/at least/);
    await current.resize(80, 24);
    expect(current.screen()).toContain('DockerCon EU 2015 Day Two');
  });
});

describe('a link selected in an article', () => {
  it('shows where it goes in the status line, where hyperlinks hide the target from the text', async () => {
    current = await renderReader({ hyperlinks: true });
    await current.press('j', KEY.enter);
    expect(current.screen()).not.toContain('https://www.twistlock.com/');
    for (let i = 0; i < 6 && !statusLine(current.screen()).includes('open in browser'); i++) {
      await current.press(KEY.tab);
    }
    expect(statusLine(current.screen())).toContain('https://www.twistlock.com/');
  });
});

describe('a link selected in a talk, speaker or event', () => {
  it('shows where it goes in the status line', async () => {
    current = await renderReader();
    await current.press('2', '/', ...'succ', KEY.enter, KEY.enter);
    for (let i = 0; i < 8 && !statusLine(current.screen()).includes('open in browser'); i++) {
      await current.press('j');
    }
    expect(statusLine(current.screen())).toContain('https://example.org/slides');
  });
});

describe('the help and diagnostics screens', () => {
  it('say where the window is in them, as an article does, when they run past it', async () => {
    current = await renderReader({ columns: 40, rows: 12 });
    await current.press('?');
    expect(statusLine(current.screen())).toMatch(/1-10\/\d+ \d+%$/);
    await current.press('G');
    expect(statusLine(current.screen())).toMatch(/-(\d+)\/\1 100%$/);
    await current.press('?', '!');
    expect(statusLine(current.screen())).toMatch(/1-\d+\/\d+ (all|\d+%)$/);
  });
});

describe('emoji joined with zero-width joiners', () => {
  const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';

  it('are whole and two cells wide in a cut title and in a wrapped article', async () => {
    const post = makePost({
      id: 'families',
      title: `Families ${family.repeat(30)}`,
      date: '2030-01-01',
      body: family.repeat(30),
    });
    const catalog = { ...fixtureCatalog(), posts: [post] };
    current = await renderReader({ catalog, columns: 40, rows: 20 });
    const row = current.screen().split('\n')[1]!;
    // Cut after whole families, not in the middle of one.
    expect(row).toMatch(new RegExp(`^› Families (${family})+…`, 'u'));
    await current.press(KEY.enter);
    const lines = current
      .screen()
      .split('\n')
      .filter((line) => line.startsWith(family));
    // 30 families are 60 cells: two lines of 40 cells, where each person took two; the title
    // above the body wraps the same way.
    expect(lines).toEqual(
      [family.repeat(20), family.repeat(10)].concat(family.repeat(20), family.repeat(10)),
    );
  });
});
