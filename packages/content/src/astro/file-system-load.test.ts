import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSystemLoad } from './file-system-load.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-fs-load-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
mkdirSync(join(content, 'posts'), { recursive: true });
writeFileSync(
  join(content, 'posts', 'live.md'),
  '---\ntitle: Live\n---\nIda Moss spoke about **Gentle Gears at Scale**.\n',
);
writeFileSync(
  join(content, 'posts', 'draft.md'),
  '---\ntitle: Not yet\ndraft: true\n---\nBo Stone spoke about **Quiet Queues at Scale**.\n',
);

describe('fileSystemLoad', () => {
  it('leaves out drafts and what only they report, unless asked to keep them', async () => {
    const names = async (drafts?: boolean) => {
      const { catalog } = await fileSystemLoad({ cacheDir: false, drafts })(content);
      return [catalog.posts, catalog.talks, catalog.speakers].map((list) =>
        list.map((r) => ('title' in r ? r.title : r.name)),
      );
    };
    expect(await names()).toEqual([['Live'], ['Gentle Gears at Scale'], ['Ida Moss']]);
    expect(await names(true)).toEqual([
      ['Not yet', 'Live'],
      ['Quiet Queues at Scale', 'Gentle Gears at Scale'],
      ['Bo Stone', 'Ida Moss'],
    ]);
  });
});
