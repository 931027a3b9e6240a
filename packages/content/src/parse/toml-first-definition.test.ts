import { describe, expect, it } from 'vitest';
import { firstDefinition } from './toml-first-definition.ts';

describe('firstDefinition', () => {
  it('finds a key above in the same table, and a table header anywhere above', () => {
    expect(firstDefinition('title = "A"\ndate = 1\ntitle = "B"\n', 3)).toBe(1);
    expect(firstDefinition('[a]\nx = 1\n[b]\ny = 2\n[ a ]\n', 5)).toBe(1);
    expect(firstDefinition('[a]\nb . c = 1\nb.c = 2\n', 3)).toBe(2);
  });

  it('does not take a key of another table, or a table for a key of its name', () => {
    expect(firstDefinition('x = 1\n[t]\nx = 2\n', 3)).toBeUndefined();
    expect(firstDefinition('[x]\ny = 1\n[z]\nx = 2\n', 4)).toBeUndefined();
  });
});
