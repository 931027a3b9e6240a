import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentDirError, checkedContentDir } from './content-dir.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-content-dir-'));

describe('checkedContentDir', () => {
  it('gives back a folder that is there', () => {
    expect(checkedContentDir('CONFNOTES_CONTENT_DIR', 'notes', work)).toBe(work);
  });

  it('names the variable, what it was set to and where that led, when there is no folder there', () => {
    const missing = join(work, 'notes');
    expect(() => checkedContentDir('CONTENT_DIR', 'notes', missing)).toThrow(ContentDirError);
    expect(() => checkedContentDir('CONTENT_DIR', 'notes', missing)).toThrow(
      `CONTENT_DIR is "notes", which names ${missing}, where there is no folder. Set it to the folder that holds posts/`,
    );
  });

  it('refuses a file', () => {
    const file = join(work, 'post.md');
    writeFileSync(file, '# A post');
    expect(() => checkedContentDir('CONFNOTES_CONTENT_DIR', file, file)).toThrow(
      `CONFNOTES_CONTENT_DIR is "${file}" where there is no folder.`,
    );
  });
});
