import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisCache } from './analysis-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-analysis-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Distinct bytes for each key, so that one payload written over another shows. */
const payload = (key: string, length: number) =>
  Buffer.from(Array.from({ length }, (_, i) => (key.charCodeAt(0) * 31 + i) & 0xff));

describe('AnalysisCache', () => {
  it('gives back what was written, before and after it is stored as packs', () => {
    const dir = join(root, 'packs');
    const cache = new AnalysisCache(dir, { packBytes: 1000 });
    const sizes = { c: 70_000, a: 300, b: 500, d: 40, e: 700, f: 10, g: 100 };
    const early = new Map<string, Buffer>();
    for (const [key, length] of Object.entries(sizes)) {
      // The caller's buffer is its own to reuse: the cache keeps a copy.
      const bytes = payload(key, length);
      cache.write(key, bytes);
      bytes.fill(0);
      // Read while still pending (not when this write made a pack of them).
      if (cache.pendingBytes > 0) early.set(key, cache.readBytes(key)!);
    }
    cache.write('text', 'Zoë “quoted”');
    expect(cache.read('text')).toBe('Zoë “quoted”');
    cache.flush();
    // Several packs were written, through one buffer used again for each (and grown once for
    // a payload larger than it).
    expect(readdirSync(dir).filter((n) => n.endsWith('.pack')).length).toBeGreaterThan(1);
    // What was read before a flush stays whole after the buffer is written over.
    expect([...early.keys()]).toEqual(['a', 'b', 'd', 'f', 'g']);
    for (const [key, bytes] of early)
      expect(bytes.equals(payload(key, bytes.length)), key).toBe(true);
    cache.close();
    const again = new AnalysisCache(dir);
    for (const [key, length] of Object.entries(sizes))
      expect(again.readBytes(key)!.equals(payload(key, length)), key).toBe(true);
    expect(again.read('text')).toBe('Zoë “quoted”');
    expect(again.readBytes('missing')).toBeUndefined();
    again.close();
  });
});
