import { describe, expect, it } from 'vitest';
import { fixtureCatalog, makePost } from '../test/catalog-fixture.ts';
import { indexCatalog } from './catalog-index.ts';
import { flatItems, recordView } from './record-items.ts';

describe('the posts a talk, speaker or event lists', () => {
  it('tell apart recaps of one title by their byline', () => {
    const catalog = fixtureCatalog();
    const first = catalog.posts.find((p) => p.id === 'dockercon-day-two')!;
    const same = makePost({
      id: 'dockercon-day-two-again',
      title: first.title,
      author: { name: 'Cy Blogger' },
      date: '2015-11-20',
      event: first.event!,
      body: 'Another recap of the second day.',
    });
    const index = indexCatalog({ ...catalog, posts: [...catalog.posts, same] });
    const labels = flatItems(recordView(index, 'event', first.event!)!)
      .filter((item) => item.kind === 'post')
      .map((item) => item.label);
    expect(labels).toContain('DockerCon EU 2015 Day Two (Ada Writer · 2015-11-19)');
    expect(labels).toContain('DockerCon EU 2015 Day Two (Cy Blogger · 2015-11-20)');
    const talk = catalog.talks.find((t) => t.mentions.some((m) => m.post === first.id))!;
    expect(flatItems(recordView(index, 'talk', talk.id)!).map((item) => item.label)).toContain(
      'DockerCon EU 2015 Day Two (Ada Writer · 2015-11-19)',
    );
  });
});

describe('the posts a speaker is mentioned in', () => {
  it('quote what each post said of them, and how it wrote the name where the quote does not show it', () => {
    const catalog = fixtureCatalog();
    const john = catalog.speakers.find((s) => s.id === 'john-fiedler')!;
    const [first, second] = john.mentions;
    const speakers = catalog.speakers.map((s) =>
      s === john
        ? {
            ...john,
            mentions: [
              first!,
              { ...second!, text: 'john', sentence: 'He gave the best advice.' },
              { ...second!, text: 'John', sentence: 'Ask John about it.' },
            ],
          }
        : s,
    );
    const index = indexCatalog({ ...catalog, speakers });
    const posts = flatItems(recordView(index, 'speaker', john.id)!).filter(
      (item) => item.kind === 'post',
    );
    expect(posts.map((item) => item.detail)).toEqual([
      first!.sentence,
      'as “john”: He gave the best advice.',
      'Ask John about it.',
    ]);
    expect(first!.sentence).toContain('John Fiedler');
  });
});
