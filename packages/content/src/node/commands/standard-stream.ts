/**
 * Which of the process's standard output and error `path` names (`/dev/stdout`, `/dev/fd/2`,
 * `/proc/self/fd/1`), or undefined for any other path. Such a path stands for a stream the
 * process has open already, which may be a file the shell redirected it to (`>> log.txt`): opened
 * again by name, or replaced through a temporary file, that file would be truncated or swapped
 * for another, and what the shell or other commands wrote there lost. (Other descriptors are
 * left alone: Node holds some of its own, which are no output.)
 * @example standardStreamOf('/dev/stdout') // 'stdout'
 */
export function standardStreamOf(path: string): 'stdout' | 'stderr' | undefined {
  if (process.platform === 'win32') return undefined;
  if (path === '/dev/stdout') return 'stdout';
  if (path === '/dev/stderr') return 'stderr';
  const fd = /^\/(?:dev|proc\/self)\/fd\/([12])$/.exec(path)?.[1];
  return fd === '1' ? 'stdout' : fd === '2' ? 'stderr' : undefined;
}
