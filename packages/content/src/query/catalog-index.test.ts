import { describe, expect, it } from 'vitest';
import { Catalog } from '../schema/catalog.ts';
import { postsByTag } from './filters.ts';
import { fixtureCatalog } from './fixtures/catalog.ts';
import { talksOfEvent, talksOfSpeaker } from './relations.ts';

describe('the lists the query helpers give', () => {
  it('cannot be sorted or reversed in place, which reordered every later answer', () => {
    // A catalog of its own: the index of the shared fixture is kept for other tests.
    const catalog = Catalog.parse(structuredClone(fixtureCatalog));
    const order = talksOfEvent(catalog, 'dockercon-eu-2015').map((talk) => talk.id);
    expect(() => (talksOfEvent(catalog, 'dockercon-eu-2015') as unknown[]).reverse()).toThrow(
      TypeError,
    );
    expect(talksOfEvent(catalog, 'dockercon-eu-2015').map((talk) => talk.id)).toEqual(order);
    expect(() => (postsByTag(catalog, 'docker') as unknown[]).push({})).toThrow(TypeError);
    // A known id and an unknown one answer alike.
    expect(Object.isFrozen(talksOfSpeaker(catalog, 'john-fiedler'))).toBe(true);
    expect(Object.isFrozen(talksOfSpeaker(catalog, 'nobody'))).toBe(true);
  });

  it('are copied to be sorted', () => {
    const catalog = Catalog.parse(structuredClone(fixtureCatalog));
    const ids = talksOfEvent(catalog, 'dockercon-eu-2015')
      .toSorted((a, b) => b.id.localeCompare(a.id))
      .map((talk) => talk.id);
    expect(ids).toEqual(ids.toSorted().reverse());
  });
});
