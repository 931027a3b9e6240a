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

describe('the status line of a search', () => {
  it('says which match is current and of how many, and when a search finds nothing', async () => {
    const r = await renderReader();
    current = r;
    await r.press('j', KEY.enter, '/', ...'docker');
    const total = Number(r.screen().match(/match 1\/(\d+) /)?.[1]);
    expect(total).toBeGreaterThan(1);
    await r.press(KEY.enter);
    // n goes through every match once and comes back to the first.
    for (let n = 2; n <= total; n++) {
      await r.press('n');
      expect(r.screen()).toContain(`match ${n}/${total} `);
    }
    await r.press('n');
    expect(r.screen()).toContain(`match 1/${total} `);
    await r.press('/', ...'dockerzz');
    expect(r.screen()).toMatch(/search: dockerzz .*no match {2}\d+-\d+\//);
  });
});

describe('a search typed after another', () => {
  it('keeps the last search when cancelled, and repeats it when enter comes alone', async () => {
    const r = await renderReader();
    current = r;
    await r.press('j', KEY.enter, '/', ...'docker', KEY.enter);
    const kept = r.screen();
    const total = Number(kept.match(/match 1\/(\d+) /)?.[1]);
    expect(total).toBeGreaterThan(2);
    await r.press('/', ...'volume', KEY.esc);
    expect(r.screen()).toBe(kept);
    await r.press('/', KEY.enter);
    expect(r.screen()).toContain(`match 2/${total} `);
    await r.press('n');
    expect(r.screen()).toContain(`match 3/${total} `);
  });
});
