import { Box, Text } from 'ink';
import { Styled } from '../components/styled.tsx';
import { fit } from '../render/pieces.ts';
import { helpRows } from './help-lines.ts';

export type HelpScreenProps = {
  readonly top: number;
  readonly width: number;
  readonly height: number;
};

/** Every key, from the same table the input handler uses. */
export function HelpScreen({ top, width, height }: HelpScreenProps) {
  const lines = helpRows(width).slice(top, top + height);
  return (
    <Box height={height} flexDirection="column">
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the window
        <Text key={i} wrap="truncate-end">
          {line.heading ? (
            <Styled paint="heading">{fit(line.heading, width)}</Styled>
          ) : line.keys !== undefined ? (
            <Text>
              <Styled paint="accent">{`  ${line.keys}`.padEnd(line.helpAt ?? 0)}</Styled>
              <Text>{line.help}</Text>
            </Text>
          ) : (
            ' '
          )}
        </Text>
      ))}
    </Box>
  );
}
