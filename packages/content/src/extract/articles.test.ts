import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from '../parse/anchors.ts';
import { parseArticle } from '../parse/parse-article.ts';
import { extractPost } from './extract-post.ts';

// Whole articles written for these tests in styles the pattern tests do not cover one by one:
// numbered headings, a dash list with bold names and italic titles, keynotes named only by
// their presenter, a schedule table, a Pelican header, and the negatives around them (a book,
// a chat at a booth, next year's keynote, the author).
function extractFile(name: string) {
  const { post, tree } = parseArticle(
    readFileSync(join(import.meta.dirname, 'fixtures', name)),
    `posts/${name}`,
  );
  if (!post || !tree) throw new Error(`${name} did not parse`);
  const x = extractPost(post, tree, paragraphAnchors(tree));
  return {
    talks: x.talks.map((t) => [t.kind, t.title ?? `(${t.label})`, t.speakers]),
    people: x.people,
  };
}

describe('whole articles', () => {
  it('reads a recap with numbered headings, a dash list and keynotes by their presenters', () => {
    const { talks, people } = extractFile('schedule-style-recap.md');
    expect(talks).toEqual([
      ['keynote', '(Keynote)', ['Cheryl Hung']],
      ['keynote', '(Keynote)', ['Bryan Liles']],
      ['talk', 'Kubernetes Failure Stories', ['Henning Jacobs']],
      ['talk', 'Securing the Supply Chain', ['Justin Cormack']],
      ['talk', 'Kubernetes in Depth: Tracing with eBPF', ['Liz Rice']],
      [
        'talk',
        'Hacking and Hardening Kubernetes Clusters by Example',
        ['Ian Coldwater', 'Brad Geesaman'],
      ],
    ]);
    expect(people.find((p) => p.name === 'Justin Cormack')?.affiliation).toBe('Docker');
    expect(people.map((p) => p.name)).not.toContain('Kelsey Hightower');
    expect(people.map((p) => p.name)).not.toContain('Tim Hockin');
  });

  it('reads a recap with possessives, a title before its speaker and a schedule table', () => {
    const { talks, people } = extractFile('pelican-style-recap.md');
    expect(talks).toEqual([
      ['keynote', "(Matz's opening keynote)", []],
      ['talk', 'Make Ruby Fast Again', ['Aaron Patterson']],
      ['talk', 'Polly Want a Message', ['Sandi Metz']],
      ['talk', 'Principles of Play', ['Jessica Kerr']],
      ['talk', 'Ruby Types', ['Soutaro Matsumoto']],
      ['talk', "Tenderlove's Guide", ['Aaron Patterson']],
    ]);
    expect(people.find((p) => p.name === 'Jessica Kerr')?.handles).toEqual({
      twitter: 'jessitron',
    });
    expect(people.map((p) => p.name)).not.toContain('Evan Phoenix');
  });
});
