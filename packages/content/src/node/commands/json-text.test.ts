import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { contentTree } from './fixtures/content-tree.ts';
import { terminalSafeJson } from './json-text.ts';

describe('terminalSafeJson', () => {
  it('escapes the characters that move or reorder a terminal’s text, and reads back the same', () => {
    const value = { title: 'Evil \u202eesrever\u202c and a\u2028line \u2066iso\u2069 \u200f' };
    const safe = terminalSafeJson(JSON.stringify(value));
    expect(safe).not.toMatch(/[\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(safe).toContain('\\u202e');
    expect(JSON.parse(safe)).toEqual(value);
    expect(terminalSafeJson('{"a":"plain é ✓"}')).toBe('{"a":"plain é ✓"}');
  });
});

/** What `check --format json` and `export` write of the content in `dir`, by command. */
async function jsonOf(dir: string): Promise<[command: string, text: string][]> {
  const written: [string, string][] = [];
  for (const command of [
    ['check', dir, '--format', 'json'],
    ['export', dir],
  ]) {
    let text = '';
    const sink = (chunk: string) => {
      text += chunk;
    };
    await runCli([...command, '--no-cache', '--workers', '1'], {
      out: (line) => sink(`${line}\n`),
      err: () => {},
      write: sink,
    });
    written.push([command[0]!, text]);
  }
  return written;
}

describe('the JSON of check and export', () => {
  it('writes a title that would reorder the terminal with escapes, and reads back the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'confnotes-json-text-'));
    try {
      const title = 'Notes \u202eesrever\u202c from\u2028the day';
      const dir = contentTree(root, 'c', { 'posts/a.md': `---\ntitle: "${title}"\n---\nFine.\n` });
      for (const [command, text] of await jsonOf(dir)) {
        expect(text, command).not.toMatch(/[\u202a-\u202e\u2028]/);
        expect(JSON.parse(text).posts[0].title, command).toBe(title);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes a file name holding C1 controls (CSI, OSC) with escapes, and reads back the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'confnotes-json-text-'));
    try {
      // U+009D starts an operating system command (here: retitle the window), U+009C ends it,
      // U+009B starts a control sequence (here: clear the screen): a terminal may act on each.
      const name = 'posts/a\u009d0;pwned\u009c\u009b2Jb.md';
      const dir = contentTree(root, 'c', { [name]: '---\ntitle: Fine\n---\nFine.\n' });
      for (const [command, text] of await jsonOf(dir)) {
        expect(text, command).not.toMatch(/[\u0080-\u009f]/);
        expect(
          JSON.parse(text).posts[0].source?.path ?? JSON.parse(text).posts[0].path,
          command,
        ).toBe(name);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
