import { describe, expect, it } from 'vitest';
import { valuePosition } from './value-position.ts';

describe('valuePosition', () => {
  it('finds the value after the key in YAML, TOML, JSON and header lines', () => {
    const at = (raw: string, line: number, column: number) =>
      valuePosition({ raw, rawLine: 2 }, { line, column });
    expect(at('title: A\ndate: 2015-02-30\n', 3, 1)).toEqual({ line: 3, column: 7 });
    expect(at('title = "A"\ndate =   2015-02-30\n', 3, 1)).toEqual({ line: 3, column: 10 });
    expect(at('{\n  "a:b": 1, "date": "2015-02-30"\n}', 3, 3)).toEqual({ line: 3, column: 10 });
    expect(at('Title: A\r\nDate: 2015-02-30\r\n', 3, 1)).toEqual({ line: 3, column: 7 });
  });

  it('stays at the key when the value is not on its line, or the line is not there', () => {
    const raw = 'tags:\n  - a\n';
    expect(valuePosition({ raw, rawLine: 2 }, { line: 2, column: 1 })).toEqual({
      line: 2,
      column: 1,
    });
    expect(valuePosition({ raw, rawLine: 2 }, { line: 9, column: 1 })).toEqual({
      line: 9,
      column: 1,
    });
  });
});
