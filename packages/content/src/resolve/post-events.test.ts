import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse/parse-article.ts';
import type { Event } from '../schema/event.ts';
import { postEvents } from './post-events.ts';

const event = (name: string, year: number): Event => ({
  id: `${name.toLowerCase()}-${year}`,
  name: `${name} ${year}`,
  year,
  origin: 'curated',
});

const post = (title: string, body: string) => {
  const { post } = parseArticle(`---\ntitle: "${title}"\n---\n${body}\n`, 'posts/a.md');
  if (!post) throw new Error('fixture did not parse');
  return post;
};

const posts = [
  post('Day one at BenchConf 2024', 'Notes.'),
  post('My notes', 'I spent two days at GopherCon 2023 in Sydney.'),
  post('Recap', 'Back from benchconf-2024, the talks were good.'),
  // A word that holds a head is not that head.
  post('Recap', 'Benchconfusion 2024 is not an event.'),
  post('Recap', 'Nothing about any conference here.'),
];

describe('postEvents', () => {
  it('finds the same events among a few curated ones as among many', () => {
    const few = [event('BenchConf', 2024), event('GopherCon', 2023)];
    const many = [
      ...few,
      ...['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota'].map((n) =>
        event(`${n}Conf`, 2020),
      ),
    ];
    const ofFew = postEvents(few);
    const ofMany = postEvents(many);
    const found = posts.map((p) => ofFew(p)?.id);
    expect(found).toEqual([
      'benchconf-2024',
      'gophercon-2023',
      'benchconf-2024',
      undefined,
      undefined,
    ]);
    expect(posts.map((p) => ofMany(p)?.id)).toEqual(found);
  });

  it('scores candidates in curated order, so the first of equally fitting events wins', () => {
    const later = { ...event('GopherCon', 2023), id: 'gophercon-sydney' };
    const text = post('Recap', 'GopherCon 2023 then BenchConf 2024, and GopherCon again.');
    const curated = [event('BenchConf', 2024), later, event('GopherCon', 2023)];
    const many = [
      ...curated,
      ...['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'].map((n) =>
        event(`${n}Conf`, 2020),
      ),
    ];
    expect(postEvents(curated)(text)?.id).toBe('benchconf-2024');
    expect(postEvents(curated.slice(1))(text)?.id).toBe('gophercon-sydney');
    expect(postEvents(many.slice(1))(text)?.id).toBe('gophercon-sydney');
  });
});

describe('an event named in the front matter', () => {
  const named = (frontMatter: string, body = 'Notes from GopherCon 2023.') => {
    const { post } = parseArticle(
      `---\ntitle: Recap\n${frontMatter}\n---\n${body}\n`,
      'posts/a.md',
    );
    if (!post) throw new Error('fixture did not parse');
    return post;
  };
  const curated = [event('BenchConf', 2024), event('GopherCon', 2023)];
  const of = postEvents(curated);

  it('is the curated event of that id or name, whatever the text names', () => {
    expect(of(named('event: benchconf-2024'))?.id).toBe('benchconf-2024');
    expect(of(named('Event: "benchconf 2024"'))?.id).toBe('benchconf-2024');
    expect(of(named('conference: BenchConf 2024'))?.id).toBe('benchconf-2024');
  });

  it('is an event of that name otherwise, with the post’s year when the name has none', () => {
    expect(of(named('event: PyCon US 2016'))).toEqual({
      id: 'pycon-us-2016',
      name: 'PyCon US 2016',
      year: 2016,
      origin: 'inferred',
    });
    expect(of(named('event: PyCon US\ndate: 2017-05-20'))?.id).toBe('pycon-us-2017');
  });

  it('is left to the text when it is empty or not text', () => {
    expect(of(named('event: ""'))?.id).toBe('gophercon-2023');
    expect(of(named('event: [a, b]'))?.id).toBe('gophercon-2023');
  });
});
