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
    expect(oneDirectory('check', ['a', 'b', 'c', 'd'])).toBe(
      'check takes one directory, but got `a` and `b` (and 2 more).',
    );
    expect(oneDirectory('check', [''])).toBe(
      'check was given an empty directory name. Pass the folder that holds `posts/`, or none for `content`.',
    );
  });

  it('names the content directory of the articles a shell glob gave (check content/posts/*.md)', () => {
    expect(oneDirectory('check', ['site/posts/a.md', 'site/posts/b.md', 'site/posts/c.md'])).toBe(
      'check takes one directory, but got `site/posts/a.md` and `site/posts/b.md` (and 1 more). confnotes checks a content directory as a whole: pass the folder that holds `posts/` (here `site`).',
    );
  });
});
