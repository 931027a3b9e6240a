import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const authorOf = (value: string) =>
  parseArticle(`---\ntitle: x\nauthor: ${value}\n---\nBody\n`, 'posts/a.md').post?.author;

// npm's and git's way of writing a person: `Name <email> (url)`, each part but the name optional.
describe('an author written as one line', () => {
  it.each([
    ['Ann One <ann@example.com>', { name: 'Ann One', email: 'ann@example.com' }],
    ['Ann One (https://ann.example)', { name: 'Ann One', url: 'https://ann.example' }],
    [
      'Ann One <ann@example.com> (https://ann.example/about)',
      { name: 'Ann One', email: 'ann@example.com', url: 'https://ann.example/about' },
    ],
    // Words in parentheses that are no address belong to the name.
    ['Ann One (Docker)', { name: 'Ann One (Docker)' }],
  ])('%s', (value, expected) => {
    expect(authorOf(value)).toEqual(expected);
  });
});
