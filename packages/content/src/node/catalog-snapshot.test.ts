import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshot, writeSnapshot } from './catalog-snapshot.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-snapshot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('catalog snapshots', () => {
  it('reads back what was written under the same key only, and nothing once damaged', () => {
    const file = join(root, 'unit', 'catalog');
    const value = { catalog: { posts: [{ id: 'a', html: '<p>Zoë</p>'.repeat(10) }] } };
    writeSnapshot(file, 'k1', value);
    expect(readSnapshot(file, 'k1')).toStrictEqual(value);
    expect(readSnapshot(file, 'k2')).toBeUndefined();
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 1;
    writeFileSync(file, bytes);
    expect(readSnapshot(file, 'k1')).toBeUndefined();
    expect(readSnapshot(join(root, 'missing'), 'k1')).toBeUndefined();
  });
});
