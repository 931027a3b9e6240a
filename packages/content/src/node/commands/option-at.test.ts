import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';
import { optionAt } from './option-at.ts';

describe('optionAt', () => {
  it('reads `--name value` and `--name=value`, and nothing else', () => {
    expect(optionAt(['--out', 'x.json'], 0, '--out')).toEqual({ value: 'x.json', used: 2 });
    expect(optionAt(['--out=x.json'], 0, '--out')).toEqual({ value: 'x.json', used: 1 });
    expect(optionAt(['--output', 'x'], 0, '--out')).toBeUndefined();
    expect(optionAt(['content'], 0, '--out')).toBeUndefined();
    expect(optionAt(['--out', '-'], 0, '--out')).toEqual({ value: '-', used: 2 });
  });

  it('takes a negative number as the value, for the command to refuse as a wrong one', async () => {
    expect(optionAt(['--workers', '-1'], 0, '--workers')).toEqual({ value: '-1', used: 2 });
    const errors: string[] = [];
    const code = await runCli(['check', '--workers', '-1'], {
      out: () => {},
      err: (l) => errors.push(l),
    });
    expect(code).toBe(2);
    expect(errors[0]).toMatch(/^--workers takes a whole number of threads, 1 or more, not `-1`\./);
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
