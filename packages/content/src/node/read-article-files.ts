import { lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '../parse/diagnostic-codes.ts';
import { isArticleName } from '../query/article-name.ts';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { insideContent, LEADS_NOWHERE, LEADS_OUT } from './content-bounds.ts';
import { contentPath, realContentDir } from './content-root.ts';
import { NOT_A_FILE, NOT_A_FILE_HINT } from './not-a-file.ts';
import { readFailure } from './read-failure.ts';

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

export { isArticleName };

// A name that begins with a byte order mark keeps it: it is part of the name the file opens by.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The names of a folder's entries as text. Listed as strings, a name whose bytes are not UTF-8
 * comes back with replacement characters, which open nothing: the file was then reported as
 * missing. Such a name is said to be one (an article's, or a folder's that may hold some).
 */
function namesIn(folder: string, under: string, problems: Diagnostic[]): string[] {
  const names: string[] = [];
  for (const raw of readdirSync(folder, { encoding: 'buffer' })) {
    try {
      names.push(utf8.decode(raw));
    } catch {
      // Bytes past ASCII written `\xE9`, as `ls -b` shows them: the name as it can be typed.
      const name = [...raw]
        .map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase()}`))
        .join('');
      let folderOf = false;
      try {
        folderOf = lstatSync(Buffer.concat([Buffer.from(`${folder}/`), raw])).isDirectory();
      } catch {}
      if (folderOf || isArticleName(name))
        problems.push(
          diagnostic('file-name-not-utf8', folderOf ? 'folder' : 'file', `${under}${name}`, {
            line: 1,
            column: 1,
          }),
        );
    }
  }
  return names;
}

/**
 * Lists the article files of a content directory (`posts/**` named as `isArticleName` says),
 * sorted by path. Symbolic links are followed only when they stay inside the
 * content directory. A missing `posts/` folder gives an empty list. What could not be listed,
 * and links not followed, are added to `problems` (when given) as diagnostics, so that no
 * article goes missing unsaid. A content folder that does not exist throws (see
 * `realContentDir`).
 * @example const files = await readArticleFiles('content'); files[0]?.path
 */
export async function readArticleFiles(
  given: string | URL,
  problems: Diagnostic[] = [],
): Promise<ArticleFile[]> {
  const dir = contentPath(given);
  // Synchronous calls: listing tens of thousands of files one promise at a time costs more
  // than the rest of a rebuild with nothing changed.
  const root = realContentDir(dir);
  const found: ArticleFile[] = [];
  const seen = new Set<string>();
  const at = { line: 1, column: 1 };
  const failed = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);
  // Each folder's path relative to the content directory is carried down, so that an
  // article's path is one concatenation, not a `relative` of two absolute paths.
  const visit = (folder: string, under: string): void => {
    let entries: string[];
    try {
      entries = namesIn(folder, under, problems).sort();
    } catch (error) {
      problems.push(
        failed(error) === 'ENOTDIR'
          ? diagnostic('not-a-folder', 'articles', under.replace(/\/$/, ''), at)
          : diagnostic('unreadable-folder', failed(error), under, at),
      );
      return;
    }
    for (const name of entries) {
      // Hidden files and folders (`.git`, an editor's `.#a.md` lock) hold no articles, as no
      // blog engine publishes them: not even a word of them.
      if (name.startsWith('.')) continue;
      const absolute = join(folder, name);
      const path = `${under}${name}`;
      let info: Stats;
      try {
        info = lstatSync(absolute);
        if (info.isSymbolicLink()) {
          let target: string | undefined;
          try {
            target = realpathSync(absolute);
          } catch {}
          if (!target || !insideContent(root, target)) {
            // Only what could be an article or a folder of them is worth a word.
            if (!target || isArticleName(name) || statSync(target).isDirectory())
              problems.push(
                diagnostic('unfollowed-link', target ? LEADS_OUT : LEADS_NOWHERE, path, at),
              );
            continue;
          }
          if (seen.has(target)) continue;
          info = statSync(target);
        }
      } catch (error) {
        problems.push(diagnostic('unreadable-file', readFailure(error), path, at));
        continue;
      }
      if (info.isDirectory()) {
        // A folder reached again through a link (to posts/ itself, or to a folder above it)
        // would list its articles a second time under another path.
        const real = realpathSync(absolute);
        if (seen.has(real)) continue;
        seen.add(real);
        visit(absolute, `${path}/`);
      } else if (info.isFile() && isArticleName(name)) {
        found.push({ path, absolute, size: info.size, mtimeMs: info.mtimeMs });
      } else if (isArticleName(name)) {
        // Not read, or the build would wait on it; not left out unsaid either.
        problems.push(diagnostic('unreadable-file', NOT_A_FILE, path, at, NOT_A_FILE_HINT));
      }
    }
  };
  const posts = join(root, 'posts');
  let realPosts: string;
  try {
    realPosts = realpathSync(posts);
  } catch {
    return found;
  }
  // posts/ itself may be a link: it is read only when it stays inside the content directory.
  if (!insideContent(root, realPosts)) {
    problems.push(diagnostic('unfollowed-link', LEADS_OUT, 'posts', at));
    return found;
  }
  seen.add(realPosts);
  visit(posts, 'posts/');
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
