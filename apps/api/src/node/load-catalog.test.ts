import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveLoadCatalog } from './load-catalog.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-api-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
cpSync(fileURLToPath(new URL('../../../../content', import.meta.url)), content, {
  recursive: true,
});

describe('resolveLoadCatalog', () => {
  it('versions a content directory’s catalog by what it was built from, not by hashing its JSON', async () => {
    const load = await resolveLoadCatalog(() => {});
    const first = await load(content);
    expect(first.text?.tag).toMatch(/^[0-9a-f]{24}$/);
    expect(first.text?.json).toBeUndefined();
    expect((await load(content)).text?.tag).toBe(first.text?.tag);
    const post = join(content, 'posts', readdirSync(join(content, 'posts')).sort()[0]!);
    appendFileSync(post, '\nOne more line.\n');
    const edited = await load(content);
    expect(edited.text?.tag).toMatch(/^[0-9a-f]{24}$/);
    expect(edited.text?.tag).not.toBe(first.text?.tag);
  });
});
