import { Box, Text } from 'ink';
import { TAB_LABELS, TABS, type Tab } from '../data/list-rows.ts';
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

/** How much of each tab is named, from the whole title bar to the least that still says where. */
const FORMS = [
  { brand: true, others: 'full' },
  { brand: false, others: 'full' },
  { brand: false, others: 'name' },
  { brand: false, others: 'number' },
] as const;

/**
 * The title bar's pieces in the widest form that fits in `width`: a narrow terminal (a split
 * pane) drops the brand, then the other tabs' counts, then their names, so that the selected
 * tab, with its name and count, is always there to say which list this is.
 */
function tabPieces(tab: Tab, counts: Readonly<Record<Tab, number>>, width: number) {
  let pieces: { brand: boolean; labels: string[] } = { brand: true, labels: [] };
  for (const form of FORMS) {
    const labels = TABS.map((t, i) => {
      if (t === tab || form.others === 'full') return ` ${i + 1} ${TAB_LABELS[t]} ${counts[t]} `;
      return form.others === 'name' ? ` ${i + 1} ${TAB_LABELS[t]} ` : ` ${i + 1} `;
    });
    pieces = { brand: form.brand, labels };
    // The brand is "confnotes "; a space separates the tabs.
    const used = (form.brand ? 10 : 0) + labels.reduce((sum, label) => sum + label.length + 1, -1);
    if (used <= width) break;
  }
  return pieces;
}

/** The top line: the tabs with their counts, or the trail of the open record. */
export function TitleBar({ tab, counts, trail, width }: TitleBarProps) {
  if (trail !== undefined) {
    return (
      <Box height={1}>
        <Styled paint="accent">{fit(`confnotes › ${trail}`, width)}</Styled>
      </Box>
    );
  }
  const { brand, labels } = tabPieces(tab, counts, width);
  return (
    <Box height={1}>
      <Text wrap="truncate-end">
        {brand ? <Styled paint="accent">confnotes </Styled> : null}
        {TABS.map((t, i) => (
          <Text key={t}>
            <Styled paint={t === tab ? 'selected' : 'muted'}>{labels[i]}</Styled>
            <Text> </Text>
          </Text>
        ))}
      </Text>
    </Box>
  );
}
