import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { unknownOption } from './unknown-option.ts';

const options = ['--out', '--pretty', '--no-cache', '--help'];
const switches = ['--pretty', '--no-cache', '--help'];

describe('unknownOption', () => {
  it('says a switch given a value takes none, rather than guessing the switch itself', () => {
    expect(unknownOption('export', '--pretty=yes', options, switches)).toBe(
      '`--pretty` takes no value: give `--pretty` alone, not `--pretty=yes`.',
    );
    expect(unknownOption('export', '--no-cache=false', options, switches)).toMatch(
      /^`--no-cache` takes no value/,
    );
  });

  it('names the option a typo was meant to be, and none when nothing is close', () => {
    expect(unknownOption('export', '--prety', options, switches)).toBe(
      'export does not know the option `--prety`. Did you mean `--pretty`?',
    );
    expect(unknownOption('export', '--outt=x.json', options, switches)).toBe(
      'export does not know the option `--outt=x.json`. Did you mean `--out`?',
    );
    expect(unknownOption('check', '-x', options, switches)).toBe(
      'check does not know the option `-x`.',
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
