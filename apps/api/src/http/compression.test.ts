import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from './compression.ts';

describe('negotiateEncoding', () => {
  it('prefers Brotli at equal weight and follows q-values otherwise', () => {
    expect(negotiateEncoding('gzip, br', ['br', 'gzip'])).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0.5', ['br', 'gzip'])).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0', ['br', 'gzip'])).toBeUndefined();
    expect(negotiateEncoding(undefined, ['br', 'gzip'])).toBeUndefined();
  });

  it('reads x-gzip as gzip, as RFC 9110 asks of a recipient', () => {
    expect(negotiateEncoding('x-gzip', ['br', 'gzip'])).toBe('gzip');
    expect(negotiateEncoding('X-GZIP;q=0.8, identity', ['gzip'])).toBe('gzip');
    // The name the client gives itself wins over its alias.
    expect(negotiateEncoding('gzip;q=0, x-gzip', ['gzip'])).toBeUndefined();
  });

  it('gives a wildcard weight to what is not named', () => {
    expect(negotiateEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(negotiateEncoding('br;q=0, *;q=0.5', ['br', 'gzip'])).toBe('gzip');
  });
});
