import type { Diagnostic } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { loadReport } from './load-report.ts';

const link = (file: string): Diagnostic => ({
  severity: 'warning',
  code: 'unfollowed-link',
  message: 'This symbolic link is not followed: it leads out of the content folder.',
  hint: 'Put the file itself in the content folder.',
  file,
  line: 1,
  column: 1,
});

describe('loadReport', () => {
  it('says nothing of warnings while there are posts to serve', () => {
    expect(loadReport('content', [link('posts/a.md')], 2)).toEqual([]);
  });

  it('lists the errors at their file, line and column, with their hints', () => {
    const date: Diagnostic = {
      severity: 'error',
      code: 'invalid-date',
      message: 'The date "2015-02-30" in `date` is not a real calendar date.',
      hint: 'Write the date as YYYY-MM-DD.',
      file: 'posts/x.md',
      line: 3,
      column: 7,
    };
    expect(loadReport('content', [link('posts/a.md'), date], 2)).toEqual([
      '1 error in content, left out of what is served until fixed:',
      '  posts/x.md:3:7 error invalid-date: The date "2015-02-30" in `date` is not a real calendar date.',
      '    hint: Write the date as YYYY-MM-DD.',
    ]);
  });

  it('names the command that lists every error, a root script of the checkout', () => {
    const errors = ['a', 'b', 'c', 'd'].map((name) => ({
      ...link(`posts/${name}.md`),
      severity: 'error' as const,
      hint: undefined,
    }));
    const lines = loadReport('/srv/notes', errors, 0);
    expect(lines[0]).toBe('4 errors in /srv/notes, left out of what is served until fixed:');
    expect(lines.slice(-2)).toEqual([
      '  and 1 more; run `npm run confnotes -- check /srv/notes` for all.',
      'No post of /srv/notes is served.',
    ]);
    expect(loadReport('catalog.json', errors).at(-1)).toBe(
      '  and 1 more; the file lists them all in its `diagnostics`.',
    );
  });

  it('says why no post is served, even when the reasons are only warnings', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((name) => link(`posts/${name}.md`));
    expect(loadReport('/srv/notes', files, 0)).toEqual([
      'No post of /srv/notes is served:',
      '  posts/a.md:1:1 warning unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
      '    hint: Put the file itself in the content folder.',
      '  posts/b.md:1:1 warning unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
      '    hint: Put the file itself in the content folder.',
      '  posts/c.md:1:1 warning unfollowed-link: This symbolic link is not followed: it leads out of the content folder.',
      '    hint: Put the file itself in the content folder.',
      '  and 2 more; run `npm run confnotes -- check /srv/notes` for all.',
    ]);
    expect(loadReport('/srv/notes', [], 0)).toEqual([
      'No post of /srv/notes is served: its posts/ folder holds no article.',
    ]);
  });
});
