import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../query/fixtures/catalog.ts';
import { createSearchIndex } from './search-index.ts';

const index = createSearchIndex(catalog);

describe('the options of a search', () => {
  it('refuse types given as one string, which matched nothing', () => {
    for (const ask of [
      () => index.search('docker', { types: 'talk' as never }),
      () => index.match('docker', { types: 'talk' as never }),
    ]) {
      expect(ask).toThrow(TypeError);
      expect(ask).toThrow(`types is a list, not the string "talk": write { types: ['talk'] }.`);
    }
  });

  it('refuse a type no record has, such as a plural, which matched nothing', () => {
    expect(() => index.search('docker', { types: ['talks' as never] })).toThrow(
      `"talks" is not a type of record a search finds: the types are 'post', 'talk' and 'speaker'.`,
    );
  });

  it('take null as no options', () => {
    expect(index.search('docker', null as never)).toEqual(index.search('docker'));
    expect(index.match('docker', null as never)).toEqual(index.match('docker'));
  });

  it('still find what the types given allow, and nothing for none', () => {
    expect(index.search('docker', { types: ['talk'] }).hits.every((h) => h.type === 'talk')).toBe(
      true,
    );
    expect(index.search('docker', { types: [] }).total).toBe(0);
  });
});
