import { describe, expect, it } from 'vitest';
import { readFailure } from './read-failure.ts';

const failing = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('readFailure', () => {
  it('says in words why a file could not be read, with its code', () => {
    expect(readFailure(failing('EACCES'))).toBe('the current user may not read it (EACCES)');
    expect(readFailure(failing('EPERM'))).toBe('the current user may not read it (EPERM)');
    expect(readFailure(failing('ENOENT'))).toMatch(/removed while the content was read \(ENOENT\)/);
    expect(readFailure(failing('EMFILE'))).toMatch(/too many files are open at once \(EMFILE\)/);
  });

  it('gives an unknown code as it is, and an error without one by its message', () => {
    expect(readFailure(failing('EWEIRD'))).toBe('EWEIRD');
    expect(readFailure(new Error('out of luck'))).toBe('out of luck');
    expect(readFailure('a string')).toBe('a string');
  });
});
