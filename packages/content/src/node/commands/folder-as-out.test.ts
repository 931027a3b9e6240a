import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTree } from './fixtures/content-tree.ts';
import { folderAsOut } from './folder-as-out.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-folder-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = contentTree(root, 'content', {
  'posts/a.md': '---\ntitle: A\n---\n',
  'events/e.yaml': 'name: E\n',
});

describe('an --out that names a folder', () => {
  it('is told the file to pass in it, and to make it first when it is not there', async () => {
    expect(await folderAsOut(root, dir)).toBe(
      `confnotes: cannot write ${root}: it names a folder. Pass a file in it, such as \`${join(root, 'catalog.json')}\`.`,
    );
    const missing = join(root, 'out');
    expect(await folderAsOut(`${missing}/`, dir)).toBe(
      `confnotes: cannot write ${missing}/: it names a folder, which does not exist. Make the folder and pass a file in it, such as \`${join(missing, 'catalog.json')}\`.`,
    );
  });

  it('is never told a file the build would read, for a folder of the records', async () => {
    const events = join(dir, 'events');
    expect(await folderAsOut(events, dir)).toBe(
      `confnotes: cannot write ${events}: it names a folder of the content. Pass a file outside the articles and records, such as \`${join(dir, 'catalog.json')}\`.`,
    );
  });
});
