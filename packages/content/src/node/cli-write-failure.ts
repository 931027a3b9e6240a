/** What the user can do about each way a write fails, by the error's code. */
const REASONS: Record<string, { readonly reason: string; readonly todo: string }> = {
  ENOENT: {
    reason: 'its folder does not exist',
    todo: 'Create the folder first, or pass a path in a folder that exists.',
  },
  ENOTDIR: {
    reason: 'a part of the path is a file, not a folder',
    todo: 'Pass a path whose folders are folders.',
  },
  EISDIR: {
    reason: 'it names a folder',
    todo: 'Pass a file name, such as `catalog.json` inside that folder.',
  },
  ENOSPC: { reason: 'the disk is full', todo: 'Free some space, or write somewhere else.' },
  EDQUOT: {
    reason: 'the disk quota is used up',
    todo: 'Free some space, or write somewhere else.',
  },
  EACCES: { reason: 'permission denied', todo: 'Write to a place you may write to.' },
  EPERM: { reason: 'permission denied', todo: 'Write to a place you may write to.' },
  EROFS: { reason: 'the file system is read-only', todo: 'Write somewhere else.' },
  ELOOP: {
    reason: 'a symbolic link on its path is a loop of links, which never leads to a file or folder',
    todo: 'Point the link at what it stands for, or remove it.',
  },
  ENAMETOOLONG: {
    reason: 'its path is longer than the file system allows',
    todo: 'Pass a shorter path.',
  },
  // What opening `/dev/stdout` gives when standard output is a socket (as Node's child processes
  // get), or a device that is not there.
  ENXIO: {
    reason: 'it is a socket or a device that is not there',
    todo: 'Leave out `--out` to write to standard output.',
  },
};

/**
 * The one line printed when output cannot be written: where, why, and what to do. Only the
 * error's code is used: its own message names the temporary file, which the user never chose.
 * @example writeFailure('out/cat.json', enoent) // 'confnotes: cannot write out/cat.json: its folder does not exist. Create ...'
 */
export function writeFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const known = REASONS[code];
  const reason = known?.reason ?? (code || String((error as Error)?.message ?? error));
  const todo = known?.todo ?? 'Check the path and try again.';
  return `confnotes: cannot write ${path}: ${reason}. ${todo}`;
}
