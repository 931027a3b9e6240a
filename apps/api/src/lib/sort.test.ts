import { describe, expect, it } from 'vitest';
import { sortedBy } from './sort.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

describe('sortedBy', () => {
  it('orders strings as the collator does, ties and missing values in catalog order', () => {
    const names = ['beta', 'Alpha', '', 'item 10', 'alpha', 'item 9', 'Émile', 'emile', 'b'];
    const items = [...names, ...names.map((name) => name.toUpperCase())].map((name, i) => ({
      name: i % 7 === 3 ? null : name,
      i,
    }));
    for (const key of ['name', '-name']) {
      const sorted = sortedBy({}, 'test', items, key, { name: (item) => item.name });
      const descending = key.startsWith('-');
      const expected = [...items].sort((a, b) => {
        const aMissing = !a.name;
        const bMissing = !b.name;
        if (aMissing || bMissing) return aMissing === bMissing ? a.i - b.i : aMissing ? 1 : -1;
        const order = collator.compare(a.name!, b.name!);
        return order !== 0 ? (descending ? -order : order) : a.i - b.i;
      });
      expect(sorted.map((item) => item.i)).toEqual(expected.map((item) => item.i));
    }
  });
});
