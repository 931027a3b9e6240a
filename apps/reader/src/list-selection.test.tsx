import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCatalog } from './test/catalog-fixture.ts';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

const open = async () => {
  current = await renderReader({ catalog: fixtureCatalog({ extraPosts: 40 }), rows: 12 });
  return current;
};
const selectedRow = (screen: string) => screen.split('\n').find((line) => line.startsWith('› '));

describe('clearing a list filter', () => {
  it('puts back the list as it was when a filter is cancelled with esc', async () => {
    const r = await open();
    await r.press(...'jjjjjjjjjjjjjjj');
    const before = r.screen();
    expect(before).toMatch(/16\/43$/);
    await r.press('/', ...'number 3');
    expect(r.screen()).toContain('filter: number 3');
    await r.press(KEY.esc);
    expect(r.screen()).toBe(before);
  });

  it('keeps the row chosen in the filtered list selected when esc clears a kept filter', async () => {
    const r = await open();
    await r.press('/', ...'number 3', KEY.enter, 'j', 'j');
    const chosen = selectedRow(r.screen());
    expect(chosen).toContain('Extra post number 3');
    await r.press(KEY.esc);
    expect(r.screen()).not.toContain('filter "');
    expect(selectedRow(r.screen())).toBe(chosen);
  });
});
