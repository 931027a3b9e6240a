import { describe, expect, it } from 'vitest';
import { holdingStoreSaves } from './hold-store-saves.ts';

function fakeMeta() {
  const values = new Map<string, string>();
  let sets = 0;
  return {
    meta: {
      has: (key: string) => values.has(key),
      set: (key: string, value: string) => {
        sets++;
        values.set(key, value);
      },
      delete: (key: string) => void values.delete(key),
    },
    values,
    sets: () => sets,
  };
}

const after = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('holdingStoreSaves', () => {
  it('touches the meta store more often than Astro saves while the work runs, and leaves no key', async () => {
    const { meta, values, sets } = fakeMeta();
    await expect(holdingStoreSaves(meta, after(1100, 'catalog'))).resolves.toBe('catalog');
    // Every gap between changes stays under Astro's 500 ms.
    expect(sets()).toBeGreaterThanOrEqual(4);
    expect(values.size).toBe(0);
    const count = sets();
    await after(450, undefined);
    expect(sets()).toBe(count);
  });

  it('stops touching when the work fails, and passes the failure on', async () => {
    const { meta, values, sets } = fakeMeta();
    const failing = after(250, undefined).then(() => Promise.reject(new Error('no disk')));
    await expect(holdingStoreSaves(meta, failing)).rejects.toThrow('no disk');
    const count = sets();
    await after(450, undefined);
    expect(sets()).toBe(count);
    expect(values.size).toBe(0);
  });

  it('only waits without a meta store', async () => {
    await expect(holdingStoreSaves(undefined, after(1, 7))).resolves.toBe(7);
  });
});
