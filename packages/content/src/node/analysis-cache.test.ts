import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisCache, analysisKey, analysisKeyOfFile } from './analysis-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-analysis-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const packs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pack'));

/** Distinct bytes for each key, so that one payload written over another shows. */
const payload = (key: string, length: number) =>
  Buffer.from(Array.from({ length }, (_, i) => (key.charCodeAt(0) * 31 + i) & 0xff));

describe('AnalysisCache', () => {
  it('gives back what was written, before and after it is stored as packs', () => {
    const dir = join(root, 'reused-buffer');
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

describe('AnalysisCache', () => {
  it('stores entries in a pack and reads them back, and nothing once damaged', () => {
    const dir = join(root, 'packs');
    const cache = new AnalysisCache(dir);
    cache.write('k1', '{"a":"é"}');
    cache.write('k2', '{"b":2}');
    cache.flush();
    expect(new AnalysisCache(dir).read('k1')).toBe('{"a":"é"}');
    const [pack] = packs(dir);
    const file = join(dir, pack!);
    const bytes = readFileSync(file);
    bytes[2] = bytes[2]! ^ 1;
    writeFileSync(file, bytes);
    expect(new AnalysisCache(dir).read('k1')).toBeUndefined();
    expect(new AnalysisCache(dir).read('k2')).toBe('{"b":2}');
    writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    expect(new AnalysisCache(dir).read('k2')).toBeUndefined();
  });
});

describe('AnalysisCache.write', () => {
  it('stores a pack once enough is held, so a long build never holds every payload', () => {
    const dir = join(root, 'pack-bytes');
    const cache = new AnalysisCache(dir, { packBytes: 100 });
    for (let i = 0; i < 10; i++) {
      cache.write(`k${i}`, JSON.stringify({ i, pad: 'x'.repeat(30) }));
      expect(cache.pendingBytes).toBeLessThan(100);
    }
    expect(packs(dir).length).toBe(3);
    const reread = new AnalysisCache(dir);
    expect(JSON.parse(reread.read('k0')!).i).toBe(0);
    expect(JSON.parse(reread.read('k5')!).i).toBe(5);
    // The last ones are still held, and read from memory until flushed.
    expect(JSON.parse(cache.read('k9')!).i).toBe(9);
  });
});

describe('AnalysisCache.compact', () => {
  it('rewrites many packs into one holding only the live entries', () => {
    const dir = join(root, 'compact');
    for (let i = 0; i < 70; i++) {
      const cache = new AnalysisCache(dir);
      cache.write(`k${i}`, `{"i":${i}}`);
      cache.flush();
    }
    expect(packs(dir)).toHaveLength(70);
    new AnalysisCache(dir).compact(new Set(['k3', 'k69']));
    expect(packs(dir)).toHaveLength(1);
    const cache = new AnalysisCache(dir);
    expect([cache.read('k3'), cache.read('k69'), cache.read('k4')]).toEqual([
      '{"i":3}',
      '{"i":69}',
      undefined,
    ]);
  });
});

describe('analysisKeyOfFile', () => {
  it("is the key of the file's bytes, whatever their length against the buffer it reads through", () => {
    const dir = mkdtempSync(join(root, 'keys-'));
    // Empty, shorter than one chunk, one byte over, and several chunks with multi-byte text.
    const texts = ['', 'Zoë “quoted”', 'x'.repeat(64 * 1024 + 1), 'Ünïcode — '.repeat(30_000)];
    texts.forEach((text, i) => {
      const file = join(dir, `${i}.md`);
      writeFileSync(file, text);
      // Twice: what one file leaves in the shared buffer never reaches the next key.
      for (let k = 0; k < 2; k++)
        expect(analysisKeyOfFile(`posts/${i}.md`, file, 'v1')).toBe(
          analysisKey(`posts/${i}.md`, Buffer.from(text), 'v1'),
        );
    });
    expect(analysisKeyOfFile('posts/0.md', join(dir, '0.md'), 'v2')).not.toBe(
      analysisKeyOfFile('posts/0.md', join(dir, '0.md'), 'v1'),
    );
  });

  it('throws what reading the file throws', () => {
    expect(() => analysisKeyOfFile('posts/none.md', join(root, 'none.md'), 'v1')).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
    expect(() => analysisKeyOfFile('posts', root, 'v1')).toThrow(
      expect.objectContaining({ code: 'EISDIR' }),
    );
  });
});
