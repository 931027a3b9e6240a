import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

describe('a search typed in an article', () => {
  it('goes back to where it began when cancelled with esc', async () => {
    const r = await renderReader();
    current = r;
    await r.press('j', KEY.enter, 'd');
    const before = r.screen();
    expect(before).toMatch(/12-33\/\d+/);
    await r.press('/', ...'supercontainer');
    expect(r.screen()).toContain('supercontainer that manages volumes');
    expect(r.screen()).not.toMatch(/12-33\/\d+/);
    await r.press(KEY.esc);
    expect(r.screen()).toBe(before);
  });

  it('goes back to where it began when its text is erased, and stays at a kept match', async () => {
    const r = await renderReader();
    current = r;
    await r.press('j', KEY.enter, '/', ...'supercontainer');
    await r.press(...Array.from({ length: 'supercontainer'.length }, () => KEY.backspace));
    expect(r.screen()).toMatch(/1-22\/\d+/);
    await r.press(...'supercontainer', KEY.enter);
    expect(r.screen()).toContain('supercontainer that manages volumes');
    await r.press(KEY.esc);
    expect(r.screen()).toContain('1 Posts 3');
  });
});
