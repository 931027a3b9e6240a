import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from '../parse/anchors.ts';
import { parseArticle } from '../parse/parse-article.ts';
import { extractPost } from './extract-post.ts';

function people(body: string) {
  const { post, tree } = parseArticle(`---\ntitle: A recap\n---\n${body}`, 'posts/recap.md');
  if (!post || !tree) throw new Error('fixture did not parse');
  return extractPost(post, tree, paragraphAnchors(tree)).people;
}

// Two talks the post reports on, by Ada Byron and by Grace Murray.
const REPORTS =
  'Ada Byron talked about **Compilers for everyone**. It was fun.\n\n' +
  'Grace Murray talked about **Debugging the fleet**. Also fun.\n';

describe('people listed beside the speakers', () => {
  it('reads the others of a set-apart list as speakers, with their profile and affiliation', () => {
    const found = people(
      'Thanks to **[Linus Pauling](https://twitter.com/lpauling)** (Caltech), **Ada Byron** and **Grace Murray** for a great day.\n\n' +
        REPORTS,
    );
    const linus = found.find((p) => p.name === 'Linus Pauling');
    expect(linus).toMatchObject({
      handles: { twitter: 'lpauling' },
      affiliation: 'Caltech',
      mentions: [{ line: 4, column: 14, text: 'Linus Pauling', anchor: 'p-1' }],
    });
    expect(found.map((p) => p.name).sort()).toEqual(['Ada Byron', 'Grace Murray', 'Linus Pauling']);
  });

  it('knows a speaker named with a typo in the list, and adds no second person for them', () => {
    const found = people(
      `Thanks to **Linus Pauling**, **Ada Bryon** and **Grace Murray**.\n\n${REPORTS}`,
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Ada Byron', 'Grace Murray', 'Linus Pauling']);
  });

  it('leaves a list alone when fewer than two of its people are speakers', () => {
    const found = people(
      'Thanks to the organisers **Linus Pauling**, **Marie Curie** and **Ada Byron**.\n\n' +
        REPORTS,
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Ada Byron', 'Grace Murray']);
  });

  it('leaves a list alone when most of its people are not speakers', () => {
    const found = people(
      'I met **Linus Pauling**, **Marie Curie**, **Niels Bohr**, **Ada Byron** and **Grace Murray**.\n\n' +
        REPORTS,
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Ada Byron', 'Grace Murray']);
  });

  it('leaves alone a name the writer did not set apart as the speakers are', () => {
    const found = people(
      `Thanks to Linus Pauling, **Ada Byron** and **Grace Murray**.\n\n${REPORTS}`,
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Ada Byron', 'Grace Murray']);
  });

  it('leaves alone a list under a heading that rules talks out', () => {
    const found = people(
      `${REPORTS}\n## Sponsors\n\nThanks to **Linus Pauling**, **Ada Byron** and **Grace Murray**.\n`,
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Ada Byron', 'Grace Murray']);
  });
});
