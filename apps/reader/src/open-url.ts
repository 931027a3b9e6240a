import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { type OpenerCommand, openerCommand } from './opener-command.ts';
import { safeUrl } from './render/paint-line.ts';

/** An opener still running this long after it started has handed the link to a browser. */
const SETTLE_MS = 1500;

export type OpenUrlOptions = {
  readonly platform?: NodeJS.Platform;
  /** The program that opens the link: the platform's by default. */
  readonly opener?: (url: string, platform: NodeJS.Platform) => OpenerCommand;
  readonly settleMs?: number;
};

/**
 * Opens a web link with the platform's opener (`open`, `xdg-open`, `rundll32`), detached so the
 * browser outlives the reader. Resolves to a message for the status bar; never rejects.
 *
 * The opener's exit code is waited for a moment: on a machine with no browser (a server reached
 * over ssh) `xdg-open` starts, finds none and exits 3, and the link was not opened at all.
 */
export function openUrl(url: string, options: OpenUrlOptions = {}): Promise<string> {
  const { platform = process.platform, opener = openerCommand, settleMs = SETTLE_MS } = options;
  const safe = safeUrl(url);
  if (!safe) return Promise.resolve(`Not a web link: ${url}`);
  const [command, args] = opener(safe, platform);
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { stdio: 'ignore', detached: true, shell: false });
    child.once('error', () => resolve(`Could not start ${command} to open ${safe}`));
    child.once('spawn', () => {
      child.unref();
      // A browser run in the foreground (xdg-open waits for some) keeps the opener running.
      const settled = setTimeout(() => resolve(`Opened ${safe}`), settleMs);
      settled.unref();
      child.once('exit', (code) => {
        clearTimeout(settled);
        resolve(
          code === 0 || code === null
            ? `Opened ${safe}`
            : // Why comes before the link: the status line cuts a long one, not the reason.
              `${basename(command)} failed (exit code ${code}): is there a browser here? ${safe}`,
        );
      });
    });
  });
}
