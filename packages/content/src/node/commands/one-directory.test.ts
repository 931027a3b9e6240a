import { describe, expect, it } from 'vitest';
import { oneDirectory } from './one-directory.ts';

describe('oneDirectory', () => {
  it('takes the one directory given, `content` when none is', () => {
    expect(oneDirectory('check', ['site/content'])).toEqual({ dir: 'site/content' });
    expect(oneDirectory('check', [])).toEqual({ dir: 'content' });
  });

  it('refuses two directories, and an empty name, as a script with an unset variable passes', () => {
    expect(oneDirectory('export', ['a', 'b'])).toBe(
      'export takes one directory, but got `a` and `b`.',
    );
    expect(oneDirectory('check', [''])).toBe(
      'check was given an empty directory name. Pass the folder that holds `posts/`, or none for `content`.',
    );
  });
});
