import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './mdast.ts';
import { findTemplateTags, type TemplateTag, withSpans } from './template-tags.ts';

const find = (body: string) => {
  const unclosed: TemplateTag[] = [];
  const tags = findTemplateTags(body, parseMarkdown(body), unclosed);
  return { tags: tags.map((t) => t.value), unclosed: unclosed.map((t) => [t.value, t.start]) };
};

describe('findTemplateTags', () => {
  it('ends a tag at its closer within its paragraph, over several lines too', () => {
    expect(find('A {% img a.png %} and {{< figure\n  src="b.png" >}} here.').tags).toEqual([
      '{% img a.png %}',
      '{{< figure\n  src="b.png" >}}',
    ]);
  });

  it('leaves an opener whose closer is past a blank line as text, and names it', () => {
    const body = 'First.\n\n{% img a.png)\n\nKept.\n\n{% img b.png %}\n\nLast.';
    expect(find(body)).toEqual({
      tags: ['{% img b.png %}'],
      unclosed: [['{% img a.png)', body.indexOf('{% img a.png)')]],
    });
    // Hugo's openers too; a bare `{{` is as likely prose or code, and is no tag to name.
    expect(find('{{< youtube abc\n\nMore. {{ x\n\n}}').unclosed).toEqual([['{{< youtube abc', 0]]);
    expect(find('Use {{ for braces.\n\nSee {{ x }}.').tags).toEqual(['{{ x }}']);
  });

  it('finds every one of thousands of openers that never close', () => {
    const body = `${'{% x\n\n'.repeat(20_000)}end %}`;
    const { tags, unclosed } = find(body);
    expect(tags).toEqual([]);
    expect(unclosed).toHaveLength(20_000);
  });
});

describe('withSpans', () => {
  const at = (start: number, end: number) => ({ value: 'x'.repeat(end - start), start, end });
  it('merges spans among tags in document order, leaving out a span over a tag', () => {
    expect(
      withSpans([at(0, 5), at(20, 25)], [at(3, 9), at(10, 12), at(24, 30), at(30, 31)]),
    ).toEqual([at(0, 5), at(10, 12), at(20, 25), at(30, 31)]);
  });
});
