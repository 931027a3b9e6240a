import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { colorsFor } from './colors.ts';
import { contentTree } from './fixtures/content-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'confnotes-colors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = contentTree(root, 'content', {
  'posts/a.md': '---\ntitle: A\n---\nSee [x] (http://example.com).\n',
  'posts/x.md': '---\ntitle: X\ndate: 2015-02-30\n---\nBody\n',
});

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colorsFor', () => {
  it('colors a terminal, and neither a pipe nor a dumb terminal', () => {
    expect(colorsFor(tty, {})).toBe(true);
    expect(colorsFor(pipe, {})).toBe(false);
    expect(colorsFor(tty, { TERM: 'dumb' })).toBe(false);
  });

  it('leaves colors out with NO_COLOR, and follows FORCE_COLOR first, as Node does', () => {
    expect(colorsFor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorsFor(tty, { NO_COLOR: '' })).toBe(true);
    expect(colorsFor(tty, { NODE_DISABLE_COLORS: '1' })).toBe(false);
    expect(colorsFor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorsFor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(colorsFor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorsFor(tty, { FORCE_COLOR: 'false', NO_COLOR: '' })).toBe(false);
    expect(colorsFor(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorsFor(pipe, { FORCE_COLOR: '3' })).toBe(true);
    expect(colorsFor(tty, { FORCE_COLOR: 'yes' })).toBe(false);
  });
});

describe('the text of check on an output that takes colors', () => {
  it('colors the severities and the counts that are not zero, and nothing else', async () => {
    const lines: string[] = [];
    const output = { out: (l: string) => lines.push(l), err: () => {} };
    const args = ['check', dir, '--no-cache', '--workers', '1'];
    await runCli(args, { ...output, colors: { out: true, err: false } });
    const text = lines.join('\n');
    expect(text).toMatch(/x\.md:3:7 \u001b\[31merror\u001b\[39m invalid-date /);
    expect(text).toMatch(/a\.md:4:5 \u001b\[33mwarning\u001b\[39m malformed-link /);
    expect(text).toMatch(/: \u001b\[31m1 error\u001b\[39m, \u001b\[33m1 warning\u001b\[39m$/);
    lines.length = 0;
    await runCli(args, output);
    expect(lines.join('\n')).not.toContain('\u001b');
  });
});

describe('the general usage', () => {
  it('names the variables that turn colors off and on', async () => {
    const lines: string[] = [];
    await runCli(['--help'], { out: (l) => lines.push(l), err: () => {} });
    expect(lines.join('\n')).toMatch(/^ {2}NO_COLOR=1 .*\n {2}FORCE_COLOR=1 /m);
  });
});

describe('the confnotes bin', () => {
  const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
  const run = (env: NodeJS.ProcessEnv, ...args: string[]) => {
    const { FORCE_COLOR: _, NO_COLOR: __, ...rest } = process.env;
    return spawnSync(process.execPath, [cli, ...args, dir, '--no-cache'], {
      encoding: 'utf8',
      env: { ...rest, ...env },
    });
  };

  it('writes plain text to a pipe, and colors with FORCE_COLOR, standard error too', () => {
    expect(run({}, 'check').stdout).not.toContain('\u001b');
    expect(run({ FORCE_COLOR: '1' }, 'check').stdout).toContain('\u001b[31merror\u001b[39m');
    expect(run({ FORCE_COLOR: '1' }, 'export').stderr).toContain('\u001b[31merror\u001b[39m');
    expect(run({ FORCE_COLOR: '0' }, 'export').stderr).not.toContain('\u001b');
  });
});
