import { describe, expect, it } from 'vitest';
import { indexTerms } from './index-terms.ts';
import { SKIPPED, TermTable } from './term-table.ts';

describe('term table', () => {
  it('gives the terms indexTerms gives for ASCII text, stop words skipped, one id per term', () => {
    const table = new TermTable(['the', 'a']);
    const text = 'The Docker-compose file: a DOCKER image, docker2 plus the_end 42 \u007f Docker';
    const ids: number[] = [];
    table.asciiIds(text, (id) => ids.push(id));
    expect(ids.map((id) => table.terms[id])).toEqual(
      indexTerms(text).filter((term) => term !== 'a' && term !== 'the'),
    );
    expect(ids.filter((id) => table.terms[id] === 'docker')).toHaveLength(3);
    expect(new Set(ids.filter((id) => table.terms[id] === 'docker')).size).toBe(1);
    expect(table.idOf('the')).toBe(SKIPPED);
  });

  it('keeps every term findable as it grows past its first table size', () => {
    const table = new TermTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((word) => table.idOf(word));
    expect(new Set(ids).size).toBe(words.length);
    const again: number[] = [];
    table.asciiIds(words.join(' ').toUpperCase(), (id) => again.push(id));
    expect(again).toEqual(ids);
  });
});
