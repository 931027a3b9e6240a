import { opendir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { printable } from '../../text/printable.ts';
import { CONTENT_MARKS, insideContent } from '../content-bounds.ts';
import { contentOfArticle } from './content-of-article.ts';
import { nearbyFolder } from './nearby-folder.ts';
import { otherPostsFolder } from './other-posts-folder.ts';

const isFolder = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Whether a failed look-up only says that nothing is there. */
const isMissing = (error: NodeJS.ErrnoException) =>
  error.code === 'ENOENT' || error.code === 'ENOTDIR';

/** The message for a folder of the content that is there but cannot be read. */
function unreadable(path: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOTDIR')
    return `\`${path}\` is a file, not a folder. Put the articles in a folder \`posts/\` of the content directory.`;
  // Only a permission is the reader's to fix by who runs confnotes.
  if (error.code === 'ELOOP')
    return `\`${path}\` is a loop of symbolic links, which lead to one another and never to a folder. Point the link at the folder it stands for, or remove it.`;
  if (error.code === 'ENAMETOOLONG')
    return `Cannot read \`${path}\`: its path is longer than the file system allows. Pass a shorter path to the folder (a relative one, say).`;
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return `Cannot read \`${path}\`: permission denied. Make it readable by the current user, or run confnotes as a user who may read it.`;
  return `Cannot read \`${path}\`: ${error.code ?? error.message}. Check that it is a folder the current user may read.`;
}

/**
 * Why `dir` is not a content directory, as the message to print, or undefined when it is one.
 * A folder holding none of its files would otherwise check as `0 posts ... 0 errors`, which
 * looks like success when the user only pointed at the wrong folder (`content/posts`, `.`);
 * so would one that cannot be read, or whose `posts/` cannot be listed or leads nowhere.
 * @example await contentDirProblem('content/posts') // 'There is no content directory at ...'
 */
export async function contentDirProblem(dir: string): Promise<string | undefined> {
  const problem = await dirProblem(dir);
  // Paths in it may come from the content (where a link leads): one line, no escape sequences.
  return problem && printable(problem);
}

async function dirProblem(dir: string): Promise<string | undefined> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error && !isMissing(info)) return unreadable(dir, info);
  if (info instanceof Error) {
    // Node reads the arguments as UTF-8: a name with other bytes arrives with U+FFFD for them,
    // and names no file. Only a new name helps.
    if (dir.includes('\uFFFD'))
      return `There is no content directory at \`${dir}\`: a name with bytes that are not UTF-8 (shown as \uFFFD) cannot be opened from the command line. Rename the folder to a UTF-8 name.`;
    // `confnotes check` run inside the content folder looks for `content` in it: name `.`; run
    // inside `posts/` itself, the content directory is the folder above.
    const here = (await isFolder('posts'))
      ? ' (here `.`)'
      : basename(process.cwd()) === 'posts'
        ? ' (here `..`)'
        : '';
    const meant = here ? undefined : await nearbyFolder(dir);
    if (meant !== undefined)
      return `There is no content directory at \`${dir}\`. Did you mean \`${meant}\`?`;
    // `confnotes check` at the root of a Jekyll site, whose articles are in `_posts/`; not for
    // a folder named otherwise, which the working directory has nothing to do with.
    const other = here || dir !== 'content' ? undefined : await otherPostsFolder('.');
    if (other === '_posts')
      return `There is no content directory at \`${dir}\`. confnotes reads articles from a folder named \`posts\`, not \`${other}/\`: link it (\`ln -s ${other} posts\`) and pass \`.\`.`;
    return `There is no content directory at \`${dir}\`. Pass the folder that holds \`posts/\`${here}.`;
  }
  if (!info.isDirectory()) {
    const content = contentOfArticle(dir);
    return content === undefined
      ? `\`${dir}\` is a file, not a folder. Pass the folder that holds \`posts/\`.`
      : `\`${dir}\` is a file, not a folder: confnotes checks a content directory as a whole. Pass the folder that holds \`posts/\` (here \`${content}\`).`;
  }
  const found = await Promise.all(
    CONTENT_MARKS.map((name) =>
      stat(join(dir, name)).then(
        () => undefined,
        (error: NodeJS.ErrnoException) => error,
      ),
    ),
  );
  const [posts] = found;
  // A `posts` link that leads nowhere would read as no posts at all.
  const dangling =
    posts?.code === 'ENOENT'
      ? await readlink(join(dir, 'posts')).catch(() => undefined)
      : undefined;
  if (dangling !== undefined)
    return `\`${join(dir, 'posts')}\` is a link to \`${dangling}\`, which does not exist. Point it at the folder of the articles, or remove it.`;
  const denied = found.findIndex((error) => error && !isMissing(error));
  if (found.every(Boolean)) {
    // Every one failing alike is the folder's own doing (it may not be entered); one failing
    // apart from missing others is that one's (a `posts` link that loops).
    const own = found.every((error) => error?.code === found[denied]?.code);
    if (denied >= 0)
      return unreadable(own ? dir : join(dir, CONTENT_MARKS[denied]!), found[denied]!);
    // `check content/posts` is the likeliest slip: name the folder meant.
    // `check .` inside `posts/` as well.
    const meant = basename(resolve(dir)) === 'posts' ? ` (here \`${join(dir, '..')}\`)` : '';
    const not = `\`${dir}\` is not a content directory: it holds no \`posts/\`, \`events/\`, \`speakers.yaml\` or \`talks.yaml\`.`;
    // A Jekyll or Hugo site given as it is: its articles are there, under another name.
    const other = meant ? undefined : await otherPostsFolder(dir);
    if (other !== undefined)
      return `${not} confnotes reads articles from a folder named \`posts\`, not \`${other}/\`: rename it, or link it (\`ln -s ${other} ${join(dir, 'posts')}\`).`;
    return `${not} Pass the folder that holds \`posts/\`${meant}.`;
  }
  if (posts) return posts.code === 'ENOENT' ? undefined : unreadable(join(dir, 'posts'), posts);
  return postsProblem(dir);
}

/** Why no article of the `posts/` of `dir`, which exists, would be read; undefined if they are. */
async function postsProblem(dir: string): Promise<string | undefined> {
  const posts = join(dir, 'posts');
  // A `posts/` that cannot be listed would give no post and no error.
  const listed = await opendir(posts).then(
    (folder) => folder.close(),
    (error: NodeJS.ErrnoException) => error,
  );
  if (listed) return unreadable(posts, listed);
  // Nor would a link out of the content directory, which the build does not follow.
  const [root, real] = await Promise.all([realpath(dir), realpath(posts)]);
  if (insideContent(root, real)) return undefined;
  return `\`${posts}\` is a link out of the content directory (to \`${real}\`), and confnotes reads no article outside it. Move the articles into \`${posts}\`, or pass the folder that holds them (\`${dirname(real)}\`).`;
}
