import { lstatSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The files under `folder` whose names `keep` accepts, by path from it with `/`, sorted; none
 * when it cannot be read. Hidden files and folders and symbolic links are left out: a site
 * publishes neither an editor's leftovers nor what a link may lead to outside the content.
 */
export function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(path, posix.join(prefix, name));
      else if (stat?.isFile() && keep(name)) found.push(posix.join(prefix, name));
    }
  };
  walk(folder, '');
  return found;
}
