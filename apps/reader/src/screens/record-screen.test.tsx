import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { LookContext } from '../components/theme-context.ts';
import { cells } from '../render/pieces.ts';
import { plainTheme } from '../theme.ts';
import { RecordScreen } from './record-screen.tsx';

const takeaway =
  'When the client container requests a volume, the supercontainer fetches it from the backup';

describe('RecordScreen', () => {
  it('wraps a long title and takeaways instead of cutting them, a takeaway hanging under its text', () => {
    const view = {
      title: 'Persistent, stateful services with docker clusters, namespaces and docker volumes',
      facts: ['talk · DockerCon EU 2015', `- ${takeaway}`],
      sections: [
        { title: 'Speakers', items: [{ kind: 'speaker' as const, id: 'm', label: 'Michael' }] },
      ],
    };
    const { lastFrame, unmount } = render(
      <LookContext.Provider value={{ theme: plainTheme, hyperlinks: false }}>
        <RecordScreen view={view} cursor={0} top={0} width={40} height={20} />
      </LookContext.Provider>,
    );
    const lines = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    unmount();
    expect(lines.every((line) => cells(line) <= 40)).toBe(true);
    const text = lines.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(view.title);
    expect(text).toContain(`- ${takeaway}`);
    const first = lines.findIndex((line) => line.startsWith('- When'));
    expect(lines[first + 1]).toMatch(/^ {2}\S/);
    expect(lines).toContain('› ▸ speaker  Michael');
  });

  it('keeps the title in view while the first items fit under it', () => {
    const view = {
      title: 'A talk',
      facts: ['talk · Event', `- ${takeaway}`, `- ${takeaway}`],
      sections: [
        {
          title: 'Speakers',
          items: ['Ann', 'Bob', 'Cy'].map((label) => ({
            kind: 'speaker' as const,
            id: label,
            label,
          })),
        },
      ],
    };
    const { lastFrame, unmount } = render(
      <LookContext.Provider value={{ theme: plainTheme, hyperlinks: false }}>
        <RecordScreen view={view} cursor={1} top={0} width={60} height={10} />
      </LookContext.Provider>,
    );
    const lines = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    unmount();
    expect(lines[0]).toBe('A talk');
    expect(lines).toContain('› ▸ speaker  Bob');
  });

  it('wraps the sentence an item is listed for under its label, marking its first line only', () => {
    const sentence =
      'I had the pleasure of listening to Ade Oshineye sharing his experiences when developing Google Buzz';
    const view = {
      title: 'Ade Oshineye',
      facts: [],
      sections: [
        {
          title: 'Mentioned in',
          items: [
            {
              kind: 'post' as const,
              id: 'qcon',
              label: 'QCon London 2012 aftermath (2012-03-15)',
              detail: sentence,
            },
          ],
        },
      ],
    };
    const { lastFrame, unmount } = render(
      <LookContext.Provider value={{ theme: plainTheme, hyperlinks: false }}>
        <RecordScreen view={view} cursor={0} top={0} width={60} height={10} />
      </LookContext.Provider>,
    );
    const lines = (lastFrame() ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    unmount();
    expect(lines[3]).toBe('› ▸ post  QCon London 2012 aftermath (2012-03-15) — I had');
    expect(
      lines.slice(4, 6).every((line) => line.startsWith('          ') && cells(line) <= 60),
    ).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(`— ${sentence}`);
  });
});
