import { describe, expect, it } from 'vitest';
import { filterRows, type Row } from './list-rows.ts';

const row = (title: string, detail = ''): Row => ({
  id: title,
  title,
  detail,
  date: '',
  count: 0,
  lowerTitle: title.toLowerCase(),
  lowerAll: `${title} ${detail}`.toLowerCase(),
});

describe('filterRows', () => {
  const rows = [
    row('Zebra notes'),
    row('Notes on volumes'),
    row('Swarm networking', 'notes by Ada'),
    row('Lemur notes'),
    row('Nothing to see'),
  ];

  it('puts title matches first, best first, and equal scores in sort order', () => {
    const titles = filterRows(rows, 'notes').map((r) => r.title);
    expect(titles[0]).toBe('Notes on volumes');
    // "notes" after a word start in both: the same score, so the sort order decides.
    expect(titles.slice(1, 3)).toEqual(['Zebra notes', 'Lemur notes']);
    expect(titles.at(-1)).toBe('Swarm networking');
    expect(titles).not.toContain('Nothing to see');
  });

  it('matches each word of the query, in any order, as fzf does', () => {
    const talks = [
      row('Docker in production', 'John Fiedler'),
      row('Production databases', 'Ann One'),
      row('Docker networking', 'Bo Two'),
    ];
    expect(filterRows(talks, 'production docker').map((r) => r.title)).toEqual([
      'Docker in production',
    ]);
    // A word may match the detail (the speaker) while another matches the title.
    expect(filterRows(talks, 'fiedler prod').map((r) => r.title)).toEqual(['Docker in production']);
    expect(filterRows(talks, '  docker   net ').map((r) => r.title)).toEqual(['Docker networking']);
    expect(filterRows(talks, 'docker kubernetes')).toEqual([]);
  });

  it('narrows as the query grows to what filtering from scratch gives', () => {
    const typed = [...'notes o'].map((_, i) => filterRows(rows, 'notes o'.slice(0, i + 1)));
    const fresh = filterRows([...rows], 'notes o');
    expect(typed.at(-1)!.map((r) => r.title)).toEqual(fresh.map((r) => r.title));
    expect(filterRows(rows, '')).toBe(rows);
  });
});
