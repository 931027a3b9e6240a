import { Box, Text } from 'ink';
import { Highlighted } from '../components/highlighted.tsx';
import { Styled } from '../components/styled.tsx';
import { fuzzyMatch } from '../data/fuzzy.ts';
import type { Row, Tab } from '../data/list-rows.ts';
import { cells, fit } from '../render/pieces.ts';

export type ListScreenProps = {
  readonly tab: Tab;
  readonly rows: readonly Row[];
  readonly cursor: number;
  /** First row in the window. */
  readonly offset: number;
  readonly query: string;
  readonly width: number;
  readonly height: number;
};

/** A list of records, one per line: the selected one marked, filter matches highlighted. */
export function ListScreen({ tab, rows, cursor, offset, query, width, height }: ListScreenProps) {
  if (!rows.length) {
    return (
      <Box height={height} flexDirection="column">
        <Styled paint="muted">
          {query ? `No ${tab} match "${query}".` : `No ${tab} in this catalog.`}
        </Styled>
      </Box>
    );
  }
  const shown = rows.slice(offset, offset + height);
  return (
    <Box height={height} flexDirection="column">
      {shown.map((row, i) => {
        const selected = offset + i === cursor;
        const title = fit(row.title, Math.max(4, width - 3));
        const room = width - 2 - cells(title) - 2;
        const detail = room > 6 ? fit(row.detail, room) : '';
        return (
          <Text key={row.id} wrap="truncate-end">
            <Styled paint="accent">{selected ? '› ' : '  '}</Styled>
            <Highlighted
              text={title}
              positions={
                query
                  ? (fuzzyMatch(query, title)?.positions ?? []).filter((p) => p < title.length)
                  : []
              }
              paint={selected ? 'selected' : 'text'}
            />
            {detail ? <Styled paint="muted">{`  ${detail}`}</Styled> : null}
          </Text>
        );
      })}
    </Box>
  );
}
