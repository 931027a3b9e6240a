import { describe, expect, it } from 'vitest';
import type { Row } from '../data/list-rows.ts';
import { darkTheme, plainTheme, SGR_RESET, sgr } from '../theme.ts';
import { listLine } from './list-line.ts';

const row: Row = {
  id: 'a',
  title: 'Docker volumes in production',
  detail: '2015-11-19 · Ada Writer · 3 min',
  date: '2015-11-19',
  count: 0,
  lowerTitle: 'docker volumes in production',
  lowerAll: 'docker volumes in production 2015-11-19 · ada writer · 3 min',
};
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('listLine', () => {
  it('marks the selected row and shows the detail when it fits', () => {
    expect(strip(listLine(row, { theme: plainTheme, width: 80, query: '', selected: true }))).toBe(
      '› Docker volumes in production  2015-11-19 · Ada Writer · 3 min',
    );
    expect(strip(listLine(row, { theme: plainTheme, width: 50, query: '', selected: false }))).toBe(
      '  Docker volumes in producti…  2015-11-19 · Ada W…',
    );
  });

  it('cuts a long title rather than the whole detail, and marks both cuts', () => {
    const long = {
      ...row,
      title: 'The missing piece when docker networking and services finally unleash',
    };
    const line = strip(
      listLine(long, { theme: plainTheme, width: 60, query: '', selected: false }),
    );
    expect(line).toBe('  The missing piece when docker ne…  2015-11-19 · Ada Write…');
    expect(line.length).toBeLessThanOrEqual(60);
  });

  it('leaves out a figure that does not fit whole, where a cut one would read as another', () => {
    const talk = { ...row, title: 'Observability', detail: 'Jane Doe · 23 posts' };
    const post = { ...row, title: 'Recap', detail: '2025-09-24 · 10 min' };
    const at = (r: Row, width: number) =>
      strip(listLine(r, { theme: plainTheme, width, query: '', selected: false }));
    for (let width = 20; width <= 40; width++) {
      for (const r of [talk, post]) {
        const line = at(r, width);
        expect(line.length).toBeLessThanOrEqual(width);
        // The figure is there whole, or not at all.
        const figure = line.match(/· (\d[^·]*)$/)?.[1];
        if (figure !== undefined) expect(figure).toBe(r.detail.split(' · ')[1]);
      }
    }
    expect(at(post, 25)).toBe('  Recap  2025-09-24 …');
    expect(at(talk, 25)).toBe('  Observabili…  Jane Doe…');
  });

  it('paints the characters the filter matched, and only those', () => {
    const match = sgr(darkTheme.roles.match);
    const line = listLine(row, { theme: darkTheme, width: 80, query: 'vol', selected: false });
    expect(line).toContain(`${match}vol${SGR_RESET}`);
    const scattered = listLine(row, { theme: darkTheme, width: 80, query: 'dvp', selected: false });
    expect(scattered.split(match)).toHaveLength(4);
    expect(strip(scattered)).toBe(
      strip(listLine(row, { ...{ theme: darkTheme, width: 80 }, query: '', selected: false })),
    );
  });
});

describe('listLine with a passage where a search found its words', () => {
  const at = (detail: string, width: number) =>
    strip(
      listLine(
        { ...row, title: 'post  SRECon Europe 2016', detail },
        { theme: plainTheme, width, query: '', selected: false },
      ),
    );
  const passage = '…as we ramp up towards cgroupv2 adoption. eBPF primer Sasha presented a brief…';

  it('shows as many of its words as fit, though it holds a figure', () => {
    expect(at(passage, 80)).toBe(
      '  post  SRECon Europe 2016  …as we ramp up towards cgroupv2 adoption. eBPF…',
    );
    expect(at(`2016-10-12 · ${passage}`, 80)).toBe(
      '  post  SRECon Europe 2016  2016-10-12 · …as we ramp up towards cgroupv2…',
    );
  });

  it('cuts no word in two', () => {
    for (let width = 40; width <= 100; width++) {
      const shown = at(passage, width).split('  ').at(-1)!.replace(/…$/, '');
      expect(passage.startsWith(shown)).toBe(true);
      expect(passage[shown.length] ?? ' ').toMatch(/\s/);
    }
  });
});
