import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

const selected = (screen: string) => screen.split('\n').find((line) => line.startsWith('›'));

describe('a filter being typed', () => {
  it('moves the selection with the arrows and Ctrl+N/Ctrl+P, as fzf does, and keeps typing', async () => {
    const r = await renderReader();
    current = r;
    await r.press('/', 'd', 'o', 'c', 'k');
    const first = selected(r.screen());
    await r.press(KEY.down);
    const second = selected(r.screen());
    expect(second).not.toBe(first);
    expect(r.screen()).toContain('filter: dock');
    await r.press(KEY.up);
    expect(selected(r.screen())).toBe(first);
    await r.press('\u000e');
    expect(selected(r.screen())).toBe(second);
    await r.press('\u0010', 'e');
    expect(selected(r.screen())).toBe(first);
    expect(r.screen()).toContain('filter: docke');
    await r.press(KEY.down, KEY.enter, KEY.enter);
    expect(r.screen()).toContain(`post › ${second!.slice(2).split('  ')[0]}`);
  });

  it('deletes the last word with Ctrl+W, as readline and fzf do', async () => {
    const r = await renderReader();
    current = r;
    await r.press('/', ...'docker day ', '\u0017');
    expect(r.screen()).toMatch(/filter: docker\s/);
    expect(r.screen()).not.toContain('filter: docker day');
    await r.press('\u0017');
    expect(r.screen()).toMatch(/filter:\s+\d+\/\d+\n?$/);
  });
});
