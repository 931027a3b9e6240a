import type { Catalog } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../test/catalog-fixture.ts';
import { indexCatalog } from './catalog-index.ts';
import { filterRows, sortedRows, type Tab } from './list-rows.ts';

/** The fixture with speakers whose names carry accents, one with a curated alias. */
function catalog(): Catalog {
  const base = fixtureCatalog();
  const template = base.speakers[0]!;
  const speaker = (id: string, name: string, aliases: string[]) => ({
    ...template,
    id,
    name,
    aliases,
    talks: [],
    mentions: [],
  });
  const talks = base.talks.map((t, i) =>
    i === 0 ? { ...t, altTitles: ['Docker in anger: lessons from production'] } : t,
  );
  return {
    ...base,
    talks,
    speakers: [
      ...base.speakers,
      speaker('diogo-monica', 'Diogo Mónica', []),
      speaker('jerome-petazzoni', 'Jérôme Petazzoni', ['Jerome Pettazzoni']),
    ],
  };
}

describe('filterRows over names', () => {
  const index = indexCatalog(catalog());
  const titles = (tab: Tab, query: string) =>
    filterRows(sortedRows(index, tab, 0), query).map((r) => r.title);

  it('ignores accents and case in names', () => {
    expect(titles('speakers', 'monica')).toEqual(['Diogo Mónica']);
    expect(titles('speakers', 'JEROME')).toEqual(['Jérôme Petazzoni']);
    expect(titles('speakers', 'mónica')).toEqual(['Diogo Mónica']);
  });

  it("matches a speaker's aliases and a talk's other titles", () => {
    expect(titles('speakers', 'pettazzoni')).toEqual(['Jérôme Petazzoni']);
    const talk = indexCatalog(catalog()).catalog.talks[0]!;
    expect(titles('talks', 'in anger')).toHaveLength(1);
    expect(filterRows(sortedRows(index, 'talks', 0), 'in anger')[0]!.id).toBe(talk.id);
  });
});

describe('the speakers list', () => {
  it('counts the posts naming a speaker without a talk on file, not their 0 talks', () => {
    const base = fixtureCatalog();
    const john = base.speakers.find((s) => s.id === 'john-fiedler')!;
    const named = { ...john, id: 'named', name: 'Ann Named', talks: [], affiliation: 'Acme' };
    const index = indexCatalog({ ...base, speakers: [...base.speakers, named] });
    const details = new Map(sortedRows(index, 'speakers', 0).map((r) => [r.id, r.detail]));
    expect(details.get('named')).toBe('Acme · named in 2 posts');
    expect(details.get('john-fiedler')).toBe('1 talk');
  });
});
