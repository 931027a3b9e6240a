import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { plainTheme } from '../theme.ts';
import { LookContext } from './theme-context.ts';
import { TitleBar } from './title-bar.tsx';

const counts = { posts: 2000, talks: 1242, speakers: 720, events: 50 };
const bar = (width: number) => {
  const { lastFrame, unmount } = render(
    <LookContext.Provider value={{ theme: plainTheme, hyperlinks: false }}>
      <TitleBar tab="events" counts={counts} width={width} />
    </LookContext.Provider>,
  );
  const line = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  unmount();
  return line;
};

describe('TitleBar', () => {
  it('names every tab with its count where there is room', () => {
    expect(bar(100).trimEnd()).toBe(
      'confnotes  1 Posts 2000   2 Talks 1242   3 Speakers 720   4 Events 50',
    );
  });

  it('keeps the selected tab in sight in a narrow terminal, the others shortened', () => {
    expect(bar(60).trimEnd()).toBe(' 1 Posts 2000   2 Talks 1242   3 Speakers 720   4 Events 50');
    expect(bar(50).trimEnd()).toBe(' 1 Posts   2 Talks   3 Speakers   4 Events 50');
    expect(bar(40).trimEnd()).toBe(' 1   2   3   4 Events 50');
  });
});
