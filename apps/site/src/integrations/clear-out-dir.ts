import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

// Deletes the paths it is given; run by a Node of its own so that no flag of the build's applies.
const REMOVE = `for (const p of process.argv.slice(1)) require('node:fs').rmSync(p, { recursive: true, force: true });`;

/** Where earlier builds' outputs wait to be deleted: beside `outDir`, so a rename moves them. */
function setAsidePrefix(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.old-`);
}

// Below this many entries two levels down (the pages of a few hundred posts), deleting them
// here takes less time than starting a process to.
const SMALL = 1000;

function isSmall(dir: string): boolean {
  let entries = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      entries++;
      if (entry.isDirectory()) entries += readdirSync(join(dir, entry.name)).length;
      if (entries >= SMALL) return false;
    }
  } catch {}
  return true;
}

/**
 * Empties `outDir` at once by moving it aside, and deletes what was in it in a child process at
 * low priority (here, when it is small). Returns when that deletion ends (it never rejects).
 * Also deletes what a build that stopped half way left aside. A `.git` in `outDir` stays, as
 * Astro's own emptying means it to.
 * @example await clearOutDir('/site/dist') // '/site/dist' is empty at once; the promise waits for the deletion
 */
export function clearOutDir(outDir: string): Promise<void> {
  const prefix = setAsidePrefix(outDir);
  const emptyHere = () => {
    for (const name of readdirSync(outDir))
      if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
    return Promise.resolve();
  };
  if (existsSync(outDir)) {
    // A link to the output elsewhere (a web server's directory, say) stays a link.
    if (lstatSync(outDir).isSymbolicLink()) return emptyHere();
    const aside = `${prefix}${process.pid}-${Date.now()}`;
    try {
      renameSync(outDir, aside);
    } catch {
      // Cannot be moved (a mount point, or another process holds it): emptied here, as Astro would.
      return emptyHere();
    }
    if (existsSync(join(aside, '.git'))) {
      mkdirSync(outDir, { recursive: true });
      renameSync(join(aside, '.git'), join(outDir, '.git'));
    }
  }
  const parent = dirname(prefix);
  const aside = existsSync(parent)
    ? readdirSync(parent)
        .map((name) => join(parent, name))
        .filter((path) => path.startsWith(prefix))
    : [];
  if (!aside.length) return Promise.resolve();
  if (aside.every(isSmall)) {
    for (const path of aside) rmSync(path, { recursive: true, force: true });
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const removeHere = () => {
      for (const path of aside) rmSync(path, { recursive: true, force: true });
      resolve();
    };
    const child = spawn(process.execPath, ['-e', REMOVE, ...aside], {
      stdio: 'ignore',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    child.on('error', removeHere);
    child.on('exit', (code) => (code === 0 ? resolve() : removeHere()));
    try {
      // The pages are rendered on one thread; the deletion takes the time the others leave.
      if (child.pid !== undefined) setPriority(child.pid, 10);
    } catch {}
  });
}

/**
 * Astro empties `outDir` before a build on its main thread: some 2.7 s for the 14,000 pages of
 * 10,000 posts, a tenth of a rebuild. This integration moves the old output aside instead, lets a
 * child process delete it while the pages are rendered, and waits for it when the build is done.
 */
export function clearOutDirAside(): AstroIntegration {
  let outDir: string | undefined;
  let deleting: Promise<void> | undefined;
  return {
    name: 'confnotes-clear-out-dir-aside',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (outDir) deleting = clearOutDir(outDir);
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
