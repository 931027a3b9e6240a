import { describe, expect, it } from 'vitest';
import { articleLinks } from './article-links.ts';

const post = (path: string) =>
  ({ id: path, source: { path } }) as never as {
    id: string;
    source: { path: string };
  };

const posts = [
  post('posts/2015-11-18-day-one.md'),
  post('posts/2015/2015-11-19-day-two.markdown'),
  post('posts/bundle/index.md'),
  post('posts/a/notes.md'),
  post('posts/b/notes.md'),
];
const [dayOne, dayTwo, bundle] = posts;
const resolve = articleLinks(posts as never as Parameters<typeof articleLinks>[0]);
const target = (from: { source: { path: string } }, href: string) => {
  const found = resolve(from as never, href);
  return found && { id: (found.post as never as { id: string }).id, fragment: found.fragment };
};

describe('articleLinks', () => {
  it("finds the post of a path relative to the linking article's file", () => {
    expect(target(dayTwo!, '../2015-11-18-day-one.md')).toEqual({ id: dayOne!.id, fragment: '' });
    expect(target(dayOne!, '2015/2015-11-19-day-two.markdown#keynote')).toEqual({
      id: dayTwo!.id,
      fragment: '#keynote',
    });
    expect(target(dayOne!, './bundle/')).toEqual({ id: bundle!.id, fragment: '' });
    expect(target(dayOne!, 'bundle/index.md?x=1')).toEqual({ id: bundle!.id, fragment: '' });
    // By its folder's name, not by the name every bundle's file has.
    expect(target(dayTwo!, 'elsewhere/bundle/')?.id).toBe(bundle!.id);
    expect(target(dayTwo!, 'index.md')).toBeUndefined();
  });

  it("finds paths from the content folder, with or without the article's extension", () => {
    expect(target(dayTwo!, '/posts/2015-11-18-day-one.md')?.id).toBe(dayOne!.id);
    expect(target(dayTwo!, 'posts/2015-11-18-day-one')?.id).toBe(dayOne!.id);
    expect(target(dayOne!, '/posts/bundle')?.id).toBe(bundle!.id);
  });

  it('finds a file name only one post has, wherever the link says it is', () => {
    // Jekyll's post_url, and a link into the blog's own folders (`_posts/`).
    expect(target(dayOne!, '2015-11-19-day-two')?.id).toBe(dayTwo!.id);
    expect(target(dayOne!, '_posts/2015-11-19-day-two.md')?.id).toBe(dayTwo!.id);
    expect(target(dayOne!, '../../2015/11/19/2015-11-19-day-two/')?.id).toBe(dayTwo!.id);
    // Two posts are named notes: the name alone leads to neither; a path still does.
    expect(target(dayOne!, '_posts/notes.md')).toBeUndefined();
    expect(target(dayOne!, 'a/notes.md')?.id).toBe('posts/a/notes.md');
  });

  it('leads nowhere for addresses, anchors, other files and paths outside the content', () => {
    for (const href of [
      'https://example.org/2015-11-18-day-one.md',
      '//example.org/posts/2015-11-18-day-one.md',
      'mailto:me@example.org',
      'javascript:alert(1)',
      '#keynote',
      '',
      '2015-11-18-day-one.pdf',
      '/images/2015-11-18-day-one.png',
      '/2015-11-18-day-one.md',
      '../../../posts/2015-11-18-day-one.md/../../x',
      '/../posts/2015-11-18-day-one.md',
    ])
      expect(target(dayTwo!, href), href).toBeUndefined();
  });

  it('reads percent-escaped paths and backslashes as the file system names them', () => {
    const spaced = post('posts/day one.md');
    const find = articleLinks([spaced] as never as Parameters<typeof articleLinks>[0]);
    expect(find(dayOne as never, 'day%20one.md')?.post).toBe(spaced);
    expect(find(dayOne as never, '.\\day one.md')?.post).toBe(spaced);
    expect(find(dayOne as never, 'day%E0one.md')).toBeUndefined();
  });
});
