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

  it('counts errors', () => {
    expect(loadReport('content', [{ ...link('posts/a.md'), severity: 'error' }], 2)).toEqual([
      '1 error(s) in content; run `npx confnotes check` for details.',
    ]);
  });

  it('says why no post is served, even when the reasons are only warnings', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((name) => link(`posts/${name}.md`));
    expect(loadReport('/srv/notes', files, 0)).toEqual([
      'No post of /srv/notes is served:',
      '  posts/a.md: This symbolic link is not followed: it leads out of the content folder.',
      '  posts/b.md: This symbolic link is not followed: it leads out of the content folder.',
      '  posts/c.md: This symbolic link is not followed: it leads out of the content folder.',
      '  Put the file itself in the content folder.',
      '  and 2 more; run `npx confnotes check` for all.',
    ]);
    expect(loadReport('/srv/notes', [], 0)).toEqual([
      'No post of /srv/notes is served: its posts/ folder holds no article.',
    ]);
  });
});
