import { describe, expect, it } from 'vitest';
import { highlightCode } from './code-highlight.ts';

// The text of HTML, as a browser shows and copies it.
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

describe('highlightCode', () => {
  it("splits a known language's code into token spans and keeps its text", async () => {
    const html =
      '<p>Then:</p><pre><code class="language-go">func run() {\n\tif a &#x26;&#x26; b &#x3C; 2 {\n\t\treturn "x" // done\n\t}\n}\n</code></pre>';
    const out = await highlightCode(html);
    expect(out).toContain('<span class="hljs-keyword">func</span>');
    expect(out).toContain('<span class="hljs-string">"x"</span>');
    expect(out).toContain('<span class="hljs-comment">// done</span>');
    expect(out.startsWith('<p>Then:</p><pre><code class="language-go">')).toBe(true);
    expect(textOf(out)).toBe(textOf(html));
  });

  it('reads a language by any of its names, in any case', async () => {
    for (const name of ['go', 'golang', 'Go']) {
      const out = await highlightCode(
        `<pre><code class="language-${name}">func f() {}</code></pre>`,
      );
      expect(out).toContain('<span class="hljs-keyword">func</span>');
    }
    const docker = await highlightCode(
      '<pre><code class="language-Dockerfile">FROM node:24\nRUN npm ci\n</code></pre>',
    );
    expect(docker).toContain('<span class="hljs-keyword">FROM</span>');
  });

  it('leaves a block of an unknown language, or of none, as it is', async () => {
    const blocks = [
      '<pre><code class="language-nosuchlanguage">func x() {}</code></pre>',
      '<pre><code>func x() {}</code></pre>',
      '<pre><code class="language-go">a &nbsp;b</code></pre>',
      '<pre><code class="language-go">a &constructor;b</code></pre>',
    ];
    for (const html of blocks) expect(await highlightCode(html)).toBe(html);
  });

  it('writes code that looks like markup as text, never as markup', async () => {
    const html =
      '<pre><code class="language-html">&#x3C;script>alert(1)&#x3C;/script>&#x3C;img src=x onerror=alert(2)></code></pre>';
    const out = await highlightCode(html);
    expect(out).toContain('hljs-');
    expect(out).not.toMatch(/<script|<img/i);
    expect(textOf(out)).toBe(textOf(html));
  });

  it('returns HTML without a fenced block of a language unchanged', async () => {
    const html = '<p>Run <code>go vet</code>.</p>';
    expect(await highlightCode(html)).toBe(html);
  });
});
