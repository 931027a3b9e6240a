import { describe, expect, it } from 'vitest';
import { coverageView } from './coverage-view.ts';

describe('coverageView', () => {
  it('draws no picture for an event one post covers, whose every talk that post covers', () => {
    expect(coverageView(1, 1)).toBe('none');
    expect(coverageView(1, 200)).toBe('none');
  });

  it('draws none without talks or posts', () => {
    expect(coverageView(0, 0)).toBe('none');
    expect(coverageView(5, 0)).toBe('none');
    expect(coverageView(0, 5)).toBe('none');
  });

  it('draws the grid while it fits a screen or two, and a bar per talk past that', () => {
    expect(coverageView(2, 3)).toBe('grid');
    expect(coverageView(24, 80)).toBe('grid');
    expect(coverageView(25, 3)).toBe('bars');
    expect(coverageView(2, 81)).toBe('bars');
  });
});
