import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';
import { figureMarkdown } from './template-figures.ts';

const label = (n: number) => `§${n}`;

const parse = (body: string) => parseArticle(`---\ntitle: T\n---\n${body}\n`, 'posts/a.md');

describe('figureMarkdown', () => {
  it("writes the caption's words where the tag has them, the picture first", () => {
    const tag = '{{< figure src="/a.jpg" caption="The stage, day one" alt="Stage" >}}';
    const written = figureMarkdown(tag, label, 0)!;
    expect(written.text).toHaveLength(tag.length);
    expect(written.text.startsWith('![Stage](/a.jpg) ')).toBe(true);
    expect(written.text.indexOf('The stage, day one')).toBe(tag.indexOf('The stage, day one'));
    expect(written.captions).toEqual([[33, 51]]);
  });

  it('writes the title in bold, the link around the picture and the attribution linked', () => {
    const tag =
      '{{< figure src="/a.jpg" link="https://example.com/full.jpg" title="Day one" caption="The stage" attr="Photo: Ann" attrlink="https://example.com/ann" >}}';
    const written = figureMarkdown(tag, label, 0)!;
    expect(written.text).toHaveLength(tag.length);
    expect(written.text).toContain('**Day one**');
    expect(written.text.indexOf('Day one')).toBe(tag.indexOf('Day one'));
    expect(written.text.indexOf('The stage')).toBe(tag.indexOf('The stage'));
    expect(written.text.indexOf('Photo: Ann')).toBe(tag.indexOf('Photo: Ann'));
    expect(written.text.startsWith('[![](/a.jpg)](https://example.com/full.jpg) ')).toBe(true);
    expect(written.text).toContain('[Photo: Ann](https://example.com/ann)');
    expect(written.definitions).toEqual([]);
  });

  it('puts the picture after the caption when only that fits, never indenting a line into code', () => {
    const tag = '{{< figure caption="Crowd" src="/images/a-long-name-of-a-picture.jpg" >}}';
    const inText = figureMarkdown(tag, label, -1)!;
    expect(inText.text.indexOf('Crowd')).toBe(tag.indexOf('Crowd'));
    // At the start of a line the caption would be indented code: the picture comes first, by
    // reference.
    const atStart = figureMarkdown(tag, label, 0)!;
    expect(atStart.text).toMatch(/^!\[\]\[§1\] /);
    expect(atStart.definitions).toEqual(['[§1]: /images/a-long-name-of-a-picture.jpg']);
  });

  it('reads no figure without a caption, a safe source, or named arguments', () => {
    expect(figureMarkdown('{{< figure src="/a.jpg" alt="A" >}}', label, 0)).toBeUndefined();
    expect(
      figureMarkdown('{{< figure src="javascript:alert(1)" caption="x" >}}', label, 0),
    ).toBeUndefined();
    expect(figureMarkdown('{{< figure "/a.jpg" caption="x" >}}', label, 0)).toBeUndefined();
    expect(figureMarkdown('{% figure src="/a.jpg" caption="x" %}', label, 0)).toBeUndefined();
  });

  it('links neither the picture nor the attribution to a javascript: address', () => {
    const tag =
      '{{< figure src="/a.jpg" link="javascript:alert(1)" caption="Hi" attr="Ann" attrlink="javascript:alert(2)" >}}';
    const { post } = parse(tag);
    expect(post!.html).not.toContain('javascript');
    expect(post!.html).toContain('<figcaption>Hi Ann</figcaption>');
  });
});

describe("Hugo's figure in a post", () => {
  it('renders as a figure with its caption, keeping the paragraph anchors in order', () => {
    const { post } = parse(
      'Intro.\n\n{{< figure src="/a.jpg" caption="The stage, day one" alt="Stage" >}}\n\nAfter.',
    );
    expect(post!.html).toBe(
      '<p id="p-1">Intro.</p>\n<figure id="p-2"><img src="/a.jpg" alt="Stage"><figcaption>The stage, day one</figcaption></figure>\n<p id="p-3">After.</p>',
    );
    expect(post!.text).toContain('The stage, day one');
  });

  it('renders the title, the linked picture and the linked attribution as Hugo does', () => {
    const { post } = parse(
      '{{< figure src="/a.jpg" link="https://example.com/big.jpg" title="Day one" caption="The *main* stage" attr="Ann" attrlink="https://example.com/ann" >}}',
    );
    expect(post!.html).toBe(
      '<figure id="p-1"><a href="https://example.com/big.jpg"><img src="/a.jpg" alt=""></a><figcaption><strong>Day one</strong> The <em>main</em> stage <a href="https://example.com/ann">Ann</a></figcaption></figure>',
    );
  });

  it("keeps the line and column of the caption's words", () => {
    const { tree } = parse('Intro.\n\n  {{< figure src="/a.jpg" caption="Keynote by Ann Lee" >}}');
    const figure = tree!.children[1];
    const words =
      figure?.type === 'paragraph' ? figure.children.find((c) => c.type === 'text') : undefined;
    const at = words?.position?.start;
    const line = '  {{< figure src="/a.jpg" caption="Keynote by Ann Lee" >}}';
    expect(words?.type === 'text' && words.value.trim()).toBe('Keynote by Ann Lee');
    expect(at?.line).toBe(3);
    // The text node starts with the spaces before the words.
    expect(at!.column + (words as { value: string }).value.search(/\S/)).toBe(
      line.indexOf('Keynote') + 1,
    );
  });

  it('stays a picture and words inside a sentence, as no engine renders a figure there', () => {
    const { post } = parse('See {{< figure src="/a.jpg" caption="Ann" >}} here.');
    expect(post!.html).not.toContain('<figure');
    expect(post!.text).toContain('Ann');
  });
});

describe('many figures on one line', () => {
  it('are read in linear time', () => {
    const line = '{{< figure src="/a.jpg" caption="Hi" >}} '.repeat(100_000);
    const { post } = parse(line);
    expect(post!.html.match(/<img /g)).toHaveLength(100_000);
  });
});
