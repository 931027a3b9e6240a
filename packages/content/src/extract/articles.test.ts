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
  const source = readFileSync(join(import.meta.dirname, 'fixtures', name));
  const { post, tree } = parseArticle(source, `posts/${name}`);
  if (!post || !tree) throw new Error(`${name} did not parse`);
  const x = extractPost(post, tree, paragraphAnchors(tree));
  return {
    talks: x.talks.map((t) => [t.kind, t.title ?? `(${t.label})`, t.speakers]),
    people: x.people,
    mentions: [...x.talks, ...x.people].flatMap((t) => t.mentions),
    lines: source.toString('utf8').split('\n'),
    html: post.html,
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

  it('reads a WordPress body written in HTML as it reads Markdown, and says where each find stands', () => {
    const { talks, people, mentions, lines, html } = extractFile('wordpress-style-recap.md');
    expect(talks).toEqual([
      ['keynote', '(Opening keynote)', ['Łukasz Langa']],
      ['talk', 'Type Hints in Practice', ['Vita Smid']],
      ['talk', 'Async Python Without the Pain', ['Jonas Obrist']],
      ['talk', 'Packaging Is Hard', ['Dustin Ingram']],
      ['talk', 'Testing With Hypothesis', ['Zac Hatfield-Dodds']],
      ['talk', 'Data Classes Deep Dive', ['Raymond Hettinger']],
    ]);
    expect(people.find((p) => p.name === 'Vita Smid')?.handles).toEqual({ twitter: 'quantlane' });
    // A script's text is no prose, and a book the author reads is no talk.
    expect(people.map((p) => p.name)).not.toContain('Evil Eve');
    expect(mentions.length).toBeGreaterThan(talks.length + people.length - 1);
    for (const m of mentions) {
      const line = lines[m.line - 1]!;
      expect(m.endLine, m.text).toBe(m.line);
      expect(line.slice(m.column - 1, m.endColumn - 1), m.text).toBe(m.text);
    }
    // What is found in a paragraph or a list item links to it: the page has the anchor, on the
    // element that holds the words.
    const anchored = mentions.filter((m) => /^<(p|li)>/.test(lines[m.line - 1]!));
    expect(anchored.length).toBeGreaterThan(0);
    for (const m of anchored) {
      expect(m.anchor, m.text).toMatch(/^p-\d+$/);
      const element = new RegExp(`<(p|li) id="${m.anchor}">(.*?)</\\1>`).exec(html);
      expect(element?.[2]?.replace(/<[^>]+>/g, ''), m.text).toContain(m.text);
    }
  });
});
