import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../schema/diagnostic.ts';
import { byPlace } from './by-place.ts';

const at = (file: string, line: number, column: number) =>
  ({ file, line, column, severity: 'error', code: 'x', message: '', hint: '' }) as Diagnostic;

describe('byPlace', () => {
  it('orders by file, then line and column as numbers, and leaves the list given as it was', () => {
    const given = [
      at('posts/b.md', 61, 1),
      at('posts/b.md', 18, 4),
      at('posts/a.md', 9, 1),
      at('posts/b.md', 18, 2),
    ];
    const places = byPlace(given).map((d) => `${d.file}:${d.line}:${d.column}`);
    expect(places).toEqual([
      'posts/a.md:9:1',
      'posts/b.md:18:2',
      'posts/b.md:18:4',
      'posts/b.md:61:1',
    ]);
    expect(given[0]!.line).toBe(61);
  });
});
