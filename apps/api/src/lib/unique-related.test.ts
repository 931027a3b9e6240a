import { describe, expect, it } from 'vitest';
import { uniqueRelated } from './unique-related.ts';

describe('uniqueRelated', () => {
  it('gives each related record once, in the order the page first names it', () => {
    const people = { a: { id: 'a' }, b: { id: 'b' }, c: { id: 'c' } };
    const page = [['b', 'a'], [], ['a', 'c']] as const;
    const related = uniqueRelated(page, (ids) => ids.map((id) => people[id]));
    expect(related.map((p) => p.id)).toEqual(['b', 'a', 'c']);
    expect(uniqueRelated([], () => [people.a])).toEqual([]);
  });
});
