import { spawn } from 'node:child_process';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The editor to open `file` at `line` with, as git and less pick it: `$VISUAL`, else `$EDITOR`,
 * else vi. The variable's words are the program and its first arguments (`code --wait`), run
 * without a shell; `+line` goes before the file, as vi, emacs, nano and micro read it.
 * @example editorCommand({ EDITOR: 'code --wait' }, 'posts/a.md', 12) // ['code', ['--wait', '+12', 'posts/a.md']]
 */
export function editorCommand(env: Env, file: string, line: number): [string, string[]] {
  const [program = 'vi', ...args] = (env.VISUAL || env.EDITOR || 'vi').trim().split(/\s+/);
  return [program, [...args, `+${Math.max(1, line)}`, file]];
}

/**
 * Runs the editor on `file` in this terminal, which the caller has handed over, and resolves
 * once it exits: to nothing, or to what went wrong, for the status line.
 */
export function editFile(file: string, line: number, env: Env) {
  const [program, args] = editorCommand(env, file, line);
  return new Promise<string | undefined>((resolve) => {
    const child = spawn(program, args, { stdio: 'inherit', shell: false });
    child.once('error', () =>
      resolve(`Could not start ${program} to edit the article: set EDITOR to your editor`),
    );
    child.once('exit', (code) =>
      resolve(code ? `${program} exited with code ${code}; the article is read again` : undefined),
    );
  });
}
