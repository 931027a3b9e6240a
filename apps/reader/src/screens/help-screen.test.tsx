import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { BINDINGS } from '../keys.ts';
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
});
