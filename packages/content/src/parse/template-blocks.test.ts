import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './mdast.ts';
import { parseArticle } from './parse-article.ts';
import { blockTags } from './template-blocks.ts';
import { findTemplateTags } from './template-tags.ts';

/** What each tag of the body's blocks is written as, in the order of the tags. */
const written = (body: string) =>
  [...blockTags(body, findTemplateTags(body, parseMarkdown(body)))]
    .sort(([a], [b]) => a - b)
    .map(([, text]) => text);

const article = (body: string) => parseArticle(`---\ntitle: T\n---\n${body}`, 'posts/t.md');

describe('blockTags', () => {
  it("writes a code block's tags as the fences of a Markdown code block, keeping its language", () => {
    expect(written('{% highlight ruby linenos %}\ndef a; end\n{% endhighlight %}\n')).toEqual([
      '```ruby                     ',
      '```               ',
    ]);
    expect(written('{% codeblock Time - time.rb lang:python %}\nx\n{% endcodeblock %}')[0]).toMatch(
      /^```python +$/,
    );
    expect(written('{{< highlight go "linenos=table" >}}\nx\n{{< / highlight >}}')[0]).toMatch(
      /^```go +$/,
    );
  });

  it('keeps the tags inside a block as written, and fences past the backticks of its code', () => {
    const body = '{% highlight liquid %}\n{{ page.title }} `a ``` b`\n{% endhighlight %}';
    expect(written(body)).toEqual([
      '````liquid            ',
      '{{ page.title }}',
      '````              ',
    ]);
  });

  it("blanks raw's tags and keeps what they hold as written", () => {
    expect(written('Use {% raw %}{{ x }}{% endraw %} here.')).toEqual([
      ' '.repeat(9),
      '{{ x }}',
      ' '.repeat(12),
    ]);
  });

  it('takes no code block whose tags share their lines with text, or that is never closed', () => {
    expect(written('See {% highlight js %} and {% endhighlight %} inline.')).toEqual([]);
    expect(written('{% highlight js %}\nnever closed\n')).toEqual([]);
    // Names of an object's prototype are names like any other.
    expect(written('{{ constructor }} {% toString %} {% hasOwnProperty %}')).toEqual([]);
  });
});

describe('an article with code and raw blocks of another engine', () => {
  it('shows the code as code, the raw text as written, and warns of neither', () => {
    const { post, diagnostics } = article(
      [
        'Ann Lee showed **Scaling Widgets**:',
        '',
        '{% highlight ruby %}',
        'def widgets',
        '  {{ scale }}',
        'end',
        '{% endhighlight %}',
        '',
        'Write {% raw %}{{ page.title }}{% endraw %} in a template.',
        '',
      ].join('\n'),
    );
    expect(diagnostics.filter((d) => d.code === 'template-tag')).toEqual([]);
    expect(post?.html).toContain(
      '<code class="language-ruby">def widgets\n  {{ scale }}\nend\n</code>',
    );
    expect(post?.html).toMatch(/Write +\{\{ page\.title \}\} +in a template\./);
    expect(post?.text).toContain('{{ page.title }}');
  });
});
