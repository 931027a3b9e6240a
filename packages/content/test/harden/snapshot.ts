import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What is on disk under a folder, symbolic links not followed: kind, bytes and mtime of each. */
export type Snapshot = Record<string, string>;

/**
 * Every entry under `dir` with what would show it changed: a file's size, mtime and SHA-256, a
 * folder's presence, a link's target.
 */
export function snapshot(dir: string): Snapshot {
  const out: Snapshot = {};
  const visit = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const absolute = join(folder, name);
      const path = prefix + name;
      const info = lstatSync(absolute);
      if (info.isSymbolicLink()) out[path] = `link ${readlinkSync(absolute)}`;
      else if (info.isDirectory()) {
        out[path] = 'folder';
        visit(absolute, `${path}/`);
      } else {
        const sum = createHash('sha256').update(readFileSync(absolute)).digest('hex');
        out[path] = `file ${info.size} ${info.mtimeMs} ${sum}`;
      }
    }
  };
  visit(dir, '');
  return out;
}
