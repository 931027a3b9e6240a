import { describe, expect, it } from 'vitest';
import { headingsUnder } from './heading-levels.ts';

describe('headingsUnder', () => {
  it('moves sections written from h1 below the page title, keeping their order', () => {
    expect(headingsUnder('<h1 id="a">A</h1><p>x</p><h2>B</h2>')).toBe(
      '<h2 id="a">A</h2><p>x</p><h3>B</h3>',
    );
  });

  it('lifts sections written from h3 so none is skipped', () => {
    expect(headingsUnder('<h3 id="a">A</h3><h4>B</h4>')).toBe('<h2 id="a">A</h2><h3>B</h3>');
  });

  it('keeps a post whose sections start at h2, or that has none, as it is', () => {
    const html = '<h2>A</h2><p>h1 text and <code>&lt;h1&gt;</code></p>';
    expect(headingsUnder(html)).toBe(html);
    expect(headingsUnder('<p>No headings</p>')).toBe('<p>No headings</p>');
  });

  it('closes a level skipped inside the post, keeping which section each heading is in', () => {
    expect(headingsUnder('<h2>A</h2><h4>B</h4><h4>C</h4><h3>D</h3><h2>E</h2><h6>F</h6>')).toBe(
      '<h2>A</h2><h3>B</h3><h3>C</h3><h3>D</h3><h2>E</h2><h3>F</h3>',
    );
  });

  it('never goes below h6, and leaves elements whose names only start alike', () => {
    expect(headingsUnder('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6><hr>')).toBe(
      '<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6><h6>F</h6><hr>',
    );
  });
});
