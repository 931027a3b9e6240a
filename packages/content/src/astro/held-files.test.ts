import { describe, expect, it } from 'vitest';
import { runsInBrowser, svgRuns } from './held-files.ts';

describe('svgRuns', () => {
  it('finds scripts, handlers and script links however they are spelled', () => {
    for (const svg of [
      '<svg><script>alert(1)</script></svg>',
      '<svg><svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script></svg>',
      '<svg onload="alert(1)"/>',
      '<svg><rect\nONCLICK = "alert(1)"/></svg>',
      '<svg><a href="java&#x73;cript:alert(1)"><text>x</text></a></svg>',
      '<svg><a href="java&#10;script:alert(1)"><text>x</text></a></svg>',
      '<svg><a xlink:href=" JavaScript:alert(1)"/></svg>',
      '<svg><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>',
      '<svg><iframe xmlns="http://www.w3.org/1999/xhtml" srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"/></svg>',
      '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]><svg>&x;</svg>',
      '<?xml-stylesheet type="text/xsl" href="run.xsl"?><svg/>',
    ])
      expect(svgRuns(svg), svg).toBe(true);
  });

  it('leaves a diagram alone, words that hold "script" or "on" included', () => {
    const diagram =
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><title>Subscription, description and transcript</title><a xlink:href="https://example.com/on=1"><text font-family="sans-serif">Based on data = 3 &#8594; 4 &amp; more</text></a></svg>';
    expect(svgRuns(diagram)).toBe(false);
  });
});

describe('runsInBrowser', () => {
  it('holds what hosts type as a page, an XML document or a script, and no picture or text', () => {
    for (const name of ['a.html', 'a.XHTML', 'a.js', 'a.mjs', 'a.xml', 'a.rng', 'a.xsd', 'a.ecma'])
      expect(runsInBrowser(`/nowhere/${name}`), name).toBe(true);
    for (const name of ['a.png', 'a.jpg', 'a.pdf', 'a.txt', 'a.css', 'a.json', 'CNAME', 'a.webm'])
      expect(runsInBrowser(`/nowhere/${name}`), name).toBe(false);
  });
});
