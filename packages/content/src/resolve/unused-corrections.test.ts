import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../query/fixtures/catalog.ts';
import { Curation } from '../schema/curation.ts';
import { unusedCorrections } from './unused-corrections.ts';

const { talks, speakers } = fixtureCatalog;
const at = (file: string, line: number) => ({ file, line, column: 3 });
const check = (curation: unknown) => {
  const parsed = Curation.parse(curation);
  const places = {
    talks: parsed.talks.map((_, k) => at('talks.yaml', 1 + 3 * k)),
    speakers: parsed.speakers.map((_, k) => at('speakers.yaml', 1 + 2 * k)),
  };
  return unusedCorrections(talks, speakers, parsed, places).map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`,
  );
};

describe('unusedCorrections', () => {
  it('warns, at the entry, of a talk or speaker correction that no record took', () => {
    expect(
      check({
        talks: [
          { title: 'How to be successful running Docker in production', kind: 'talk' },
          { title: 'How to be sucessful runing Dokcer in prod', kind: 'talk' },
          { title: 'A talk nobody reported' },
        ],
        speakers: [{ name: 'Michael Neale' }, { name: 'Jon Fidler', affiliation: 'Acme' }],
      }),
    ).toEqual([
      // Too far from any title for the merge to take it: the very slip the warning is for.
      'talks.yaml:4:3 warning unused-correction This curated talk "How to be sucessful runing Dokcer in prod" matches nothing the posts report, so it changes nothing.',
      'talks.yaml:7:3 warning unused-correction This curated talk "A talk nobody reported" matches nothing the posts report, so it changes nothing.',
      'speakers.yaml:3:3 warning unused-correction This curated speaker "Jon Fidler" matches nothing the posts report, so it changes nothing.',
    ]);
  });

  it('counts a match by label, other title, alias or `match`, as the merge does', () => {
    expect(
      check({
        talks: [
          { title: null, label: 'General session', kind: 'keynote' },
          {
            title: 'Stateful services',
            match: ['Persistent, stateful services with Docker clusters'],
          },
          // One word off: the merge takes it as the same title.
          { title: 'How to be successful running Docker in production!' },
        ],
        speakers: [
          { name: 'J. Fiedler' },
          { name: 'Kelsey H.', match: ['Kelsey Hightower'] },
          { name: 'MICHAEL NEALE' },
        ],
      }),
    ).toEqual([]);
  });

  it('says nothing of a drop, whose match is gone either way', () => {
    expect(
      check({
        talks: [{ title: 'Ghost', drop: true }],
        speakers: [{ name: 'Nobody', drop: true }],
      }),
    ).toEqual([]);
  });
});
