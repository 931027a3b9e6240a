import { describe, expect, it } from 'vitest';
import { extractPost } from '../extract/extract-post.ts';
import { paragraphAnchors } from './anchors.ts';
import { parseMarkdown } from './mdast.ts';
import { parseArticle } from './parse-article.ts';
import { wordpressShortcodes } from './wordpress-shortcodes.ts';

const parse = (body: string) => parseArticle(`---\ntitle: T\n---\n${body}\n`, 'posts/a.md');
const found = (body: string) => wordpressShortcodes(body, parseMarkdown(body)).map((s) => s.value);

describe('WordPress captions', () => {
  it('render as a figure with its caption, the picture first', () => {
    const { post, diagnostics } = parse(
      'Intro.\n\n[caption id="attachment_12" align="aligncenter" width="640"]<img src="https://example.com/stage.jpg" alt="Stage"> The main stage[/caption]\n\nAfter.',
    );
    expect(post!.html).toBe(
      '<p id="p-1">Intro.</p>\n<figure id="p-2"><img src="https://example.com/stage.jpg" alt="Stage"><figcaption>The main stage</figcaption></figure>\n<p id="p-3">After.</p>',
    );
    expect(post!.text).toBe('Intro.\n\nStage The main stage\n\nAfter.');
    expect(diagnostics).toEqual([]);
  });

  it('keep the link around the picture and a caption given as an attribute', () => {
    const { post } = parse(
      '[caption id="a" caption="Ann on stage"]<a href="https://example.com/big.jpg"><img src="/s.jpg" alt=""></a>[/caption]',
    );
    expect(post!.html).toBe(
      '<figure id="p-1"><a href="https://example.com/big.jpg"><img src="/s.jpg" alt=""></a><figcaption>Ann on stage</figcaption></figure>',
    );
  });

  it("keep the line and column of the caption's words and of what follows", () => {
    const body =
      '[caption id="a"]<img src="/s.jpg" alt="Stage"> Ada Byron on stage[/caption]\n\n[youtube https://www.youtube.com/watch?v=abc] Ada Byron spoke about **Flink in production**.';
    const { post, tree } = parse(body);
    const { talks, people } = extractPost(post!, tree!, paragraphAnchors(tree!));
    const line = body.split('\n')[2]!;
    expect(talks[0]?.mentions.map((m) => [m.line, m.column, m.anchor])).toEqual([
      [6, line.indexOf('Flink') + 1, 'p-2'],
    ]);
    const ada = people.find((p) => p.name === 'Ada Byron');
    expect(ada?.mentions.at(-1)).toMatchObject({ line: 6, column: line.indexOf('Ada') + 1 });
    const figure = tree!.children[0];
    const words = figure?.type === 'paragraph' ? figure.children.at(-1) : undefined;
    expect(words?.type === 'text' && words.value.trim()).toBe('Ada Byron on stage');
    const column = words!.position!.start.column + (words as { value: string }).value.search(/\S/);
    expect([words!.position!.start.line, column]).toEqual([1, body.indexOf('Ada') + 1]);
  });

  it('never show a picture or a link with a javascript: address', () => {
    const { post } = parse(
      '[caption id="a"]<a href="javascript:alert(1)"><img src="javascript:alert(2)" alt="x"></a> Caption[/caption]\n\n[caption]<a href="javascript:alert(1)"><img src="/ok.jpg" alt="y"></a> Two[/caption]',
    );
    expect(post!.html).not.toMatch(/javascript|alert|\[caption|\[\/caption/);
    expect(post!.html).toContain(
      '<figure id="p-2"><img src="/ok.jpg" alt="y"><figcaption>Two</figcaption></figure>',
    );
    expect(post!.text).toContain('Caption');
  });
});

describe('WordPress players', () => {
  it('become links to what they played, named for it', () => {
    const { post } = parse(
      [
        '[youtube https://www.youtube.com/watch?v=abc]',
        '[youtube=https://www.youtube.com/watch?v=def&amp;w=640]',
        '[embed]https://www.youtube.com/watch?v=X[/embed]',
        '[embed]https://slides.example/deck[/embed]',
        '[video width="640" mp4="https://example.com/talk.mp4"][/video]',
        '[audio src="https://example.com/a.mp3"]',
        '[vimeo 146022717]',
      ].join('\n\n'),
    );
    expect(
      [...post!.html.matchAll(/<p id="p-\d+"><a href="([^"]+)">([^<]+)<\/a> *<\/p>/g)].map((m) => [
        m[1],
        m[2],
      ]),
    ).toEqual([
      ['https://www.youtube.com/watch?v=abc', 'Video on youtube.com'],
      ['https://www.youtube.com/watch?v=def&#x26;w=640', 'Video on youtube.com'],
      ['https://www.youtube.com/watch?v=X', 'Video on youtube.com'],
      ['https://slides.example/deck', 'Embedded content from slides.example'],
      ['https://example.com/talk.mp4', 'Video on example.com'],
      ['https://example.com/a.mp3', 'Audio on example.com'],
      // Where the name does not fit, even by reference, it is shorter.
      ['https://vimeo.com/146022717', 'Video'],
    ]);
    expect(post!.html).not.toMatch(/%5B|\[\/?(embed|video|youtube)/);
    expect(post!.links.map((l) => l.kind)).toEqual([
      'video',
      'video',
      'video',
      'slides',
      'video',
      'other',
      'video',
    ]);
  });

  it('link nothing with no web address, and leave no shortcode behind', () => {
    const { post } = parse(
      '[embed]javascript:alert(1)[/embed]\n\n[video src="javascript:alert(2)"]\n\n[youtube data:text/html,x]',
    );
    expect(post!.html).not.toMatch(/javascript|alert|data:|<a |\[/);
  });

  it('a gallery leaves no text, and the writer is told', () => {
    const { post, diagnostics } = parse('Photos:\n\n[gallery ids="1,2,3" columns="2"]\n\nEnd.');
    expect(post!.html).toBe('<p id="p-1">Photos:</p>\n<p id="p-2">End.</p>');
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['template-tag', 6, 1]]);
  });
});

