import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy } from './own-copy.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap still in use after keeping one cut of each of 20 texts of 1 MB, the texts let go. */
function retainedBy(keep: (cut: string) => string): { bytes: number; kept: string[] } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 20; i++) {
    const text = `${i} ${'article text '.repeat(80_000)}`;
    kept.push(keep(text.slice(100, 160)));
  }
  gc();
  return { bytes: process.memoryUsage().heapUsed - before, kept };
}

describe('ownCopy', () => {
  it('is equal to the text', () => {
    expect(ownCopy('Docker Swarm in production')).toBe('Docker Swarm in production');
    expect(ownCopy('')).toBe('');
  });

  it('does not keep the text it was cut from alive', () => {
    const views = retainedBy((cut) => cut);
    const copies = retainedBy(ownCopy);
    // A cut kept as it is holds its 1 MB text: the check has something to tell apart.
    expect(views.bytes).toBeGreaterThan(15 * 2 ** 20);
    expect(copies.bytes).toBeLessThan(2 ** 20);
    expect(copies.kept).toEqual(views.kept);
  });
});
