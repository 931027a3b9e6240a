import { Box, Text } from 'ink';
import { memo } from 'react';
import { Styled } from '../components/styled.tsx';
import { useLook } from '../components/theme-context.ts';
import type { Row, Tab } from '../data/list-rows.ts';
import { listLine } from '../render/list-line.ts';
import { plural } from '../render/plural.ts';

export type ListScreenProps = {
  readonly tab: Tab;
  readonly rows: readonly Row[];
  readonly cursor: number;
  /** First row in the window. */
  readonly offset: number;
  readonly query: string;
  readonly width: number;
  readonly height: number;
  /**
   * Errors found reading the catalog, said under an empty list: its records may be what could
   * not be read.
   */
  readonly errors?: number;
};

function emptyText(tab: Tab, query: string, errors: number): string {
  if (query) return `No ${tab} match "${query}".`;
  if (!errors) return `No ${tab} in this catalog.`;
  return `No ${tab} in this catalog, and ${plural(errors, 'error')} reading it: press ! to see ${errors === 1 ? 'it' : 'them'}.`;
}

/** One painted row; the same string is not rendered again. */
const Line = memo(function Line({ text }: { readonly text: string }) {
  return <Text wrap="truncate-end">{text}</Text>;
});

/** A list of records, one per line: the selected one marked, filter matches highlighted. */
export function ListScreen({
  tab,
  rows,
  cursor,
  offset,
  query,
  width,
  height,
  errors = 0,
}: ListScreenProps) {
  const { theme } = useLook();
  if (!rows.length) {
    return (
      <Box height={height} flexDirection="column">
        <Styled paint="muted">{emptyText(tab, query, errors)}</Styled>
      </Box>
    );
  }
  // Only the rows in the window become elements, keyed by their place in it: when the filter
  // changes the rows, the same text nodes take the new text instead of being torn down.
  const shown = rows.slice(offset, offset + height);
  return (
    <Box height={height} flexDirection="column">
      {shown.map((row, i) => (
        <Line
          // biome-ignore lint/suspicious/noArrayIndexKey: a line is its place in the window
          key={i}
          text={listLine(row, { theme, width, query, selected: offset + i === cursor })}
        />
      ))}
    </Box>
  );
}
