import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a content directory holds, any one of which makes a folder one. */
const MARKS = ['posts', 'events', 'speakers.yaml', 'talks.yaml'];

/**
 * Why `dir` is not a content directory, as the message to print, or undefined when it is one.
 * A folder holding none of its files would otherwise check as `0 posts ... 0 errors`, which
 * looks like success when the user only pointed at the wrong folder (`content/posts`, `.`).
 * @example await contentDirProblem('content/posts') // 'There is no content directory at ...'
 */
export async function contentDirProblem(dir: string): Promise<string | undefined> {
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir)
    return `There is no content directory at \`${dir}\`. Pass the folder that holds \`posts/\`.`;
  const found = await Promise.all(
    MARKS.map((name) =>
      stat(join(dir, name)).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (found.some(Boolean)) return undefined;
  // `check content/posts` is the likeliest slip: name the folder meant.
  const meant = basename(dir) === 'posts' ? ` (here \`${dirname(dir)}\`)` : '';
  return `\`${dir}\` is not a content directory: it holds no \`posts/\`, \`events/\`, \`speakers.yaml\` or \`talks.yaml\`. Pass the folder that holds \`posts/\`${meant}.`;
}
