import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleAssets } from './bundle-assets.ts';

const content = mkdtempSync(join(tmpdir(), 'confnotes-bundle-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('bundleAssets', () => {
  it("publishes a bundle's pictures, not the articles beside its index, whatever their extension", () => {
    const bundle = join(content, 'posts', 'my-talk');
    mkdirSync(join(bundle, 'img'), { recursive: true });
    for (const file of ['index.md', 'diagram.png', 'img/photo.jpg', 'notes.txt', 'day-two.mkdn'])
      writeFileSync(join(bundle, file), 'x');
    expect(bundleAssets(content, 'posts/my-talk/index.md').sort()).toEqual([
      'diagram.png',
      'img/photo.jpg',
    ]);
  });
});
