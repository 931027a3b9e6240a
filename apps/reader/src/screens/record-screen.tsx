import { Box, Text } from 'ink';
import { Styled } from '../components/styled.tsx';
import type { Item, RecordView } from '../data/record-items.ts';
import { fit } from '../render/pieces.ts';
import { visible } from '../render/visible.ts';
import { wrapText } from '../render/wrap-text.ts';
import type { Role } from '../theme.ts';

export type RecordScreenProps = {
  readonly view: RecordView;
  /** Index of the selected item across all sections. */
  readonly cursor: number;
  readonly width: number;
  readonly height: number;
};

type Line = { text: string; role: Role; item?: number };

const ICON: Record<Item['kind'], string> = {
  talk: '▸ talk',
  speaker: '▸ speaker',
  event: '▸ event',
  post: '▸ post',
  url: '↗ link',
};

/** `text` wrapped to `width` cells; a list item ("- ...") hangs its next lines under its text. */
function wrapped(text: string, width: number, role: Role): Line[] {
  const bullet = text.startsWith('- ') ? '- ' : '';
  const hang = ' '.repeat(bullet.length);
  return wrapText(text.slice(bullet.length), Math.max(1, width - bullet.length)).map((line, i) => ({
    text: `${i === 0 ? bullet : hang}${line}`,
    role,
  }));
}

/** A talk, speaker or event: its facts, then the records and links it leads to. */
export function RecordScreen({ view, cursor, width, height }: RecordScreenProps) {
  // The title and the facts (other titles, takeaways) are read, not chosen: they wrap, where a
  // line cut at the width would lose the end of a takeaway with no way to see it.
  const lines: Line[] = wrapped(view.title, width, 'heading');
  for (const fact of view.facts) if (fact) lines.push(...wrapped(fact, width, 'muted'));
  let n = 0;
  for (const section of view.sections) {
    if (!section.items.length) continue;
    lines.push(
      { text: '', role: 'text' },
      { text: `${section.title} (${section.items.length})`, role: 'accent' },
    );
    for (const item of section.items) {
      const detail = item.detail ? ` — ${item.detail}` : '';
      lines.push({
        text: visible(`${ICON[item.kind]}  ${item.label}${detail}`),
        role: 'text',
        item: n++,
      });
    }
  }
  const selectedLine = lines.findIndex((l) => l.item === cursor);
  // The title and facts stay in view while the selection fits under them; further down, the
  // selection is kept in the middle of the window.
  const top =
    selectedLine < height
      ? 0
      : Math.max(0, Math.min(selectedLine - Math.floor(height / 2), lines.length - height));
  return (
    <Box height={height} flexDirection="column">
      {lines.slice(top, top + height).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the window
        <Text key={i} wrap="truncate-end">
          <Styled paint={line.item === cursor ? 'selected' : line.role}>
            {fit(
              `${line.item === undefined ? '' : line.item === cursor ? '› ' : '  '}${line.text}`,
              width,
            ) || ' '}
          </Styled>
        </Text>
      ))}
    </Box>
  );
}
