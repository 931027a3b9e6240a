import { Box, Text } from 'ink';
import type { Size } from '../model.ts';
import { wrapText } from '../render/wrap-text.ts';

/** Smaller than this, the title bar, a line of content and the status line do not all fit. */
export const MIN_SIZE: Size = { columns: 20, rows: 3 };

export const isTooSmall = ({ columns, rows }: Size) =>
  columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;

export type TooSmallProps = { readonly size: Size };

/** What shows instead of the reader on a terminal too small to draw it without overlaps. */
export function TooSmall({ size }: TooSmallProps) {
  const message = `Make the terminal at least ${MIN_SIZE.columns}×${MIN_SIZE.rows} (it is ${size.columns}×${size.rows}), or press q to quit.`;
  const lines = wrapText(message, size.columns).slice(0, Math.max(1, size.rows));
  return (
    <Box flexDirection="column" height={size.rows} width={size.columns}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the message
        <Text key={i} wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}
