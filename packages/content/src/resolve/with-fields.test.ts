import { describe, expect, it } from 'vitest';
import { withFields } from './with-fields.ts';

describe('withFields', () => {
  it('gives what a spread would, keys in the same order, and leaves the record as it was', () => {
    const record = { id: 'a', event: 'old', title: 'T' };
    const copy = withFields(record, { event: 'new' });
    expect(copy).toEqual({ ...record, event: 'new' });
    expect(Object.keys(copy)).toEqual(['id', 'event', 'title']);
    expect(record.event).toBe('old');
    expect(Object.keys(withFields({ id: 'b' }, { title: 'U' } as never))).toEqual(['id', 'title']);
  });

  it('keeps an accessor an accessor, where a spread would read it', () => {
    let reads = 0;
    const record = Object.defineProperty({ id: 'a' } as { id: string; html?: string }, 'html', {
      enumerable: true,
      configurable: true,
      get: () => {
        reads++;
        return '<p>body</p>';
      },
    });
    const copy = withFields(record, {});
    expect(reads).toBe(0);
    expect(Object.getOwnPropertyDescriptor(copy, 'html')?.get).toBeTypeOf('function');
    expect(copy.html).toBe('<p>body</p>');
    expect(reads).toBe(1);
  });
});
