import { Box, Text } from 'ink';
import { TABS, type Tab } from '../data/list-rows.ts';
import { fit } from '../render/pieces.ts';
import { Styled } from './styled.tsx';

export type TitleBarProps = {
  /** The tab whose list is shown or was last shown. */
  readonly tab: Tab;
  /** Number of records in each tab. */
  readonly counts: Readonly<Record<Tab, number>>;
  /** Set on screens other than the lists: where the reader is (printable). */
  readonly trail?: string;
  readonly width: number;
};

const LABEL: Record<Tab, string> = {
  posts: 'Posts',
  talks: 'Talks',
  speakers: 'Speakers',
  events: 'Events',
};

/** The top line: the tabs with their counts, or the trail of the open record. */
export function TitleBar({ tab, counts, trail, width }: TitleBarProps) {
  if (trail !== undefined) {
    return (
      <Box height={1}>
        <Styled paint="accent">{fit(`confnotes › ${trail}`, width)}</Styled>
      </Box>
    );
  }
  return (
    <Box height={1}>
      <Text wrap="truncate-end">
        <Styled paint="accent">confnotes </Styled>
        {TABS.map((t, i) => (
          <Text key={t}>
            <Styled
              paint={t === tab ? 'selected' : 'muted'}
            >{` ${i + 1} ${LABEL[t]} ${counts[t]} `}</Styled>
            <Text> </Text>
          </Text>
        ))}
      </Text>
    </Box>
  );
}
