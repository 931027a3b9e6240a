import { describe, expect, it } from 'vitest';
import { standardStreamOf } from './standard-stream.ts';

describe('standardStreamOf', () => {
  it.skipIf(process.platform === 'win32')(
    'names standard output and error by any of their names, and nothing else',
    () => {
      for (const path of ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'])
        expect(standardStreamOf(path)).toBe('stdout');
      for (const path of ['/dev/stderr', '/dev/fd/2', '/proc/self/fd/2'])
        expect(standardStreamOf(path)).toBe('stderr');
      // Node holds descriptors of its own, which are no output; nor is a file of that name.
      for (const path of ['/dev/stdin', '/dev/fd/3', '/dev/fd/12', 'dev/stdout', '/dev/null'])
        expect(standardStreamOf(path)).toBeUndefined();
    },
  );
});
