import { describe, expect, it } from 'vitest';
import { bodySpans } from './body-spans.ts';
import { parseMarkdown } from './mdast.ts';
import { writeTemplateTags } from './template-markdown.ts';
import { findTemplateTags } from './template-tags.ts';

const write = (body: string) => {
  const tags = findTemplateTags(body, parseMarkdown(body));
  return writeTemplateTags(body, tags, parseMarkdown);
};

describe('writeTemplateTags', () => {
  it('writes a tag as its Markdown where the tag was, keeping every later offset', () => {
    const body = `A {% img /a.png 'Room' 'The room' %} and {% include x.html %} then Bob.\n`;
    const { markdown, left } = write(body);
    expect(markdown.length).toBe(body.length);
    expect(markdown.indexOf('Bob')).toBe(body.indexOf('Bob'));
    expect(markdown).toMatch(/^A !\[The room\]\(\/a\.png "Room"\) +and +then Bob\.\n$/);
    expect(left.map((t) => t.value)).toEqual(['{% include x.html %}']);
  });

  it('writes a reference defined after the body when the Markdown is longer than the tag', () => {
    const body = 'See {{< youtube abc >}} here.\n\nMore.';
    const { markdown, tree, left } = write(body);
    expect(left).toEqual([]);
    expect(markdown.slice(0, body.length)).toMatch(/^See \[Video\]\[#1\] +here\.\n\nMore\.$/);
    expect(markdown.slice(body.length)).toBe('\n\n[#1]: https://www.youtube.com/watch?v=abc\n');
    const para = tree.children[0];
    expect(para?.type === 'paragraph' && para.children[1]?.type).toBe('linkReference');
  });

  it("writes an article's address bare, as the destination of the writer's own link", () => {
    const body =
      'See [day one]({{< ref "day-one.md" >}}) and [two]({% post_url 2015-11-19-two %}).\n';
    const { markdown, tree, left } = write(body);
    expect(left).toEqual([]);
    expect(markdown.length).toBe(body.length);
    const links: string[] = [];
    const para = tree.children[0];
    if (para?.type === 'paragraph')
      for (const n of para.children) if (n.type === 'link') links.push(n.url);
    expect(links).toEqual(['day-one.md', '2015-11-19-two']);
  });

  it('takes a label the body does not use, and escapes brackets and parentheses', () => {
    const body = '{{< figure src="/a(1).png" alt="[x]" >}} [#1]\n\n[ #1]: /mine\n';
    const { markdown } = write(body);
    expect(markdown).toMatch(/^!\[\\\[x\\\]\]\(<\/a\(1\)\.png>\) +\[#1\]/);
    const long = '{{< youtube abc >}}\n\n[ #1]: /mine\n';
    expect(write(long).markdown).toContain('\n[##1]: https://www.youtube.com/watch?v=abc');
  });

  it('writes fifty thousand references in linear time', () => {
    const { tree, left } = write('{{< youtube abc >}} '.repeat(50_000));
    const para = tree.children[0];
    expect(left).toEqual([]);
    expect(
      para?.type === 'paragraph' && para.children.filter((c) => c.type === 'linkReference'),
    ).toHaveLength(50_000);
  });

  it('leaves a tag out when the body ends where a definition after it would not be one', () => {
    const body = 'x {{< youtube abc >}}\n\n```\nopen code block';
    const { markdown, left } = write(body);
    expect(left.map((t) => t.value)).toEqual(['{{< youtube abc >}}']);
    expect(markdown).toBe(body.replace('{{< youtube abc >}}', ' '.repeat(19)));
  });

  it('leaves out a tag inside raw HTML, where Markdown would show as written', () => {
    const body = '<div>\n{% img /a.png %}\n</div>\n\nAnd {% img /b.png %} here.\n';
    const { markdown, left } = write(body);
    expect(left.map((t) => t.value)).toEqual(['{% img /a.png %}']);
    expect(markdown).toContain('<div>\n                \n</div>');
    expect(markdown).toContain('And ![](/b.png)');
  });

  it('keeps the line breaks of a tag written over several lines', () => {
    const body = '{{< figure\n  src="/a.png" >}}\nnext';
    const { markdown, left } = write(body);
    expect(left).toEqual([]);
    // The first line is too short for the picture: a reference, defined after the body.
    expect(markdown.slice(0, body.length)).toMatch(/^!\[\]\[#1\] +\n +\nnext$/);
    expect(markdown.slice(body.length)).toBe('\n\n[#1]: /a.png\n');
  });
});

describe('a tag left out at the start of a line', () => {
  it('leaves the words after it a paragraph, not indented code, where they were', () => {
    const body =
      '{% include note.html %} Then Ann spoke.\n\n[gallery ids="1,2"] Photos.\n\n{{ x }} ok\n';
    const { markdown, tree } = writeTemplateTags(
      body,
      bodySpans(body, parseMarkdown(body)),
      parseMarkdown,
    );
    expect(markdown).toHaveLength(body.length);
    expect(markdown.indexOf('Then Ann')).toBe(body.indexOf('Then Ann'));
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('of a hundred thousand on one line is read in linear time', () => {
    const body = `${'{% include x.html %} '.repeat(100_000)}words`;
    const { markdown, left } = write(body);
    expect(left).toHaveLength(100_000);
    expect(markdown.length === body.length && markdown.endsWith(' words')).toBe(true);
  });
});
