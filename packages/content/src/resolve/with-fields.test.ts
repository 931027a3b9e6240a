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

  it('keeps what is not a plain property as it is: hidden, read-only, symbol-keyed, __proto__', () => {
    const hidden = Symbol('hidden');
    const record = JSON.parse('{"id":"a","__proto__":{"x":1}}') as Record<PropertyKey, unknown>;
    Object.defineProperty(record, 'secret', { value: 's', enumerable: false });
    Object.defineProperty(record, 'fixed', { value: 'f', enumerable: true, writable: false });
    Object.defineProperty(record, hidden, { value: 'h', writable: true, configurable: true });
    const copy = withFields(record, { id: 'b' });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ x: 1 });
    expect(Object.getOwnPropertyDescriptor(copy, 'secret')).toMatchObject({
      value: 's',
      enumerable: false,
    });
    expect(Object.getOwnPropertyDescriptor(copy, 'fixed')).toMatchObject({
      value: 'f',
      writable: false,
    });
    expect(Object.getOwnPropertyDescriptor(copy, hidden)).toMatchObject({
      value: 'h',
      enumerable: false,
    });
    expect(copy.id).toBe('b');
    expect(Object.keys(copy)).toEqual(['id', '__proto__', 'fixed']);
  });
});
