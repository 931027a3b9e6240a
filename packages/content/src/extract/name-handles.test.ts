import { describe, expect, it } from 'vitest';
import { extractRecap } from './fixtures/recap-talks.ts';

const handlesOf = (body: string) =>
  Object.fromEntries(extractRecap(body).people.map((p) => [p.name, p.handles]));

describe('handlesFor', () => {
  it('reads a bare "(@handle)" after a name as a Twitter handle', () => {
    expect(handlesOf('Ann Lee (@ann_lee) spoke about **Quiet Queues**.\n')).toEqual({
      'Ann Lee': { twitter: 'ann_lee' },
    });
  });

  it('reads profiles linked on the name or in the brackets after it', () => {
    expect(
      handlesOf(
        '[Ann Lee](https://github.com/annlee) ([Mastodon](https://hachyderm.io/@annlee)) spoke about **Quiet Queues**.\n',
      ),
    ).toEqual({ 'Ann Lee': { github: 'annlee', mastodon: '@annlee@hachyderm.io' } });
  });

  it("takes a personal site on the name for a website, but not the conference's speaker page", () => {
    expect(
      handlesOf(
        '[Ann Lee](https://ann.example) spoke about **Quiet Queues**. [Bo Chen](https://conf.example/speakers/bo-chen) spoke about **Loud Logs**.\n',
      ),
    ).toEqual({ 'Ann Lee': { website: 'https://ann.example' }, 'Bo Chen': {} });
  });
});
