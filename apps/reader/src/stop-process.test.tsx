import { afterEach, describe, expect, it } from 'vitest';
import { renderReader } from './test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

const CTRL_Z = '\u001a';

describe('Ctrl+Z', () => {
  it('stops the reader, from a list and while a filter is typed, and the reader runs on after', async () => {
    let stops = 0;
    const r = await renderReader({
      stop: async () => {
        stops++;
      },
    });
    current = r;
    await r.press(CTRL_Z);
    expect(stops).toBe(1);
    await r.press('/', 'i', 'm', CTRL_Z, 'p');
    expect(stops).toBe(2);
    expect(r.screen()).toContain('filter: imp');
  });

  it('says so where the reader cannot be stopped', async () => {
    const r = await renderReader();
    current = r;
    await r.press(CTRL_Z);
    expect(r.screen()).toContain('The reader cannot be suspended here');
  });
});
