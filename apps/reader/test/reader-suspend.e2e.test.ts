import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTerminal, type Terminal } from './tmux.ts';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
let dir: string;
let term: Terminal | undefined;

// A content directory, not a catalog file: read from a directory, nothing but input keeps the
// reader's process running, and input is paused while it is stopped.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-reader-suspend-'));
  mkdirSync(join(dir, 'posts'));
  for (const name of ['First', 'Second', 'Third']) {
    writeFileSync(
      join(dir, 'posts', `${name.toLowerCase()}.md`),
      `---\ntitle: ${name} post\ndate: 2020-01-0${name.length % 9}\n---\n\nA ${name} paragraph.\n`,
    );
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => term?.close());

/** An interactive bash, with job control, running the reader on the directory. */
async function readerInShell() {
  const t = startTerminal("PS1='$ ' bash --norc --noprofile -i", {
    columns: 80,
    rows: 24,
    env: { TERM: 'xterm-256color', NO_COLOR: '' },
  });
  term = t;
  await t.waitFor(/^\$/m);
  await t.type(`${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${JSON.stringify(dir)}`);
  await t.keys('Enter');
  await t.waitFor('1 Posts 3');
  return t;
}

describe('the reader under a shell with job control', () => {
  it('stops on Ctrl+Z, giving the shell a usable terminal, and comes back with fg where it was', async () => {
    const t = await readerInShell();
    await t.keys('j', 'C-z');
    // The shell has the main screen back, and the terminal reads lines again (stty shows icanon).
    await t.waitFor('Stopped');
    await t.type('stty -a | grep -o -- "-*icanon"; echo stty-done');
    await t.keys('Enter');
    const shell = await t.waitFor(/^stty-done/m);
    expect(shell).not.toContain('1 Posts 3');
    expect(shell).toMatch(/^icanon$/m);

    await t.type('fg');
    await t.keys('Enter');
    const back = await t.waitFor('1 Posts 3');
    expect(back.split('\n')[2]).toMatch(/^› /);
    await t.keys('q');
    await t.type('echo "reader-exit=$?"');
    await t.keys('Enter');
    await t.waitFor('reader-exit=0');
  });

  it('hands the terminal back as Ctrl+Z does when it is stopped with kill -TSTP', async () => {
    const t = await readerInShell();
    // The reader is the shell's one child.
    const reader = execFileSync('ps', ['-o', 'pid=', '--ppid', t.display('#{pane_pid}')], {
      encoding: 'utf8',
    }).trim();
    process.kill(Number(reader), 'SIGTSTP');
    await t.waitFor('Stopped');
    expect(t.display('#{alternate_on} #{cursor_flag}')).toBe('0 1');
    await t.type('fg');
    await t.keys('Enter');
    await t.waitFor('1 Posts 3');
    await t.keys('q');
    await t.type('echo "reader-exit=$?"');
    await t.keys('Enter');
    await t.waitFor('reader-exit=0');
  });
});
