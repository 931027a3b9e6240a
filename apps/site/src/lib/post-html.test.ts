import { describe, expect, it } from 'vitest';
import { postPageHtml } from './post-html.ts';

describe('postPageHtml', () => {
  it('lets the keyboard reach each code block, which may scroll sideways, named as code', () => {
    const focusable = '<pre tabindex="0" role="group" aria-label="Code"';
    expect(postPageHtml('<pre><code>a</code></pre><pre class="x">b</pre>')).toBe(
      `${focusable}><code>a</code></pre>${focusable} class="x">b</pre>`,
    );
  });

  it('leaves elements whose names only start alike, and text that names the tag', () => {
    const html = '<p>Use &lt;pre&gt; or <code>&lt;pre&gt;</code></p><preview>x</preview>';
    expect(postPageHtml(html)).toBe(html);
  });

  it('puts each table in a box of its own that scrolls, named as a table', () => {
    expect(postPageHtml('<table><tr><td>a</td></tr></table><p>&lt;table&gt;</p>')).toBe(
      '<div class="table-wrap" tabindex="0" role="group" aria-label="Table"><table><tr><td>a</td></tr></table></div><p>&lt;table&gt;</p>',
    );
  });

  it('loads each picture but the first only as the reader nears it, and decodes none in the way', () => {
    expect(
      postPageHtml(
        '<p><img src="a.png" alt="a"></p><p>&#x3C;img src="x"></p><figure><img src="b.png" alt="b"></figure><img src="c.png">',
      ),
    ).toBe(
      '<p><img decoding="async" src="a.png" alt="a"></p><p>&#x3C;img src="x"></p>' +
        '<figure><img loading="lazy" decoding="async" src="b.png" alt="b"></figure><img loading="lazy" decoding="async" src="c.png">',
    );
    expect(postPageHtml('<p>No pictures, only <imgur>tags</imgur>.</p>')).toBe(
      '<p>No pictures, only <imgur>tags</imgur>.</p>',
    );
  });

  it('moves the headings under the page title', () => {
    expect(postPageHtml('<h1>A</h1>')).toBe('<h2>A</h2>');
  });

  it('marks a link whose text is its own address, which paper need not print twice', () => {
    expect(
      postPageHtml(
        '<p><a href="http://example.com/a?b=1&#x26;c=2">https://example.com/a?b=1&#x26;c=2</a> ' +
          '<a href="https://example.com/">example.com</a> <a href="https://example.com/x">the page</a></p>',
      ),
    ).toBe(
      '<p><a href="http://example.com/a?b=1&#x26;c=2" data-address-shown>https://example.com/a?b=1&#x26;c=2</a> ' +
        '<a href="https://example.com/" data-address-shown>example.com</a> <a href="https://example.com/x">the page</a></p>',
    );
  });
});
