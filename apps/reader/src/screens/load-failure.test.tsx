import { afterEach, describe, expect, it } from 'vitest';
import { renderReader } from '../test/render-reader.tsx';

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
    expect(lines[9]).toBe('q to quit');
  });
});
