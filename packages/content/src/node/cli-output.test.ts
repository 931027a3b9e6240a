import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFailure } from './cli-write-failure.ts';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'confnotes-cli-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A catalog far larger than a pipe's buffer, so that a reader closing early is seen mid-write.
mkdirSync(join(root, 'content', 'posts'), { recursive: true });
writeFileSync(
  join(root, 'content', 'posts', 'long.md'),
  `---\ntitle: Long\n---\n${'A paragraph of a long recap.\n\n'.repeat(20_000)}`,
);

const run = (args: string[], stdout: 'pipe' | number = 'pipe') =>
  spawnSync(process.execPath, [cli, ...args, '--no-cache'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
  });

/** Runs the CLI, reads its first chunk of standard output and closes the pipe, as `head` does. */
function runClosedEarly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args, '--no-cache'], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout.once('data', () => child.stdout.destroy());
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const oneLine = /^confnotes: cannot write [^\n]+\.\n$/;

describe('confnotes output that cannot be written', () => {
  it('ends quietly with its own exit code when the reader closes the pipe early', async () => {
    const result = await runClosedEarly(['export', 'content']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  // `/proc/self/fd/1` is `/dev/stdout` without the risk, should the CLI rename a file over it.
  // A shell gives it a pipe (Node's own pipes are sockets, which it cannot open), and says the
  // CLI's exit code on stderr after anything the CLI said there.
  it.runIf(existsSync('/proc/self/fd/1'))(
    'writes an --out that is a pipe in place, and ends quietly when its reader stops early',
    () => {
      const piped = (reader: string) =>
        spawnSync(
          'sh',
          [
            '-c',
            `{ "$0" "$1" export content --no-cache --out /proc/self/fd/1; echo "exit $?" >&2; } | ${reader}`,
            process.execPath,
            cli,
          ],
          // The catalog of the long post is larger than the default 1 MB.
          { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
      const whole = piped('cat');
      expect(whole.stderr).toBe('exit 0\n');
      expect(JSON.parse(whole.stdout).posts).toHaveLength(1);
      expect(piped('head -c 1').stderr).toBe('exit 0\n');
    },
  );

  it('says in one line that --out is in a folder that does not exist, and leaves nothing', () => {
    const result = run(['export', 'content', '--out', 'missing/cat.json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(oneLine);
    expect(result.stderr).toContain('cannot write missing/cat.json: its folder does not exist.');
    expect(existsSync(join(root, 'missing'))).toBe(false);
  });

  it('says in one line that --out is a folder, and leaves no temporary file in it', () => {
    const result = run(['export', 'content', '--out', root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(oneLine);
    expect(result.stderr).toBe(
      `confnotes: cannot write ${root}: it names a folder. Pass a file in it, such as \`${join(root, 'catalog.json')}\`.\n`,
    );
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says that --out names a folder when it ends in /, before the build, whether the folder exists or not', () => {
    const result = run(['export', 'content', '--out', 'new-folder/']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'confnotes: cannot write new-folder/: it names a folder, which does not exist. Make the folder and pass a file in it, such as `new-folder/catalog.json`.\n',
    );
    expect(readdirSync(root).filter((name) => name.startsWith('new-folder'))).toEqual([]);
  });

  it('says in one line that --out is a loop of links, before the build', () => {
    symlinkSync('loop.json', join(root, 'loop.json'));
    const result = run(['export', 'content', '--out', 'loop.json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'confnotes: cannot write loop.json: a symbolic link on its path is a loop of links, which never leads to a file or folder. Point the link at what it stands for, or remove it.\n',
    );
  });

  it.runIf(existsSync('/dev/full'))('says in one line that the disk is full', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [
        ['export', 'content'],
        ['check', 'content'],
      ]) {
        const result = run(args, full);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(oneLine);
        expect(result.stderr).toContain('cannot write standard output: the disk is full.');
      }
    } finally {
      closeSync(full);
    }
  });

  it.runIf(existsSync('/proc/self/fd/1'))(
    'writes an --out that names standard output to it, which a socket cannot be opened by name',
    () => {
      // spawnSync gives the child a socket, not a pipe.
      const result = spawnSync(
        process.execPath,
        [cli, 'export', 'content', '--no-cache', '--out', '/proc/self/fd/1'],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout).posts).toHaveLength(1);
    },
  );

  it.runIf(existsSync('/dev/stdout') && existsSync('/dev/stderr'))(
    'writes an --out that names standard output or error into the file the shell opened, keeping what it holds',
    () => {
      const log = join(root, 'log.txt');
      const shell = (redirected: string) => {
        writeFileSync(log, 'kept\n');
        const result = spawnSync(
          'sh',
          ['-c', `{ echo before; ${redirected}; echo after; } >> "$2"`, process.execPath, cli, log],
          { cwd: root, encoding: 'utf8' },
        );
        expect(result.status).toBe(0);
        const text = readFileSync(log, 'utf8');
        expect(text.startsWith('kept\nbefore\n{"version":')).toBe(true);
        expect(text.endsWith('}\nafter\n')).toBe(true);
        expect(
          JSON.parse(text.slice('kept\nbefore\n'.length, -'after\n'.length)).posts,
        ).toHaveLength(1);
        return result.stderr;
      };
      expect(shell('"$0" "$1" export content --no-cache --out /dev/stdout')).toBe('');
      expect(shell('"$0" "$1" export content --no-cache --out /dev/stderr 2>&1')).toBe('');
    },
  );

  it('names the path given and what to do, not the temporary file that failed', () => {
    const error = Object.assign(new Error("EACCES: open 'x.json.1.tmp'"), { code: 'EACCES' });
    expect(writeFailure('x.json', error)).toBe(
      'confnotes: cannot write x.json: permission denied. Write to a place you may write to.',
    );
    expect(writeFailure('x.json', new Error('odd'))).toBe(
      'confnotes: cannot write x.json: odd. Check the path and try again.',
    );
  });
});

describe('a CliOutput of code that runs the CLI', () => {
  it('ends the writing quietly by throwing OutputStopped, from the package entry', async () => {
    const { OutputStopped, runCli } = await import('./index.ts');
    const errors: string[] = [];
    let chunks = 0;
    const code = await runCli(['export', join(root, 'content'), '--no-cache'], {
      out: () => {},
      err: (line) => errors.push(line),
      write: () => {
        chunks++;
        throw new OutputStopped();
      },
    });
    expect({ code, chunks, errors }).toEqual({ code: 0, chunks: 1, errors: [] });
  });
});

describe('runCli run many times in one process, on its own streams', () => {
  it.runIf(existsSync('/dev/full'))(
    'listens to them once, and says once that standard output failed',
    () => {
      const runCliUrl = new URL('./run-cli.ts', import.meta.url).href;
      const script = `import { runCli } from ${JSON.stringify(runCliUrl)};
for (let i = 0; i < 12; i++) await runCli(['--version']);
const code = await runCli(['check', 'content', '--no-cache']);
console.error('listeners', process.stdout.listenerCount('error'), 'code', code);`;
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', full, 'pipe'],
        });
        expect(result.stderr).toBe(
          'confnotes: cannot write standard output: the disk is full. Free some space, or write somewhere else.\nlisteners 1 code 1\n',
        );
      } finally {
        closeSync(full);
      }
    },
  );
});
