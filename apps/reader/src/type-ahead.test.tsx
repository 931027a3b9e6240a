import { afterEach, describe, expect, it } from 'vitest';
import { type KeyPress, PLAIN_KEY } from './key-presses.ts';
import type { Loaded } from './reader.tsx';
import { fixtureCatalog } from './test/catalog-fixture.ts';
import { KEY, renderReader } from './test/render-reader.tsx';
import { earlyKey, heldKeysText, typingAhead } from './type-ahead.ts';

const char = (input: string): KeyPress => ({ input, key: PLAIN_KEY });
const named = (flag: 'return' | 'escape' | 'downArrow'): KeyPress => ({
  input: '',
  key: { ...PLAIN_KEY, [flag]: true },
});
const ctrl = (input: string): KeyPress => ({ input, key: { ...PLAIN_KEY, ctrl: true } });

describe('keys typed while the catalog loads', () => {
  it('holds the keys that need the catalog, and quits or opens the help at once', () => {
    expect(earlyKey([], char('j'), false)).toBe('hold');
    expect(earlyKey([], char('/'), false)).toBe('hold');
    expect(earlyKey([], char('q'), false)).toBe('quit');
    expect(earlyKey([], char('?'), false)).toBe('now');
    expect(earlyKey([], char('j'), true)).toBe('now');
    // Once a key waits, the help waits behind it, to keep the order typed.
    expect(earlyKey([char('j')], char('?'), false)).toBe('hold');
    expect(earlyKey([char('j')], char('q'), false)).toBe('quit');
  });

  it('reads q as a letter of a filter typed ahead, and Ctrl+C as quit all the same', () => {
    const filter = [char('/'), char('s')];
    expect(typingAhead(filter)).toBe(true);
    expect(earlyKey(filter, char('q'), false)).toBe('hold');
    expect(earlyKey(filter, ctrl('c'), false)).toBe('quit');
    expect(typingAhead([...filter, named('return')])).toBe(false);
    expect(earlyKey([...filter, named('escape')], char('q'), false)).toBe('quit');
  });

  it('names the keys held as the loading screen shows them', () => {
    expect(heldKeysText([char('j'), char('/'), char('k'), named('return'), char('G')])).toBe(
      'j/k ‹enter› G',
    );
    expect(heldKeysText([named('downArrow'), ctrl('d')])).toBe('‹down› ‹ctrl+d›');
  });
});

describe('the reader while a catalog loads', () => {
  let current: Awaited<ReturnType<typeof renderReader>> | undefined;
  afterEach(() => current?.unmount());

  /** A reader whose catalog arrives when the test says so. */
  async function slowReader() {
    let arrive: (loaded: Loaded) => void = () => {};
    const r = await renderReader({
      load: () =>
        new Promise((resolve) => {
          arrive = resolve;
        }),
    });
    current = r;
    const loaded = async () => {
      arrive({ catalog: fixtureCatalog(), diagnostics: [] });
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    return { r, loaded };
  }

  it('applies a filter typed before the list appeared, then the keys after it', async () => {
    const { r, loaded } = await slowReader();
    await r.press('/', 'i', 'm', 'p');
    // While the filter is typed, q and ? are letters of it.
    expect(r.screen()).toContain('ctrl+c quit');
    expect(r.screen()).not.toContain('q quit');
    await r.press(KEY.enter);
    expect(r.screen()).toContain('Loading the catalog');
    expect(r.screen()).toContain('Typed ahead, run once the catalog is read: /imp ‹enter›');
    expect(r.screen()).toContain('q quit');
    await r.press(KEY.enter);
    await loaded();
    expect(r.screen()).toContain('post › Impressions from DockerCon 2015');
    await r.press(KEY.esc);
    expect(r.screen()).toContain('/ filter "imp"');
  });

  it('shows the keys typed ahead on a narrow terminal, after a shorter label', async () => {
    let arrive: (loaded: Loaded) => void = () => {};
    const r = await renderReader({
      columns: 40,
      load: () =>
        new Promise((resolve) => {
          arrive = resolve;
        }),
    });
    current = r;
    await r.press('/', 'd', 'o', 'c', 'k');
    expect(r.screen()).toContain('Typed ahead: /dock');
    arrive({ catalog: fixtureCatalog(), diagnostics: [] });
  });

  it('moves through the list as typed while it loaded', async () => {
    const { r, loaded } = await slowReader();
    await r.press('j', 'j', 'k');
    // ? waits behind them: the hints say only what acts at once.
    expect(r.screen()).toContain('q quit');
    expect(r.screen()).not.toContain('? help');
    await loaded();
    expect(r.screen()).toMatch(/2\/\d+\s*$/);
    expect(r.screen()).not.toContain('Typed ahead');
  });
});
