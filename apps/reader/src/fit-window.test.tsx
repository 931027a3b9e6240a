import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCatalog } from './test/catalog-fixture.ts';
import { renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

const bodyOf = (screen: string) => screen.split('\n').slice(1, -1);

describe('a resize', () => {
  it('keeps the selected row of a list in view, and fills a taller window', async () => {
    const r = await renderReader({ catalog: fixtureCatalog({ extraPosts: 40 }), rows: 24 });
    current = r;
    await r.press('G');
    const last = bodyOf(r.screen()).at(-1)!;
    expect(last.startsWith('› ')).toBe(true);

    await r.resize(80, 8);
    expect(bodyOf(r.screen()).at(-1)).toBe(last);

    await r.resize(80, 40);
    const body = bodyOf(r.screen());
    expect(body).toHaveLength(38);
    expect(body.at(-1)).toBe(last);
    expect(body.every((line) => line.trim() !== '')).toBe(true);
  });

  it('keeps the help screen within its text when the window grows', async () => {
    const r = await renderReader({ rows: 12 });
    current = r;
    await r.press('?', 'G');
    // Taller than the whole help: nothing is left to scroll.
    await r.resize(80, 60);
    expect(bodyOf(r.screen())[0]).toBe('Everywhere');
    await r.press('j');
    expect(bodyOf(r.screen())[0]).toBe('Everywhere');
  });
});
