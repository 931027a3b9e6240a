import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../test/fixture-catalog.ts';
import { answerJson } from './record-json.ts';

describe('answerJson', () => {
  it('writes exactly what JSON.stringify writes, records or not', () => {
    const catalog = fixtureCatalog();
    const records = new WeakSet<object>([...catalog.talks, ...catalog.posts]);
    const values: unknown[] = [
      { data: catalog.talks, meta: { total: 3, next: null, prev: undefined } },
      { data: catalog.posts[0], included: { talks: catalog.talks.slice(0, 2), event: null } },
      [1, undefined, 'a"\u2028b', { x: undefined, y: [null, () => 1] }, new Date(0)],
      { nested: { deeper: catalog.speakers }, empty: {}, list: [] },
      'text',
      null,
    ];
    for (const value of values) {
      expect(answerJson(value, records)).toBe(JSON.stringify(value));
      // Again, now from the texts kept for the records.
      expect(answerJson(value, records)).toBe(JSON.stringify(value));
    }
  });
});
