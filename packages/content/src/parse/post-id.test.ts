import { describe, expect, it } from 'vitest';
import { parsePost } from './parse-post.ts';
import { fileNameDate, postId, slugify } from './post-id.ts';

describe('the id and date a path gives a post', () => {
  it.each([
    ['posts/2015-11-19-dockercon-day-two.md', 'dockercon-day-two', '2015-11-19'],
    // Page bundles: every post's file is index.md, and its folder names it.
    ['posts/2015-11-19-dockercon-day-two/index.md', 'dockercon-day-two', '2015-11-19'],
    ['posts/2024/qcon-london/index.md', 'qcon-london', undefined],
    ['posts/qcon-london/_index.md', 'qcon-london', undefined],
    ['posts/qcon-london/index.MDX', 'qcon-london', undefined],
    ['qcon-london/index.md', 'qcon-london', undefined],
    // Not bundles: the posts folder's own index, and a file merely named like one.
    ['posts/index.md', 'index', undefined],
    ['index.md', 'index', undefined],
    ['posts/qcon-london/index-of-talks.md', 'index-of-talks', undefined],
    // A path made with path.relative on Windows.
    ['posts\\2015-11-19-dockercon-day-two.md', 'dockercon-day-two', '2015-11-19'],
    ['posts\\qcon-london\\index.md', 'qcon-london', undefined],
  ])('%s is %s', (path, id, date) => {
    expect(postId(path, undefined)).toBe(id);
    expect(fileNameDate(path)).toBe(date);
  });

  it('gives two page bundles two ids, not index twice', () => {
    const ids = ['posts/day-one/index.md', 'posts/day-two/index.md'].map(
      (path) => parsePost('---\ntitle: A day\n---\nx\n', path).post?.id,
    );
    expect(ids).toEqual(['day-one', 'day-two']);
  });

  it('still takes the slug first', () => {
    expect(postId('posts/day-one/index.md', 'First day')).toBe('first-day');
  });
});

describe('slugify', () => {
  it.each([
    ['Dockercon EU 2015: Día Two!', 'dockercon-eu-2015-dia-two'],
    ['Crème brûlée à Paris', 'creme-brulee-a-paris'],
    ['Ελληνικά', 'ελληνικα'],
    ['مَرْحَبًا بِكُم', 'مرحبا-بكم'],
    // Marks that make a letter stay: two titles, two ids, in composed form.
    ['ポスト', 'ポスト'],
    ['ホスト', 'ホスト'],
    ['हिन्दी सम्मेलन', 'हिन्दी-सम्मेलन'],
    ['서울 2024', '서울-2024'],
    ['東京 レポート', '東京-レポート'],
    ['สวัสดี', 'สวัสดี'],
    ['\u0301 stray mark', 'stray-mark'],
  ])('%s is %s', (text, id) => {
    expect(slugify(text)).toBe(id);
    expect(slugify(text)).toBe(slugify(text).normalize('NFC'));
  });
});
