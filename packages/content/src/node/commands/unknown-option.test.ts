import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { unknownOption } from './unknown-option.ts';

const switches = ['--pretty', '--no-cache', '--help'];

describe('unknownOption', () => {
  it('says a switch given a value takes none, rather than guessing the switch itself', () => {
    expect(unknownOption('export', '--pretty=yes', switches)).toBe(
      '`--pretty` takes no value: give `--pretty` alone, not `--pretty=yes`.',
    );
    expect(unknownOption('export', '--no-cache=false', switches)).toMatch(
      /^`--no-cache` takes no value/,
    );
  });

  it('names the option a typo was meant to be, and none when nothing is close', () => {
    expect(unknownOption('export', '--prety', switches)).toBe(
      'export does not know the option `--prety`. Did you mean `--pretty`?',
    );
    expect(unknownOption('export', '--outt=x.json', switches)).toBe(
      'export does not know the option `--outt=x.json`. Did you mean `--out`?',
    );
    expect(unknownOption('check', '-x', switches)).toBe('check does not know the option `-x`.');
  });

  it('names the command an option of another is, where a guess would mislead', () => {
    expect(unknownOption('export', '--format', switches)).toBe(
      'export does not know the option `--format`. It is an option of `check`.',
    );
    expect(unknownOption('check', '--out=x.json', switches)).toBe(
      'check does not know the option `--out=x.json`. It is an option of `export`.',
    );
    expect(unknownOption('check', '--drafts', switches)).toBe(
      'check does not know the option `--drafts`. It is an option of `export`.',
    );
  });
});

describe('a switch given a value on the command line', () => {
  it('is refused by check and export, saying it takes none, with exit code 2', async () => {
    for (const args of [
      ['export', '--pretty=yes'],
      ['export', '--drafts=true'],
      ['check', '--no-cache=false'],
    ]) {
      const errors: string[] = [];
      const code = await runCli(args, { out: () => {}, err: (l) => errors.push(l) });
      expect(code).toBe(2);
      expect(errors.join('\n')).toMatch(/^`--[\w-]+` takes no value: give `--[\w-]+` alone/);
    }
  });
});
