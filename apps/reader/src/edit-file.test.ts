import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editFile, editorCommand } from './edit-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'confnotes-edit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editorCommand', () => {
  it('takes VISUAL, then EDITOR, then vi, with its own arguments, and the line before the file', () => {
    expect(editorCommand({ VISUAL: 'nvim', EDITOR: 'nano' }, 'a.md', 12)).toEqual([
      'nvim',
      ['+12', 'a.md'],
    ]);
    expect(editorCommand({ EDITOR: ' code  --wait ' }, 'a b.md', 3)).toEqual([
      'code',
      ['--wait', '+3', 'a b.md'],
    ]);
    expect(editorCommand({ VISUAL: '' }, 'a.md', 0)).toEqual(['vi', ['+1', 'a.md']]);
  });
});

describe('editFile', () => {
  it('runs the editor on the file at the line and resolves once it exits', async () => {
    const editor = join(dir, 'editor.sh');
    const args = join(dir, 'args');
    writeFileSync(editor, `#!/bin/sh\necho "$@" > ${JSON.stringify(args)}\n`, { mode: 0o755 });
    expect(await editFile('/tmp/post.md', 7, { EDITOR: editor })).toBeUndefined();
    expect(readFileSync(args, 'utf8')).toBe('+7 /tmp/post.md\n');
  });

  it('says what went wrong when the editor cannot start or fails', async () => {
    expect(await editFile('/tmp/post.md', 1, { EDITOR: join(dir, 'no-such-editor') })).toMatch(
      /^Could not start .*no-such-editor to edit the article: set EDITOR/,
    );
    const failing = join(dir, 'failing.sh');
    writeFileSync(failing, '#!/bin/sh\nexit 2\n', { mode: 0o755 });
    expect(await editFile('/tmp/post.md', 1, { EDITOR: failing })).toContain('exited with code 2');
  });
});
