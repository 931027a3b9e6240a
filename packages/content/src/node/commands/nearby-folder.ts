import { readdir } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { closest } from './did-you-mean.ts';

/**
 * The folder beside a missing `path` that it was most likely meant to name, written as `path`
 * was (`content` for `contnet`, `/tmp/site` for `/tmp/stie`), or undefined when none is close or
 * its folder cannot be listed: a typo in a folder's name then gets the answer a typo in an
 * option's name gets.
 * @example await nearbyFolder('contnet') // 'content'
 */
export async function nearbyFolder(path: string): Promise<string | undefined> {
  const parent = dirname(path);
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  const meant = closest(basename(path), folders);
  // The same name is a folder the path did name, yet could not open: not a typo to guess at.
  if (meant === undefined || meant === basename(path)) return undefined;
  // `join` drops the `./` the user wrote; put it back.
  const shown = join(parent, meant);
  return path.startsWith(`.${sep}`) && !shown.startsWith('.') ? `.${sep}${shown}` : shown;
}
