/**
 * Why a named pipe, socket or device where a content file should be is not read: reading a pipe
 * waits for a writer and a device may never end, so the build would hang on it.
 */
export const NOT_A_FILE = 'it is not a regular file but a named pipe, a socket or a device';

/** What to do about one: the usual hint (that the file be readable) does not apply. */
export const NOT_A_FILE_HINT =
  'Put a regular file there, or move the pipe, socket or device out of the content directory.';
