/**
 * Why a file could not be read, in words, with the system's code after them: `EACCES` alone
 * tells a writer nothing they can act on.
 * @example readFailure(Object.assign(new Error('…'), { code: 'EACCES' })) // 'the current user may not read it (EACCES)'
 */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `the current user may not read it (${code})`;
    case 'ENOENT':
      return `it was removed while the content was read (${code})`;
    case 'EISDIR':
      return `it is a folder (${code})`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many files are open at once (${code}); close some programs and build again`;
    case 'EIO':
      return `the disk failed to give its bytes (${code})`;
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
