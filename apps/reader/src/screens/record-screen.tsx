import { Box, Text } from 'ink';
import { Styled } from '../components/styled.tsx';
import type { RecordView } from '../data/record-items.ts';
import { recordTop } from '../record-scroll.ts';
import { fit } from '../render/pieces.ts';
import { recordLines } from './record-lines.ts';

export type RecordScreenProps = {
  readonly view: RecordView;
  /** Index of the selected item across all sections. */
  readonly cursor: number;
  /** The first line in the window, as the keys left it. */
  readonly top: number;
  readonly width: number;
  readonly height: number;
};

/** A talk, speaker or event: its facts, then the records and links it leads to. */
export function RecordScreen({ view, cursor, top, width, height }: RecordScreenProps) {
  const lines = recordLines(view, width);
  // A window kept from a taller or wider terminal is brought back inside the lines.
  const from = recordTop(lines, top, height);
  return (
    <Box height={height} flexDirection="column">
      {lines.slice(from, from + height).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the window
        <Text key={i} wrap="truncate-end">
          <Styled paint={line.item === cursor ? 'selected' : line.role}>
            {fit(
              `${line.item === undefined ? '' : line.item === cursor && !line.more ? '› ' : '  '}${line.text}`,
              width,
            ) || ' '}
          </Styled>
        </Text>
      ))}
    </Box>
  );
}
