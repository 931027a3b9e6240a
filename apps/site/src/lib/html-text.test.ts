import { describe, expect, it } from 'vitest';
import { htmlText } from './html-text.ts';

describe('htmlText', () => {
  it("keeps a code block's lines and decodes what the renderer escaped", () => {
    expect(
      htmlText('<pre><code>if (a &#x3C; b &#x26;&#x26; c) {\n  run();\n}\n</code></pre>'),
    ).toBe('if (a < b && c) {\n  run();\n}');
  });

  it('keeps blocks apart and drops tags whose attributes hold a >', () => {
    expect(
      htmlText('<p id="p-1">One<br>two</p><ul><li>three</li><li><img alt="a > b">four</li></ul>'),
    ).toBe('One\ntwo\nthree\nfour');
  });

  it('decodes named and decimal references too', () => {
    expect(htmlText('<p>&lt;tag&gt; &quot;x&quot; &#233;</p>')).toBe('<tag> "x" é');
  });
});
