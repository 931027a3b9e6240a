/**
 * Why a named pipe, socket or device where a content file should be is not read: reading a pipe
 * waits for a writer and a device may never end, so the build would hang on it.
 */
export const NOT_A_FILE = 'it is not a regular file but a named pipe or a device';
