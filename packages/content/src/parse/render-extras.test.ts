import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const html = (body: string) =>
  parseArticle(Buffer.from(`---\ntitle: T\n---\n${body}\n`), 'posts/a.md').post!.html;

describe('rendered HTML that reads well with assistive technology', () => {
  it('names each task list checkbox by its item', () => {
    const out = html('- [x] Ship **it**\n- [ ] Write the notes\n  - nested');
    expect(out).toContain('<input type="checkbox" checked disabled aria-label="Ship it">');
    expect(out).toContain('<input type="checkbox" disabled aria-label="Write the notes">');
  });

  it('describes a footnote reference by the footnotes heading the page has', () => {
    const out = html('A note[^1].\n\n[^1]: The note.');
    const described = /aria-describedby="([^"]+)"/.exec(out)?.[1];
    expect(described).toBeDefined();
    expect(out).toContain(`id="${described}"`);
  });
});

describe('embedded pages', () => {
  it('become links to what they showed, named by their title or host', () => {
    const out = html(
      'Watch the keynote:\n\n<iframe src="https://www.youtube.com/embed/abc123" title="Keynote video"></iframe>\n\n<iframe src="//player.vimeo.com/video/42"></iframe>\n\nInline <embed src="https://slides.example/deck"> here.',
    );
    expect(out).toContain(
      '<p><a href="https://www.youtube.com/embed/abc123">Keynote video</a></p>',
    );
    expect(out).toContain(
      '<p><a href="https://player.vimeo.com/video/42">Embedded content from player.vimeo.com</a></p>',
    );
    expect(out).toContain(
      'Inline <a href="https://slides.example/deck">Embedded content from slides.example</a> here.',
    );
    expect(out).not.toMatch(/<iframe|<embed/);
  });

  it("are named by their host where the title is only their site's player's name", () => {
    const out = html(
      '<iframe src="https://www.youtube.com/embed/abc" title="YouTube video player"></iframe>\n\n' +
        '<iframe src="https://player.vimeo.com/video/1" title="vimeo-player"></iframe>\n\n' +
        '<iframe src="https://w.soundcloud.com/player/?url=x" title="Embedded content"></iframe>\n\n' +
        '<iframe src="https://www.youtube.com/embed/def" title="Player piano recital"></iframe>',
    );
    expect([...out.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual([
      'Video on youtube.com',
      'Video on player.vimeo.com',
      'Embedded content from w.soundcloud.com',
      'Player piano recital',
    ]);
  });

  it('run nothing: one with no web address is dropped, as before', () => {
    const out = html(
      '<iframe src="javascript:alert(1)"></iframe>\n\n<iframe srcdoc="<script>alert(1)</script>"></iframe>\n\n<object data="data:text/html,<script>alert(1)</script>"></object>\n\nEnd.',
    );
    expect(out).not.toMatch(/<iframe|<object|<a |javascript|alert|data:/);
    expect(out).toContain('End.');
  });
});
