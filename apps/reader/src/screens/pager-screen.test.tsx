import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LookContext } from '../components/theme-context.ts';
import type { PagerState } from '../pager.ts';
import type { PostDoc } from '../render/post-doc.ts';
import { fixtureCatalog, makePost } from '../test/catalog-fixture.ts';
import { KEY, renderReader } from '../test/render-reader.tsx';
import { plainTheme } from '../theme.ts';
import { PagerScreen } from './pager-screen.tsx';

// Colour on, before Ink's colour library reads the terminal: the palette alone decides.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const state: PagerState = {
  screen: 'post',
  id: 'deep',
  top: 0,
  width: 40,
  search: '',
  match: -1,
  focus: -1,
};
const doc: PostDoc = { lines: [], links: [], targets: [], headerLines: 0, error: 'too deep' };

describe('PagerScreen', () => {
  it('says an article could not be laid out in the theme, without colour when there is none', () => {
    const { lastFrame, unmount } = render(
      <LookContext.Provider value={{ theme: plainTheme, hyperlinks: false }}>
        <PagerScreen doc={doc} state={state} height={5} />
      </LookContext.Provider>,
    );
    const frame = lastFrame() ?? '';
    unmount();
    expect(frame).toContain('This article could not be laid out: too deep');
    // Bold is the plain palette's error: no colour code, whatever the terminal.
    expect(frame).not.toMatch(/\u001b\[3[0-9]m|\u001b\[9[0-7]m/);
  });
});

describe('raw HTML in an article', () => {
  let current: Awaited<ReturnType<typeof renderReader>> | undefined;
  afterEach(() => current?.unmount());

  it('reads as its Markdown would: no tag shown, and no line break as ^J', async () => {
    const body = [
      'The venue.',
      '',
      '<figure class="image-figure">',
      '<img src="/images/venue.jpg" alt="the venue from the sky" />',
      '<figcaption>Source: the city</figcaption>',
      '</figure>',
    ].join('\n');
    const catalog = {
      ...fixtureCatalog(),
      posts: [makePost({ id: 'html', title: 'Venue', body })],
    };
    current = await renderReader({ catalog, columns: 80, rows: 20 });
    await current.press(KEY.enter);
    const lines = current.screen().split('\n');
    expect(current.screen()).not.toContain('^J');
    expect(current.screen()).not.toMatch(/<\/?(figure|img|figcaption)\b/);
    expect(lines).toContain('[image: the venue from the sky]');
    expect(lines).toContain('Source: the city');
  });
});

describe('Japanese in an article', () => {
  let current: Awaited<ReturnType<typeof renderReader>> | undefined;
  afterEach(() => current?.unmount());

  it('never starts a line with closing punctuation', async () => {
    // At 40 columns, each 。 would be the first character of a line.
    const body = 'これは日本語の記事です。山田さんがコンテナの話をしました。'.repeat(3);
    const catalog = { ...fixtureCatalog(), posts: [makePost({ id: 'ja', title: '報告', body })] };
    current = await renderReader({ catalog, columns: 40, rows: 20 });
    await current.press(KEY.enter);
    const lines = current.screen().split('\n');
    expect(lines.some((line) => line.includes('山田'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/^[。、」]/);
  });
});

describe('an article on a very wide terminal', () => {
  let current: Awaited<ReturnType<typeof renderReader>> | undefined;
  afterEach(() => current?.unmount());

  it('is laid out 120 columns wide at most, where its lines ran the whole width', async () => {
    const body = 'Words of a long paragraph about containers in production. '.repeat(20);
    const catalog = { ...fixtureCatalog(), posts: [makePost({ id: 'wide', title: 'Wide', body })] };
    current = await renderReader({ catalog, columns: 200, rows: 20 });
    await current.press(KEY.enter);
    const lines = current.screen().split('\n').slice(1, -1);
    const widest = Math.max(...lines.map((line) => line.trimEnd().length));
    expect(widest).toBeLessThanOrEqual(120);
    expect(widest).toBeGreaterThan(110);
    // The title and status bars still take the whole width.
    expect(current.screen().split('\n').at(-1)!.length).toBeGreaterThan(150);
  });
});
