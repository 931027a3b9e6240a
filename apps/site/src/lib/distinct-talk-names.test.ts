import type { Talk } from '@confnotes/content';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixture/catalog.ts';
import { distinctTalkNames, siteTalkName } from './distinct-talk-names.ts';

const [first] = fixtureCatalog.talks;
const talk = (over: Partial<Talk>): Talk => ({ ...first!, ...over });
const speakers = new Map([
  ['simon', { name: 'Simon Brown' }],
  ['russ', { name: 'Russ Miles' }],
  ['rachel', { name: 'Rachel Davies' }],
]);

describe('distinct talk names', () => {
  it('follows a name several talks share with their speakers, and leaves the others alone', () => {
    const names = distinctTalkNames(
      [
        talk({ id: 'w1', title: 'Workshop', speakers: ['simon'] }),
        talk({ id: 'w2', title: 'Workshop', speakers: ['russ', 'rachel'] }),
        talk({ id: 'cloud', title: 'Cloud', speakers: ['simon'] }),
        talk({ id: 'k', title: null, label: 'Keynote', speakers: ['russ'] }),
      ],
      speakers,
    );
    expect([...names]).toEqual([
      ['w1', 'Workshop (Simon Brown)'],
      ['w2', 'Workshop (Russ Miles, Rachel Davies)'],
      ['cloud', 'Cloud'],
      ['k', 'Keynote'],
    ]);
  });

  it('names an untitled session by its label, and a shared name with no speakers as it is', () => {
    const names = distinctTalkNames(
      [
        talk({ id: 'a', title: null, label: 'Lightning talks', speakers: [] }),
        talk({ id: 'b', title: null, label: 'Lightning talks', speakers: ['rachel'] }),
      ],
      speakers,
    );
    expect(names.get('a')).toBe('Lightning talks');
    expect(names.get('b')).toBe('Lightning talks (Rachel Davies)');
  });

  it("gives a talk's name among all the site's talks, asked for one talk at a time", () => {
    const talks = [
      talk({ id: 's1', title: 'Keynote', speakers: ['simon'] }),
      talk({ id: 's2', title: 'Keynote', speakers: ['russ'] }),
      talk({ id: 's3', title: 'Closing', speakers: ['rachel'] }),
    ];
    expect(siteTalkName(talks, speakers, 's2')).toBe('Keynote (Russ Miles)');
    expect(siteTalkName(talks, speakers, 's3')).toBe('Closing');
    expect(siteTalkName(talks, speakers, 'none')).toBeUndefined();
  });
});
