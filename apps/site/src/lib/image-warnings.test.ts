import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  holdImageWarnings,
  warnUnpublishedImages,
  writeHeldImageWarnings,
} from './image-warnings.ts';

const content = mkdtempSync(join(tmpdir(), 'confnotes-image-warnings-'));
writeFileSync(join(content, 'a.md'), '# A\n\n![one](/one.png)\n\n![two](/two.png)\n');
writeFileSync(join(content, 'b.md'), '# B\n\n![three](/three.png)\n');

const codes = (lines: string[]) => lines.map((line) => line.split(' warning')[0]);

describe('warnings of unpublished pictures', () => {
  afterEach(() => writeHeldImageWarnings(() => {}));

  it('are held during a build and written at its end, by article and line', () => {
    holdImageWarnings();
    const written: string[] = [];
    warnUnpublishedImages(content, 'b.md', ['/three.png'], (line) => written.push(line));
    warnUnpublishedImages(content, 'a.md', ['/two.png', '/one.png'], (line) => written.push(line));
    expect(written).toEqual([]);
    writeHeldImageWarnings((line) => written.push(line));
    expect(codes(written)).toEqual([
      expect.stringMatching(/a\.md:3:8$/),
      expect.stringMatching(/a\.md:5:8$/),
      expect.stringMatching(/b\.md:3:10$/),
    ]);
  });

  it('say how many more there are than the twenty listed', () => {
    holdImageWarnings();
    const images = Array.from({ length: 23 }, (_, i) => `/picture-${i}.png`);
    warnUnpublishedImages(content, 'a.md', images);
    const written: string[] = [];
    writeHeldImageWarnings((line) => written.push(line));
    expect(written).toHaveLength(21);
    expect(written.at(-1)).toBe('More pictures are not published: 3 besides the 20 listed above.');
  });

  it('are written as they come outside a build, as the dev server renders a page', () => {
    const written: string[] = [];
    warnUnpublishedImages(content, 'b.md', ['/three.png'], (line) => written.push(line));
    expect(codes(written)).toEqual([expect.stringMatching(/b\.md:3:10$/)]);
  });
});
