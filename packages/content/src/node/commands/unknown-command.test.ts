import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';

async function errorOf(...args: string[]) {
  const errors: string[] = [];
  const code = await runCli(args, { out: () => {}, err: (l) => errors.push(l) });
  return { code, first: errors.join('\n').split('\n')[0] };
}

describe('an option where confnotes expects a command', () => {
  it('is named as a mistyped --version or --help, not as an unknown command', async () => {
    expect(await errorOf('--verison')).toEqual({
      code: 2,
      first: 'confnotes does not know the option `--verison`. Did you mean `--version`?',
    });
    expect((await errorOf('--halp')).first).toBe(
      'confnotes does not know the option `--halp`. Did you mean `--help`?',
    );
    expect((await errorOf('--bogus')).first).toBe('confnotes does not know the option `--bogus`.');
  });

  it("says a command's option goes after the command", async () => {
    // The line it gives runs: the option's value is kept, and the command given stays.
    expect(await errorOf('--format', 'json', 'check', 'content')).toEqual({
      code: 2,
      first:
        '`--format` is an option of `check`: give it after the command, as in `confnotes check --format json content`.',
    });
    expect((await errorOf('--no-cache', 'export')).first).toBe(
      '`--no-cache` is an option of `check` and `export`: give it after the command, as in `confnotes export --no-cache`.',
    );
    expect((await errorOf('--format')).first).toBe(
      '`--format` is an option of `check`: give it after the command, as in `confnotes check --format`.',
    );
    expect((await errorOf('--out=x.json', 'export')).first).toMatch(
      /^`--out` is an option of `export`: .* `confnotes export --out=x\.json`\.$/,
    );
  });

  it('still guesses the command a typo was meant to be', async () => {
    expect((await errorOf('chek')).first).toBe(
      'confnotes does not know the command `chek`. Did you mean `check`?',
    );
  });

  it('names the command that does what another tool’s command of that name does', async () => {
    expect(await errorOf('build')).toEqual({
      code: 2,
      first:
        'confnotes does not know the command `build`. `confnotes export` builds the catalog and prints it as JSON (`--out file` writes it to a file).',
    });
    expect((await errorOf('lint')).first).toBe(
      'confnotes does not know the command `lint`. `confnotes check` validates the articles and prints their diagnostics.',
    );
  });
});
