import { describe, expect, it } from 'vitest';
import { optionAt } from './option-at.ts';

describe('optionAt', () => {
  it('reads `--name value` and `--name=value`, and nothing else', () => {
    expect(optionAt(['--out', 'x.json'], 0, '--out')).toEqual({ value: 'x.json', used: 2 });
    expect(optionAt(['--out=x.json'], 0, '--out')).toEqual({ value: 'x.json', used: 1 });
    expect(optionAt(['--output', 'x'], 0, '--out')).toBeUndefined();
    expect(optionAt(['content'], 0, '--out')).toBeUndefined();
    expect(optionAt(['--out', '-'], 0, '--out')).toEqual({ value: '-', used: 2 });
  });

  it('gives no value when there is none, or when another option follows', () => {
    expect(optionAt(['--out'], 0, '--out')?.value).toBeUndefined();
    expect(optionAt(['--out='], 0, '--out')?.value).toBeUndefined();
    expect(optionAt(['--out', '', 'content'], 0, '--out')).toEqual({ value: undefined, used: 2 });
    expect(optionAt(['--format', '--workers', '2'], 0, '--format')).toEqual({
      value: undefined,
      used: 1,
    });
  });
});
