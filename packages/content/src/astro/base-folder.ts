import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadCatalog } from './catalog-source.ts';

/**
 * Loads the catalog of the folder `base` names once it is found to be one. A `base` that names
 * nothing is the site's own mistake, made in its content config: the error says which option
 * is wrong and from where a relative one is read, with no stack into the loaders.
 * @example inBaseFolder(fileSystemLoad({}), '../content', root)('/site/content')
 */
export function inBaseFolder(load: LoadCatalog, base: string | URL, root: URL): LoadCatalog {
  return async (dir) => {
    let what: string | undefined;
    try {
      if (!statSync(dir).isDirectory()) what = 'which is a file, not a folder';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      what = code === 'ENOENT' ? 'which does not exist' : `which cannot be read (${code})`;
    }
    if (what) {
      const given =
        typeof base === 'string' ? JSON.stringify(base) : `new URL(${JSON.stringify(base.href)})`;
      const error = new Error(
        `The content folder given to confnotesLoaders, base: ${given}, is ${dir}, ${what}.\n` +
          `Give \`base\` the folder that holds posts/ (and events/, speakers.yaml, talks.yaml), as an absolute path or relative to the project root, ${fileURLToPath(root)}.`,
      );
      // The option and the folder are what matter; a stack into the loaders would bury them.
      error.stack = '';
      throw error;
    }
    return load(dir);
  };
}
