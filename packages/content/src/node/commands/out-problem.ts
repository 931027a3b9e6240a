import { constants } from 'node:fs';
import { access, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

const problem = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

/** Why files cannot be created in `folder`, as the error creating one would give. */
async function folderProblem(folder: string): Promise<NodeJS.ErrnoException | undefined> {
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return info;
  if (!info.isDirectory()) return problem('ENOTDIR');
  return access(folder, constants.W_OK).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => error,
  );
}

/**
 * Why the file `file` (a real path) cannot be replaced by renaming another over it, which its
 * folder allows: in a folder with the sticky bit, such as `/tmp`, only the file's owner, the
 * folder's or root may, and others are refused (`EPERM`).
 */
async function replaceProblem(file: string): Promise<NodeJS.ErrnoException | undefined> {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return undefined;
  const [info, folder] = await Promise.all([stat(file), stat(dirname(file))]);
  const sticky = (folder.mode & 0o1000) !== 0;
  return sticky && info.uid !== uid && folder.uid !== uid ? problem('EPERM') : undefined;
}

/**
 * Why `--out file` cannot be written, as the error writing it would give (`EISDIR`, `ENOENT`
 * for a missing folder, `EACCES`, `EROFS`...); undefined when it may be. Asked before a build
 * that may take minutes: the catalog is written where `writeOut` writes it, a temporary file
 * beside the file (beside the file a link leads to) and a device or pipe in place, so that is
 * what must be writable.
 * @example await outProblem('/etc/catalog.json') // EACCES, for a user other than root
 */
export async function outProblem(file: string): Promise<NodeJS.ErrnoException | undefined> {
  const target = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (!(target instanceof Error)) {
    if (target.isDirectory()) return problem('EISDIR');
    if (target.isFile()) {
      const real = await realpath(file);
      return (await folderProblem(dirname(real))) ?? replaceProblem(real);
    }
    return access(file, constants.W_OK).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error,
    );
  }
  if (target.code !== 'ENOENT') return target;
  // A link to a file not written yet: the file it names is created.
  const link = await readlink(file).catch(() => undefined);
  const folder = await folderProblem(
    dirname(link === undefined ? file : resolve(dirname(file), link)),
  );
  // A name that ends in `/` is a folder's, existing or not (`--out out/`): no file is written
  // by it, and the file system says so only once the catalog is built.
  return folder ?? (file.endsWith('/') || file.endsWith(sep) ? problem('EISDIR') : undefined);
}
