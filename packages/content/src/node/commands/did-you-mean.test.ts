import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.ts';

const checkOptions = ['--format', '--workers', '--no-cache', '--help'];

describe('didYouMean', () => {
  it('names the option or command a typo was meant to be', () => {
    expect(didYouMean('--frmat', checkOptions)).toBe(' Did you mean `--format`?');
    expect(didYouMean('--fromat=json', checkOptions)).toBe(' Did you mean `--format`?');
    expect(didYouMean('--nocache', checkOptions)).toBe(' Did you mean `--no-cache`?');
    expect(didYouMean('--Workers', checkOptions)).toBe(' Did you mean `--workers`?');
    expect(didYouMean('chek', ['check', 'export'])).toBe(' Did you mean `check`?');
    expect(didYouMean('exprot', ['check', 'export'])).toBe(' Did you mean `export`?');
  });

  it('names the option a shortened or lengthened one was meant to be', () => {
    expect(didYouMean('--output', ['--out', '--pretty'])).toBe(' Did you mean `--out`?');
    expect(didYouMean('--work', checkOptions)).toBe(' Did you mean `--workers`?');
  });

  it('guesses nothing when nothing is close', () => {
    expect(didYouMean('-x', ['-h', '--help'])).toBe('');
    expect(didYouMean('--drafts', checkOptions)).toBe('');
    expect(didYouMean('frobnicate', ['check', 'export'])).toBe('');
    expect(didYouMean('--', ['--out'])).toBe('');
  });
});
