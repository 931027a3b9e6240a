import { describe, expect, it } from 'vitest';
import type { Event } from '../schema/event.ts';
import { analyzeArticles } from './analyze.ts';
import { buildCatalog } from './build-catalog.ts';
import { fitsEventDate, placeByTalks } from './events-by-talks.ts';

const widgetConf: Event = {
  id: 'widgetconf-2031',
  name: 'WidgetConf 2031',
  year: 2031,
  start: '2031-05-12',
  end: '2031-05-13',
  origin: 'curated',
};
const gadgetCamp: Event = {
  id: 'gadgetcamp-2031',
  name: 'GadgetCamp 2031',
  year: 2031,
  origin: 'curated',
};

const article = (title: string, body: string, date?: string) =>
  `---\ntitle: ${title}\n${date ? `date: ${date}\n` : ''}---\n${body}\n`;

/** The catalog of `files`, and the placement its posts and extractions give. */
function build(files: Record<string, string>, events: Event[] = [widgetConf, gadgetCamp]) {
  const analyzed = analyzeArticles(
    Object.entries(files).map(([path, source]) => ({ path, source })),
  );
  const built = buildCatalog({ ...analyzed, events, trace: true });
  return { catalog: built.catalog, loose: built.trace!.loose };
}

const eventOf = (c: ReturnType<typeof build>['catalog'], id: string) =>
  c.posts.find((p) => p.id === id)?.event;

describe('placing posts of no event by their talks', () => {
  const evented = article(
    'WidgetConf 2031 day one',
    'Ida Moss spoke about **Gears for distributed teams**.',
  );

  it('gives a post of no event the event whose talk it reports, and merges the two reports', () => {
    const { catalog, loose } = build({
      'posts/a.md': evented,
      'posts/b.md': article(
        'My favourite talks',
        'Ida Moss spoke about **Gears for Distributed Teams!**',
        '2031-05-20',
      ),
    });
    expect(eventOf(catalog, 'b')).toBe('widgetconf-2031');
    expect(catalog.talks).toHaveLength(1);
    expect(catalog.talks[0]!.mentions.map((m) => m.post)).toEqual(['a', 'b']);
    expect(loose).toEqual([[1, ['gears for distributed teams']]]);
  });

  it('leaves it without one when no speaker is shared, or the title differs', () => {
    const { catalog } = build({
      'posts/a.md': evented,
      'posts/b.md': article('Notes', 'Ola Berg spoke about **Gears for distributed teams**.'),
      'posts/c.md': article('Notes too', 'Ida Moss spoke about **Gears for remote teams**.'),
    });
    expect(eventOf(catalog, 'b')).toBeUndefined();
    expect(eventOf(catalog, 'c')).toBeUndefined();
    expect(catalog.talks).toHaveLength(3);
  });

  it('leaves it without one when its talks are talks of two events', () => {
    const { catalog } = build({
      'posts/a.md': evented,
      'posts/b.md': article(
        'GadgetCamp 2031 notes',
        'Ida Moss spoke about **Gears for distributed teams**.',
      ),
      'posts/c.md': article('Notes', 'Ida Moss spoke about **Gears for distributed teams**.'),
    });
    expect(eventOf(catalog, 'c')).toBeUndefined();
  });

  it('places only by posts with an event of their own', () => {
    const { catalog } = build({
      'posts/a.md': evented,
      'posts/b.md': article(
        'Notes',
        'Ida Moss spoke about **Gears for distributed teams**.\n\nUma Ray spoke about **Sprockets in anger**.',
      ),
      // Shares a talk with b only, which has its event from a.
      'posts/c.md': article('More notes', 'Uma Ray spoke about **Sprockets in anger**.'),
    });
    expect(eventOf(catalog, 'b')).toBe('widgetconf-2031');
    expect(eventOf(catalog, 'c')).toBeUndefined();
  });

  it('leaves a post whose date does not fit the event without one', () => {
    const { catalog } = build({
      'posts/a.md': evented,
      'posts/b.md': article(
        'Notes',
        'Ida Moss spoke about **Gears for distributed teams**.',
        '2034-01-02',
      ),
    });
    expect(eventOf(catalog, 'b')).toBeUndefined();
  });

  it('does not place by reports a curated record drops', () => {
    const posts = analyzeArticles([
      { path: 'posts/a.md', source: evented },
      {
        path: 'posts/b.md',
        source: article('Notes', 'Ida Moss spoke about **Gears for distributed teams**.'),
      },
    ]);
    const byId = new Map(posts.extractions.map((x) => [x.post, x]));
    const withEvent = posts.posts.map((p, i) => (i === 0 ? { ...p, event: widgetConf.id } : p));
    const place = (skip?: (r: { title: string | null }) => boolean) =>
      placeByTalks(
        withEvent,
        (p) => byId.get(p.id),
        () => widgetConf,
        skip,
      ).placed;
    expect([...place()]).toEqual([[1, 'widgetconf-2031']]);
    expect([...place((r) => r.title === 'Gears for distributed teams')]).toEqual([]);
  });
});

describe('fitsEventDate', () => {
  it('takes undated posts, recaps up to the next year and previews a few weeks early', () => {
    expect(fitsEventDate({}, widgetConf)).toBe(true);
    expect(fitsEventDate({ date: '2031-05-14' }, widgetConf)).toBe(true);
    expect(fitsEventDate({ date: '2032-12-31T10:00:00Z' }, widgetConf)).toBe(true);
    expect(fitsEventDate({ date: '2031-04-20' }, widgetConf)).toBe(true);
    expect(fitsEventDate({ date: '2031-03-01' }, widgetConf)).toBe(false);
    expect(fitsEventDate({ date: '2033-01-01' }, widgetConf)).toBe(false);
  });

  it('uses the year alone when the event has no dates', () => {
    expect(fitsEventDate({ date: '2031-12-01' }, gadgetCamp)).toBe(true);
    expect(fitsEventDate({ date: '2030-12-01' }, gadgetCamp)).toBe(false);
    expect(fitsEventDate({ date: '2030-12-01' }, { ...gadgetCamp, year: undefined })).toBe(true);
  });
});
