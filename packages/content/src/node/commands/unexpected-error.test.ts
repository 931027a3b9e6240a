import { describe, expect, it } from 'vitest';
import { guarded } from './unexpected-error.ts';

const capture = () => {
  const lines: string[] = [];
  return {
    lines,
    output: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) },
  };
};

describe('guarded', () => {
  it("passes a command's own exit code through", async () => {
    const { lines, output } = capture();
    expect(await guarded(async () => 1, output)).toBe(1);
    expect(lines).toEqual([]);
  });

  it('turns an error the command did not expect into a report on stderr and exit code 2', async () => {
    const { lines, output } = capture();
    const error = Object.assign(new Error("EACCES: permission denied, lstat 'c/posts/a.md'"), {
      code: 'EACCES',
    });
    expect(
      await guarded(async () => {
        throw error;
      }, output),
    ).toBe(2);
    const [report = ''] = lines;
    expect(report.split('\n').slice(0, 2)).toEqual([
      "confnotes stopped on an unexpected error: EACCES: permission denied, lstat 'c/posts/a.md'",
      '  hint: This is a bug in confnotes, not a mistake in the content: please report it with these lines.',
    ]);
    expect(report.split('\n')[2]).toMatch(/^ {4}at /);
  });

  it("writes a file's name in the error as every printed path is, with no escape sequence", async () => {
    const { lines, output } = capture();
    const named = new Error("EIO: i/o error, read 'c/posts/\x1b]0;pwned\x07\x1b[2J.md'");
    await guarded(async () => {
      throw named;
    }, output);
    const [report = ''] = lines;
    expect(report).not.toContain('\x1b');
    expect(report.split('\n')[0]).toBe(
      "confnotes stopped on an unexpected error: EIO: i/o error, read 'c/posts/\\u001b]0;pwned\\u0007\\u001b[2J.md'",
    );
  });
});
