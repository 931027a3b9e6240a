import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { BINDINGS } from '../keys.ts';
import { helpLineCount } from './help-lines.ts';
import { HelpScreen } from './help-screen.tsx';

describe('HelpScreen', () => {
  it('leaves a gap between every key label and its description, the longest label too', () => {
    const { lastFrame, unmount } = render(<HelpScreen top={0} width={100} height={80} />);
    const lines = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    unmount();
    expect(lines.join('\n')).toMatch(/space, pgdn, f, ctrl\+f {2,}down one page/);
    for (const b of BINDINGS) {
      const label = b.keys.join(', ');
      const line = lines.find((l) => l.startsWith(`  ${label} `) && l.includes(b.help));
      expect(line, `${label} ${b.help}`).toMatch(/ {2,}\S/);
      expect(line!.slice(2 + label.length)).toMatch(/^ {2,}/);
    }
  });

  it.each([40, 24])('shows every key and its whole description %i columns wide', (width) => {
    const height = helpLineCount(width);
    const { lastFrame, unmount } = render(<HelpScreen top={0} width={width} height={height} />);
    const lines = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    unmount();
    expect(lines).toHaveLength(height);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    const text = lines.map((l) => l.trim()).join(' ');
    for (const b of BINDINGS) {
      expect(text, b.help).toContain(b.help);
      expect(text, b.keys.join(', ')).toContain(b.keys.join(', '));
    }
  });
});
