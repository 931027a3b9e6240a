import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCatalog } from './test/catalog-fixture.ts';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

const firstRow = (screen: string) => screen.split('\n')[1] ?? '';
const statusLine = (screen: string) => screen.split('\n').at(-1) ?? '';

describe('s', () => {
  it('keeps the selected row selected, where the new order puts it', async () => {
    current = await renderReader({ catalog: fixtureCatalog({ extraPosts: 30 }), columns: 120 });
    await current.press('j', 'j', 'j', 'j', 'j');
    const selected = (screen: string) =>
      screen.split('\n').find((line) => line.startsWith('›')) ?? '';
    const title = selected(current.screen()).slice(2).split('  ')[0]!;
    const positions = new Set<string>();
    for (const _ of [1, 2, 3]) {
      await current.press('s');
      expect(selected(current.screen())).toContain(title);
      positions.add(statusLine(current.screen()).match(/\d+\/\d+$/)![0]);
    }
    // The orders do put it elsewhere: what is kept is the row, not merely the line.
    expect(positions.size).toBeGreaterThan(1);
  });
});

describe('s while a filter is active', () => {
  it('sorts the matches, from best match to each order and back, and says which', async () => {
    current = await renderReader({ catalog: fixtureCatalog({ extraPosts: 3 }), columns: 120 });
    await current.press('/', '2', KEY.enter);
    expect(statusLine(current.screen())).toContain('s sort: best match');
    expect(firstRow(current.screen())).toContain('DockerCon EU 2015 Day Two');
    await current.press('s');
    expect(statusLine(current.screen())).toContain('s sort: newest');
    expect(firstRow(current.screen())).toContain('Extra post number 2');
    await current.press('s', 's', 's');
    expect(statusLine(current.screen())).toContain('s sort: best match');
    expect(firstRow(current.screen())).toContain('DockerCon EU 2015 Day Two');
  });
});
