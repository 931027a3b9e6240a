import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex } from './search-index.ts';

const index = createSearchIndex(catalog);

describe('a snippet made from a text given', () => {
  it.each([
    [undefined, 'not undefined'],
    [null, 'not null'],
    [5, 'not number'],
  ])('refuses %o with a TypeError that says what to pass', (text, what) => {
    const ask = () => index.snippet('docker', text as never);
    expect(ask).toThrow(TypeError);
    expect(ask).toThrow(
      `The text of a snippet must be a string, ${what}: pass the record's whole text.`,
    );
  });

  it('still marks the words of a text', () => {
    expect(index.snippet('docker', 'We ran Docker').highlights).toEqual([{ start: 7, end: 13 }]);
  });
});
