import type { SearchHit } from '@confnotes/content/portable';
import { describe, expect, it } from 'vitest';
import { listLine } from '../render/list-line.ts';
import { plainTheme } from '../theme.ts';
import { hitRow } from './full-text.ts';

const text =
  '…as we ramp up towards cgroupv2 adoption. Sasha presented a brief but reasonably comprehensive eBPF primer talk, which I thought was a great introduction…';
const start = text.indexOf('eBPF');
const hit: SearchHit = {
  type: 'post',
  id: 'srecon',
  title: 'SRECon Europe 2016',
  context: '2016-07-11',
  titleHighlights: [],
  score: 1,
  snippet: { text, highlights: [{ start, end: start + 4 }] },
};

describe('a row of words found', () => {
  it('shows the word found on an 80-column row, a few words into its passage', () => {
    const row = hitRow(hit);
    expect(row.detail).toBe(
      '2016-07-11 · …comprehensive eBPF primer talk, which I thought was a great introduction…',
    );
    const line = listLine(row, { theme: plainTheme, width: 80, query: '', selected: false });
    expect(line).toContain('comprehensive eBPF');
  });

  it('keeps a passage whole whose first word found is at its start', () => {
    const early = {
      ...hit,
      snippet: { text: 'eBPF is everywhere', highlights: [{ start: 0, end: 4 }] },
    };
    expect(hitRow(early).detail).toBe('2016-07-11 · eBPF is everywhere');
  });
});