describe('text that holds square brackets', () => {
  it('is no shortcode', () => {
    expect(
      found(
        [
          'A note [1] and [sic], [video](https://x.org/v) and [embed][1].',
          '',
          '[1]: https://x.org',
          '',
          '- [ ] task',
          '- [x] done',
          '',
          '[audio]: https://x.org/a.mp3',
          '',
          'A [gallery] of ours.',
          '',
          '[gallery]: https://x.org/g',
          '',
          '`[youtube https://youtu.be/a]`',
          '',
          '    [youtube https://youtu.be/a]',
          '',
          '<div>[video src="https://x.org/a.mp4"]</div>',
          '',
          '[[video src="https://x.org/a.mp4"]] and [videos] and [Video]',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reads as before in a post', () => {
    const { post } = parse(
      'A [1] and [sic].\n\n- [ ] task\n- [x] done\n\n[video](https://x.org/v)',
    );
    expect(post!.text).toBe('A [1] and [sic].\n\ntask\n\ndone\n\nvideo');
  });

  it('leaves an unterminated shortcode as written, and reads nested ones as WordPress does', () => {
    expect(found('[youtube https://youtu.be/a\n\nmore]')).toEqual([]);
    expect(found('[caption]<img src="/a.jpg"> no closer')).toEqual(['[caption]']);
    expect(found('[caption][caption]<img src="/a.jpg"> A[/caption][/caption]')).toEqual([
      '[caption][caption]<img src="/a.jpg"> A[/caption]',
    ]);
  });

  it('of a hundred thousand brackets is read in linear time', () => {
    expect(found('['.repeat(100_000))).toEqual([]);
    expect(found('[video '.repeat(100_000))).toEqual([]);
    expect(found('[caption]'.repeat(100_000))).toHaveLength(100_000);
    expect(found(`${'[embed]'.repeat(50_000)}[/embed]`)).toHaveLength(1);
    const { post } = parse('[audio src="https://e.com/a.mp3" preload="none"] '.repeat(20_000));
    expect(post!.links).toHaveLength(20_000);
  });
});
