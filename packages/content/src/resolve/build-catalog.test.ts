import { describe, expect, it } from 'vitest';
import { Catalog } from '../schema/catalog.ts';
import type { Curation } from '../schema/curation.ts';
import type { Event } from '../schema/event.ts';
import { analyzeArticles } from './analyze.ts';
import { buildCatalog } from './build-catalog.ts';
import { checkReferences } from './check-references.ts';

const article = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}\n`;

function catalogOf(
  files: Record<string, string>,
  options: { events?: Event[]; curation?: Curation } = {},
) {
  const sources = Object.entries(files).map(([path, source]) => ({ path, source }));
  const analyzed = analyzeArticles(sources);
  return buildCatalog({ ...analyzed, ...options }).catalog;
}

const widgetConf: Event = {
  id: 'widgetconf-2031',
  name: 'WidgetConf 2031',
  year: 2031,
  origin: 'curated',
};

describe('merging talks across posts', () => {
  it('makes one talk of the same title up to case, punctuation, word forms and a shortening, keeping every variant', () => {
    const c = catalogOf(
      {
        'posts/a.md': article(
          'WidgetConf 2031 day one',
          'Ida Moss spoke about **The missing gear when widgets and services finally unleash design 2.0**.',
        ),
        'posts/b.md': article(
          'WidgetConf 2031 notes',
          'I liked "The Missing Gear: when Widgets unleashing design 2.0" by Ida Moss.',
        ),
      },
      { events: [widgetConf] },
    );
    expect(c.talks).toHaveLength(1);
    expect(c.talks[0]!.mentions.map((m) => m.post)).toEqual(['a', 'b']);
    expect(c.talks[0]!.altTitles).toHaveLength(1);
    expect(c.speakers).toHaveLength(1);
  });

  it('forgives a one-letter typo in a title', () => {
    const c = catalogOf(
      {
        'posts/a.md': article(
          'WidgetConf 2031 day one',
          'Ida Moss spoke about **Meroku at planet scale**.',
        ),
        'posts/b.md': article('WidgetConf 2031 notes', '* Heroku at planet scale - Ida Moss'),
      },
      { events: [widgetConf] },
    );
    expect(c.talks).toHaveLength(1);
  });

  it('never merges talks of different events', () => {
    const c = catalogOf({
      'posts/a.md': article('GearCon 2030 recap', 'Ida Moss spoke about **Boring Databases**.'),
      'posts/b.md': article('GearCon 2031 recap', 'Ida Moss spoke about **Boring Databases**.'),
    });
    expect(c.events.map((e) => e.id)).toEqual(['gearcon-2030', 'gearcon-2031']);
    expect(c.talks).toHaveLength(2);
    expect(new Set(c.talks.map((t) => t.event))).toEqual(new Set(['gearcon-2030', 'gearcon-2031']));
    expect(c.speakers).toHaveLength(1);
    expect(c.speakers[0]!.talks).toHaveLength(2);
  });

  it('keeps different talks apart and reports near-identical ones left unmerged', () => {
    const c = catalogOf(
      {
        'posts/a.md': article(
          'WidgetConf 2031 day one',
          'Ida Moss spoke about **Understanding Widget Security**.',
        ),
        'posts/b.md': article(
          'WidgetConf 2031 notes',
          'Ole Berg spoke about **Understanding Widget Networking**.',
        ),
      },
      { events: [widgetConf] },
    );
    expect(c.talks).toHaveLength(2);
  });
});

describe('merging people across posts', () => {
  it('joins the same handle, and the same name up to accents and case', () => {
    const c = catalogOf({
      'posts/a.md': article(
        'Notes',
        '[Zoë Ark](https://twitter.com/zark) spoke about **Gentle Migrations**.',
      ),
      'posts/b.md': article(
        'More notes',
        '[Z. Ark](https://twitter.com/zark) spoke about **Loud Migrations**.\n\nZOE ARK spoke about **Quiet Logs**.',
      ),
    });
    const zoe = c.speakers.filter((s) => s.handles.twitter === 'zark');
    expect(zoe).toHaveLength(1);
    expect(zoe[0]!.aliases.length).toBeGreaterThan(0);
  });

  it('names a person with the accents one post kept where others dropped them', () => {
    const dropped = (n: number) =>
      article(`Recap ${n}`, `Jose Valim spoke about **Elixir at Scale** at the keynote.`);
    const c = catalogOf({
      'posts/a.md': dropped(1),
      'posts/b.md': dropped(2),
      'posts/c.md': article('Recap 3', 'José Valim spoke about **Elixir at Scale**.'),
    });
    expect(c.speakers.map((s) => [s.name, s.aliases])).toEqual([['José Valim', ['Jose Valim']]]);
    expect(c.talks.find((t) => t.title === 'Elixir at Scale')?.speakers).toEqual([
      c.speakers[0]!.id,
    ]);
  });

  it('reads a name and a title written with decomposed accents as the same, at their place as written', () => {
    const body = 'Then José Valim spoke about **Élixir à l’échelle**.';
    const c = catalogOf({
      'posts/a.md': article('Recap 1', body),
      'posts/b.md': article('Recap 2', body.normalize('NFD')),
    });
    expect(c.speakers.map((s) => [s.name, s.aliases])).toEqual([['José Valim', []]]);
    expect(c.talks.map((t) => [t.title, t.altTitles])).toEqual([['Élixir à l’échelle', []]]);
    const [a, b] = c.speakers[0]!.mentions;
    // Columns count the text as the file holds it: the decomposed é is two characters.
    expect([a!.column, a!.endColumn, b!.column, b!.endColumn]).toEqual([6, 16, 6, 17]);
  });

  it('joins a typo only when the same talk backs it, and keeps every spelling as an alias', () => {
    const c = catalogOf(
      {
        'posts/a.md': article(
          'WidgetConf 2031 a',
          'I enjoyed "Cgroups and Beyond" by Jerald Pettersonn.',
        ),
        'posts/b.md': article(
          'WidgetConf 2031 b',
          'I enjoyed "Cgroups and Beyond" by Jerald Petersonn.\n\nAlso "Other Things" by Jerald Peterssen.',
        ),
      },
      { events: [widgetConf] },
    );
    const names = c.speakers.map((s) => [s.name, ...s.aliases].sort());
    expect(names).toContainEqual(['Jerald Petersonn', 'Jerald Pettersonn']);
    expect(c.speakers).toHaveLength(2);
  });

  it('joins a first name to a full name only where the same talk pins it', () => {
    const c = catalogOf(
      {
        'posts/a.md': article(
          'WidgetConf 2031 a',
          '## Quiet Queues\n\n[Sasha](https://example.org/s) presented it.',
        ),
        'posts/b.md': article(
          'WidgetConf 2031 b',
          '* Quiet Queues - Sasha Gold\n* Loud Queues - Sasha Brun',
        ),
      },
      { events: [widgetConf] },
    );
    const quiet = c.talks.find((t) => t.title === 'Quiet Queues')!;
    expect(quiet.speakers).toHaveLength(1);
    expect(c.speakers.find((s) => s.id === quiet.speakers[0])!.aliases).toContain('Sasha');
  });
});

describe('curated corrections', () => {
  const files = {
    'posts/a.md': article(
      'Notes',
      'I liked "Cgroups and Beyond" by Jerome Pettazzoni. Also "Shiny Tool Tour" by Leo Pratt.',
    ),
  };

  it('win over extraction and say so in provenance: canonical names, dropped finds, merges', () => {
    const c = catalogOf(files, {
      curation: {
        speakers: [
          {
            name: 'Jérôme Petazzoni',
            match: ['Jerome Pettazzoni'],
            aliases: [],
            affiliation: 'Docker',
            drop: false,
          },
          { name: 'Leo Pratt', match: [], aliases: [], drop: true },
        ],
        talks: [{ title: 'Shiny Tool Tour', match: [], drop: true }],
      },
    });
    expect(c.speakers.map((s) => s.name)).toEqual(['Jérôme Petazzoni']);
    expect(c.speakers[0]).toMatchObject({
      aliases: ['Jerome Pettazzoni'],
      affiliation: 'Docker',
      provenance: { name: 'curated', affiliation: 'curated' },
    });
    expect(c.talks.map((t) => t.title)).toEqual(['Cgroups and Beyond']);
  });
});

describe('the catalog', () => {
  const files = {
    'posts/2031-01-02-b.md': article(
      'WidgetConf 2031 b',
      '* Quiet Queues - Sasha Gold\n* Loud Queues - Rui Brun',
    ),
    'posts/2031-01-01-a.md': article(
      'WidgetConf 2031 a',
      'Sasha Gold spoke about **Quiet Queues**.',
    ),
  };

  it('has the same ids whatever order the files come in, and on every run', () => {
    const a = catalogOf(files);
    const b = catalogOf(Object.fromEntries(Object.entries(files).reverse()));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.talks.map((t) => t.id)).toEqual(['quiet-queues', 'loud-queues']);
  });

  it('validates against its schema and has every reference both ways', () => {
    const c = catalogOf(files);
    expect(Catalog.safeParse(c).success).toBe(true);
    expect(checkReferences(c)).toEqual([]);
    const broken = { ...c, speakers: c.speakers.map((s) => ({ ...s, talks: [] })) };
    expect(checkReferences(broken).map((d) => d.code)).toContain('broken-reference');
  });

  it('infers events from post titles when none is curated', () => {
    const c = catalogOf({ 'posts/x.md': article('Highlights from GearCon EU 2029', 'Fine.') });
    expect(c.events).toEqual([
      { id: 'gearcon-eu-2029', name: 'GearCon EU 2029', year: 2029, origin: 'inferred' },
    ]);
    expect(c.posts[0]!.event).toBe('gearcon-eu-2029');
  });
});

describe('an event named in a post’s front matter', () => {
  it('puts the post in it, and is one event with the same one a title names', () => {
    const c = catalogOf(
      {
        'posts/a.md':
          '---\ntitle: My notes\nevent: WidgetConf 2031\n---\nIda Moss spoke about **Gears**.\n',
        'posts/b.md': '---\ntitle: Notes\nevent: PyCon US\ndate: 2016-05-30\n---\nText.\n',
        'posts/c.md': article('PyCon US 2016 recap', 'Text.'),
      },
      { events: [widgetConf] },
    );
    expect(c.posts.map((p) => p.event)).toEqual([
      'widgetconf-2031',
      'pycon-us-2016',
      'pycon-us-2016',
    ]);
    expect(c.events.map((e) => e.id)).toEqual(['pycon-us-2016', 'widgetconf-2031']);
    expect(c.talks[0]!.event).toBe('widgetconf-2031');
  });
});
