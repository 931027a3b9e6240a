import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** An article file under a content directory. */
export interface ArticleFile {
  /** Path relative to the content directory, with `/` separators: `posts/2015-11-19-x.md`. */
  readonly path: string;
  /** Absolute path on disk. */
  readonly absolute: string;
  /** Size in bytes and modification time when listed, to tell an unchanged file cheaply. */
  readonly size?: number;
  readonly mtimeMs?: number;
}

const articleExtension = /\.(md|markdown|mdx|txt)$/i;

/**
 * Lists the article files of a content directory (`posts/**` with a .md, .markdown, .mdx or
 * .txt extension), sorted by path. Symbolic links are followed only when they stay inside the
 * content directory. A missing `posts/` folder gives an empty list.
 * @example const files = await readArticleFiles('content'); files[0]?.path
 */
export async function readArticleFiles(dir: string): Promise<ArticleFile[]> {
  const root = await realpath(dir);
  const found: ArticleFile[] = [];
  const seen = new Set<string>();
  const visit = async (folder: string): Promise<void> => {
    let entries: string[];
    try {
      entries = await readdir(folder);
    } catch {
      return;
    }
    for (const name of entries) {
      const absolute = join(folder, name);
      let info = await lstat(absolute);
      if (info.isSymbolicLink()) {
        const target = await realpath(absolute).catch(() => undefined);
        if (!target || (target !== root && !target.startsWith(root + sep))) continue;
        if (seen.has(target)) continue;
        info = await stat(target);
      }
      if (info.isDirectory()) {
        seen.add(await realpath(absolute));
        await visit(absolute);
      } else if (info.isFile() && articleExtension.test(name)) {
        found.push({
          path: relative(root, absolute).split(sep).join('/'),
          absolute,
          size: info.size,
          mtimeMs: info.mtimeMs,
        });
      }
    }
  };
  await visit(join(root, 'posts'));
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
