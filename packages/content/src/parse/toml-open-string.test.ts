import { describe, expect, it } from 'vitest';
import { openStringColumn } from './toml-open-string.ts';

describe('openStringColumn', () => {
  it('finds the quote of a string left open at the end of its line', () => {
    expect(openStringColumn('title = "Hello')).toBe(9);
    expect(openStringColumn("title = 'Hello")).toBe(9);
    expect(openStringColumn('tags = ["a", "b]')).toBe(14);
    expect(openStringColumn('title = "say \\"hi\\"')).toBe(9);
  });

  it('finds none when every string closes, in a comment, or in a multi-line string', () => {
    expect(openStringColumn('title = "Hello" # a "quote')).toBeUndefined();
    expect(openStringColumn('title = "a \\" b"')).toBeUndefined();
    expect(openStringColumn("path = 'C:\\dir\\'")).toBeUndefined();
    expect(openStringColumn('text = """starts here')).toBeUndefined();
  });
});
