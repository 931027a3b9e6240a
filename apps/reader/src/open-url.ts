import { spawn } from 'node:child_process';
import { openerCommand } from './opener-command.ts';
import { safeUrl } from './render/paint-line.ts';

/**
 * Opens a web link with the platform's opener (`open`, `xdg-open`, `rundll32`), detached so the
 * browser outlives the reader. Resolves to a message for the status bar; never rejects.
 */
export function openUrl(url: string, platform = process.platform): Promise<string> {
  const safe = safeUrl(url);
  if (!safe) return Promise.resolve(`Not a web link: ${url}`);
  const [command, args] = openerCommand(safe, platform);
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { stdio: 'ignore', detached: true, shell: false });
    child.once('error', () => resolve(`Could not start ${command} to open ${safe}`));
    child.once('spawn', () => {
      child.unref();
      resolve(`Opened ${safe}`);
    });
  });
}
