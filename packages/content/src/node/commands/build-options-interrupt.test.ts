import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-posts.ts';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-interrupt-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// util-linux `script` runs the CLI on a terminal of its own, where Ctrl-C is a keystroke.
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('Ctrl-C during a build on a terminal', () => {
  it.runIf(hasScript)(
    'clears the progress line, so the shell prompt starts a clean line',
    async () => {
      // Long enough on one thread that the progress line is drawn well before the build ends.
      generateCorpus(join(root, 'content'), { posts: 3000, seed: 7 });
      const command = `"${process.execPath}" "${cli}" check content --workers 1 --no-cache`;
      const child = spawn('script', ['-qfec', command, '/dev/null'], {
        cwd: root,
        env: { ...process.env, TERM: 'xterm' },
      });
      let screen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        const first = !screen.includes('Reading articles');
        screen += chunk.toString('utf8');
        if (first && screen.includes('Reading articles')) child.stdin.write('\x03');
      });
      await new Promise((resolve) => child.on('close', resolve));
      const drawn = screen.lastIndexOf('Reading articles');
      expect(drawn).toBeGreaterThanOrEqual(0);
      expect(screen.slice(drawn)).toContain('\r\x1b[K');
    },
    30_000,
  );
});
