import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../schemas/records.ts';
import { tagList } from './tag-list.ts';

const posts = (...tags: string[][]) =>
  tags.map((t, i) => ({ id: `p${i}`, tags: t }) as PostSummary);

describe('tagList', () => {
  it('counts posts per tag as the filter compares tags, named by the most used spelling', () => {
    const list = tagList(posts(['Docker', 'devops'], ['docker', 'DevOps'], ['Docker', 'docker ']));
    expect(list).toEqual([
      { id: 'devops', name: 'devops', posts: 2 },
      { id: 'docker', name: 'Docker', posts: 3 },
    ]);
  });

  it('takes a composed and a decomposed é as one tag, and leaves out a blank one', () => {
    const list = tagList(posts(['caf\u00e9'], ['cafe\u0301', ' ']));
    expect(list).toEqual([{ id: 'cafe', name: 'caf\u00e9', posts: 2 }]);
  });
});
