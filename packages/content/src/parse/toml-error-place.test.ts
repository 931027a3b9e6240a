import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const firstProblem = (toml: string) => {
  const [found] = parseArticle(`+++\n${toml}+++\nBody\n`, 'posts/a.md').diagnostics;
  return { line: found?.line, column: found?.column, message: found?.message };
};

describe('TOML errors placed where they are fixed', () => {
  it('puts a list or inline table left open at its bracket, not on the line after', () => {
    expect(firstProblem('title = "T"\ntags = ["a", "b"\ndate = 2019-01-01\n')).toEqual({
      line: 3,
      column: 8,
      message: 'The TOML front matter cannot be parsed: This `[` is never closed with `]`.',
    });
    expect(firstProblem('title = "T"\nauthor = { name = "Ann"\n[params]\nx = 1\n')).toEqual({
      line: 3,
      column: 10,
      message: 'The TOML front matter cannot be parsed: This `{` is never closed with `}`.',
    });
  });

  it('leaves a missing comma inside a closed list where TOML finds it', () => {
    expect(firstProblem('tags = [\n  "a"\n  "b"\n]\n')).toMatchObject({ line: 4, column: 3 });
    expect(firstProblem('tags = ["a" "b"]\n')).toMatchObject({ line: 2, column: 13 });
  });

  it('names a key or table given twice, with the file line of the first', () => {
    expect(firstProblem('title = "T"\ntitle = "U"\n')).toEqual({
      line: 3,
      column: 1,
      message:
        'The TOML front matter cannot be parsed: The key `title` is given twice (first on line 2); TOML allows each key and table once, so remove or rename one.',
    });
    expect(firstProblem('a = 1\n[params]\nx = 1\n[params]\ny = 2\n')).toMatchObject({
      line: 5,
      message:
        'The TOML front matter cannot be parsed: The table `params` is given twice (first on line 3); TOML allows each key and table once, so remove or rename one.',
    });
  });

  it('looks for the first of a key in its own table only', () => {
    const { message } = firstProblem('x = 0\n[params]\nx = 1\n"x" = 2\n');
    expect(message).toContain('The key `x` is given twice (first on line 4)');
  });
});
