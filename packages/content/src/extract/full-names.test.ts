import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse/parse-article.ts';
import { extractPost } from './extract-post.ts';
import { extractRecap } from './fixtures/recap-talks.ts';

const speakersOf = (body: string) => extractRecap(body).talks.map((t) => t.speakers);

describe('fullNames', () => {
  it('gives a speaker named by a first name the full name the post writes elsewhere', () => {
    const x = extractRecap(
      'This week we are joined by Folasade Ayodele-Price.\n\n' +
        'Folasade gave a talk, "Modularising a 2-Million-Line App".\n',
    );
    expect(x.talks.map((t) => t.speakers)).toEqual([['Folasade Ayodele-Price']]);
    // The mention is the word written where the talk is given.
    expect(x.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Folasade Ayodele-Price', ['Folasade']],
    ]);
  });

  it('keeps the first name when the post writes two full names with it, or none', () => {
    expect(
      speakersOf(
        'Folasade Ayodele-Price and Folasade Smith joined us.\n\n' +
          'Folasade gave a talk, "Modularising a 2-Million-Line App".\n',
      ),
    ).toEqual([['Folasade']]);
    expect(speakersOf('Sasha presented **eBPF Primer**. Sashanka was there too.\n')).toEqual([
      ['Sasha'],
    ]);
  });

  it("takes no full name inside another word, nor the post author's", () => {
    expect(speakersOf('I met AnnaLee Park.\n\nAnna gave a talk, "Quiet Queues".\n')).toEqual([
      ['Anna'],
    ]);
    const { post, tree } = parseArticle(
      '---\ntitle: Recap\nauthor: Pat Quill\n---\nPat gave a talk, "Owning Your Pager". I am Pat Quill.\n',
      'posts/recap.md',
    );
    expect(extractPost(post!, tree!).people).toEqual([]);
  });
});
