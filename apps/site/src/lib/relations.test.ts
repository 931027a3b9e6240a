import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { relate } from './relations.ts';

const input = () => ({
  posts: fixtureCatalog.posts.map(({ html: _h, body: _b, ...post }) => post),
  talks: fixtureCatalog.talks,
  speakers: fixtureCatalog.speakers,
  events: fixtureCatalog.events,
});

describe('relate', () => {
  it('lists the talks of a post in the order the post mentions them, with the paragraphs', () => {
    const data = relate(input());
    const talks = data.talksOfPost.get('impressions-from-dockercon-2015-part-2') ?? [];
    expect(talks.map((t) => t.talk.id)).toEqual([
      'cgroups-namespaces-and-beyond',
      'understanding-docker-security',
      'persistent-stateful-services',
      'ci-with-jenkins-docker-compose',
      'the-missing-piece',
    ]);
    expect(talks[0]?.mentions.map((m) => m.anchor)).toEqual(['p-2']);
  });

  it('lists events latest first, not in the order of their ids', () => {
    const [first] = fixtureCatalog.events;
    const events = [
      { ...first!, id: 'a-2019', name: 'Earlier', start: '2019-05-01', end: '2019-05-02' },
      { ...first!, id: 'b-2024', name: 'Later', start: '2024-05-01', end: '2024-05-02' },
    ];
    expect(relate({ ...input(), events }).events.map((e) => e.id)).toEqual(['b-2024', 'a-2019']);
  });

  it('finds a speaker in every post that covers one of their talks', () => {
    const data = relate(input());
    expect(
      data.postsOfSpeaker
        .get('michael-neale')
        ?.map((p) => p.id)
        .sort(),
    ).toEqual(['2015-11-19-dockercon-eu-2015-day-two', 'impressions-from-dockercon-2015-part-2']);
    expect(data.coverage.get('persistent-stateful-services')?.size).toBe(2);
  });

  it('lists a post once under a tag it gives in two spellings of one page', () => {
    const base = input();
    const posts = base.posts.map((p) =>
      p.id === 'impressions-from-dockercon-2015-part-2'
        ? { ...p, tags: ['Docker', 'docker', 'Cloud Native', 'cloud-native'] }
        : p,
    );
    const data = relate({ ...base, posts });
    expect(data.tags.get('docker')?.posts.map((p) => p.id)).toEqual([
      '2015-11-19-dockercon-eu-2015-day-two',
      'impressions-from-dockercon-2015-part-2',
    ]);
    expect(data.tags.get('cloud-native')?.posts).toHaveLength(1);
  });
});
