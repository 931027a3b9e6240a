import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { githubAnnotation } from './github-annotation.ts';

const work = mkdtempSync(join(tmpdir(), 'confnotes-github-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('confnotes check --format github', () => {
  it('prints each diagnostic as a GitHub Actions annotation at its place, then the summary', async () => {
    const dir = join(work, 'content');
    mkdirSync(join(dir, 'posts'), { recursive: true });
    writeFileSync(join(dir, 'posts/a.md'), '---\ntitle: A\ndate: 2015-02-30\n---\nHello\n');
    writeFileSync(join(dir, 'posts/b.md'), '---\ntitle: B\n---\nSee [x] (http://example.com).\n');
    const lines: string[] = [];
    const code = await runCli(['check', dir, '--format', 'github', '--no-cache'], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(2);
    // A folder given by its absolute path outside the working directory keeps it, as in text.
    expect(annotations[0]!.startsWith(`::error file=${dir}/posts/a.md,line=3,col=7,`)).toBe(true);
    expect(annotations[0]).toMatch(
      /,title=invalid-date::The date "2015-02-30" in `date` is not a real calendar date\.%0Ahint: Write the date/,
    );
    expect(annotations[1]).toMatch(
      /^::warning file=.*\/b\.md,line=4,col=\d+.*,title=malformed-link::/,
    );
    // No list of posts: a job's log is read for its annotations.
    expect(lines.filter((l) => l.trim() && !l.startsWith('::'))).toEqual([
      expect.stringMatching(/^1 post .*: 1 error, 1 warning$/),
    ]);
  });

  it('escapes what would end a property or the message, and writes a note as a notice', () => {
    expect(
      githubAnnotation(
        {
          severity: 'info',
          code: 'talk-without-speaker',
          message: '50% of it\r\non two lines',
          file: 'posts/a,b:c.md',
          line: 2,
          column: 1,
        },
        'content',
      ),
    ).toBe(
      '::notice file=content/posts/a%2Cb%3Ac.md,line=2,col=1,title=talk-without-speaker::50%25 of it%0D%0Aon two lines',
    );
  });
});
