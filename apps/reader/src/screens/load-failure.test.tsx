import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderReader } from '../test/render-reader.tsx';

let current: Awaited<ReturnType<typeof renderReader>> | undefined;
afterEach(() => current?.unmount());

describe('a catalog that could not be read', () => {
  it('shows as much of a long error as fits, intact, and says how much more there is', async () => {
    const message = Array.from({ length: 30 }, (_, i) => `problem number ${i + 1}`).join('\n');
    const r = await renderReader({
      rows: 10,
      load: async () => {
        throw new Error(message);
      },
    });
    current = r;
    const lines = r.screen().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('confnotes');
    expect(lines.slice(1, 8)).toEqual(
      Array.from({ length: 7 }, (_, i) => `problem number ${i + 1}`),
    );
    expect(lines[8]).toBe('… 23 more lines, printed when you quit');
    expect(lines[9]).toBe('? help  q quit');
  });
});

describe('the keys before the catalog is read', () => {
  it('shows help with ? while the catalog loads, scrolls it, and closes it with esc', async () => {
    const r = await renderReader({ rows: 12, load: () => new Promise(() => {}) });
    current = r;
    expect(r.screen()).toContain('? help  q quit');
    await r.press('?');
    expect(r.screen().split('\n').slice(0, 2)).toEqual(['confnotes › keys', 'Everywhere']);
    await r.press('j');
    expect(r.screen().split('\n')[1]).toMatch(/^ {2}q, ctrl\+c +quit$/);
    await r.press(KEY.esc, '!');
    expect(r.screen()).toContain('Loading the catalog');
  });

  it('shows help with ? after the catalog failed to load', async () => {
    const r = await renderReader({
      load: async () => {
        throw new Error('the catalog is broken');
      },
    });
    current = r;
    await r.press('?');
    expect(r.screen()).toContain('Everywhere');
    await r.press('?');
    expect(r.screen()).toContain('the catalog is broken');
  });
});
