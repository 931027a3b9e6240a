import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { plainTheme } from '../theme.ts';
import { StatusBar } from './status-bar.tsx';
import { LookContext } from './theme-context.ts';

const bar = (text: string, width: number) => {
  const { lastFrame, unmount } = render(
    <LookContext.Provider value={{ theme: plainTheme, hyperlinks: false }}>
      <StatusBar input={{ kind: 'filter', text }} hints="" position="3/19" width={width} />
    </LookContext.Provider>,
  );
  const line = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  unmount();
  return line;
};

describe('StatusBar while a filter is typed', () => {
  it('shows the end of a filter too long for the line, where the typing is', () => {
    const line = bar('running docker in production with kubernetes', 40);
    expect(line).toContain('kubernetes');
    expect(line).toContain('…');
    expect(line.length).toBeLessThanOrEqual(40);
    expect(line).toMatch(/3\/19$/);
  });

  it('shows a filter that fits as it is', () => {
    expect(bar('docker', 40)).toContain('filter: docker');
  });
});
