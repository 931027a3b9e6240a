import { Box, Text } from 'ink';
import { Styled } from '../components/styled.tsx';
import { fit } from '../render/pieces.ts';
import { helpKeyWidth, helpLines } from './help-lines.ts';

export type HelpScreenProps = {
  readonly top: number;
  readonly width: number;
  readonly height: number;
};

/** Every key, from the same table the input handler uses. */
export function HelpScreen({ top, width, height }: HelpScreenProps) {
  const all = helpLines();
  // Two spaces of indent, the longest key label, two spaces before the description.
  const keyColumn = helpKeyWidth(all) + 2;
  const lines = all.slice(top, top + height);
  return (
    <Box height={height} flexDirection="column">
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the window
        <Text key={i} wrap="truncate-end">
          {line.heading ? (
            <Styled paint="heading">{fit(line.heading, width)}</Styled>
          ) : line.keys ? (
            <Text>
              <Styled paint="accent">{`  ${line.keys.padEnd(keyColumn)}`}</Styled>
              <Text>{fit(line.help ?? '', Math.max(0, width - keyColumn - 2))}</Text>
            </Text>
          ) : (
            ' '
          )}
        </Text>
      ))}
    </Box>
  );
}
