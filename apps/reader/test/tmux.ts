import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// A real terminal for end-to-end tests: a detached tmux server on its own socket, so tests never
// touch a user's sessions. Keys go in with send-keys; the screen comes back with capture-pane.

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

export type Terminal = {
  /** Sends tmux key names (`Enter`, `Escape`, `Tab`, `BTab`, `j`...) one at a time. */
  keys(...keys: string[]): Promise<void>;
  /** Types literal text. */
  type(text: string): Promise<void>;
  /** The visible screen as text. */
  screen(): string;
  /** The visible screen with its colours and attributes, as SGR sequences. */
  styledScreen(): string;
  /** Waits until the screen contains `text` (or matches it), then returns the screen. */
  waitFor(
    text: string | RegExp | ((screen: string) => boolean),
    timeoutMs?: number,
  ): Promise<string>;
  resize(columns: number, rows: number): Promise<void>;
  /** A tmux format about the pane, such as `#{pane_pid}` or `#{alternate_on}`. */
  display(format: string): string;
  close(): void;
};

let counter = 0;

/** Starts `command` (a shell command line) in a new tmux session of the given size. */
// A person's terminal is not a CI job: with CI set, Ink draws only the final frame, so the
// reader would show nothing until it quits. The tmux server takes this environment.
const { CI: _ci, CONTINUOUS_INTEGRATION: _cic, ...terminalEnv } = process.env;

export function startTerminal(
  command: string,
  options: {
    columns: number;
    rows: number;
    env?: Record<string, string>;
    rawLog?: string;
    /** tmux commands read as the server starts, before the command runs (`set -g ...`). */
    config?: string;
  },
): Terminal {
  const socket = `confnotes-reader-${process.pid}-${counter++}`;
  let config = '/dev/null';
  if (options.config) {
    config = join(mkdtempSync(join(tmpdir(), 'confnotes-tmux-')), 'tmux.conf');
    writeFileSync(config, `${options.config}\n`);
  }
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, '-f', config, ...args], {
      encoding: 'utf8',
      env: terminalEnv,
    });
  const env = Object.entries(options.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  tmux(
    'new-session',
    '-d',
    '-s',
    'e2e',
    '-x',
    String(options.columns),
    '-y',
    String(options.rows),
    ...env,
    command,
  );
  tmux('set-option', '-g', 'escape-time', '0');
  if (options.rawLog) tmux('pipe-pane', '-o', '-t', 'e2e', `cat >> ${options.rawLog}`);
  const screen = () => tmux('capture-pane', '-p', '-t', 'e2e');
  const styledScreen = () => tmux('capture-pane', '-p', '-e', '-t', 'e2e');
  return {
    async keys(...keys) {
      for (const key of keys) {
        tmux('send-keys', '-t', 'e2e', key);
        // Ink reads a lone ESC as the Escape key only after 20 ms of silence.
        await sleep(key === 'Escape' ? 80 : 30);
      }
    },
    async type(text) {
      tmux('send-keys', '-t', 'e2e', '-l', text);
      await sleep(50);
    },
    screen,
    styledScreen,
    async waitFor(text, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let last = '';
      while (Date.now() < deadline) {
        last = screen();
        const found =
          typeof text === 'string'
            ? last.includes(text)
            : typeof text === 'function'
              ? text(last)
              : text.test(last);
        if (found) return last;
        await sleep(40);
      }
      throw new Error(`the screen never showed ${String(text)}; it shows:\n${last}`);
    },
    async resize(columns, rows) {
      tmux('resize-window', '-t', 'e2e', '-x', String(columns), '-y', String(rows));
      await sleep(100);
    },
    display(format) {
      return tmux('display-message', '-p', '-t', 'e2e', format).trim();
    },
    close() {
      spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
    },
  };
}
