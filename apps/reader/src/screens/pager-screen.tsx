import { Box, Text } from 'ink';
import { Styled } from '../components/styled.tsx';
import { useLook } from '../components/theme-context.ts';
import type { PagerState } from '../pager.ts';
import { highlightsOn } from '../pager.ts';
import { lineToAnsi } from '../render/paint-line.ts';
import type { PostDoc } from '../render/post-doc.ts';
import { visible } from '../render/visible.ts';

export type PagerScreenProps = {
  readonly doc: PostDoc;
  readonly state: PagerState;
  readonly height: number;
};

/** The window of an article: laid-out lines painted with search matches and the selection. */
export function PagerScreen({ doc, state, height }: PagerScreenProps) {
  const { theme, hyperlinks } = useLook();
  const lines = doc.lines.slice(state.top, state.top + height);
  return (
    <Box height={height} flexDirection="column">
      {lines.map((line, i) => {
        const at = state.top + i;
        const ansi = lineToAnsi(line, {
          theme,
          hyperlinks,
          highlights: highlightsOn(doc, state, at),
        });
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the window
        return <Text key={i}>{ansi || ' '}</Text>;
      })}
      {doc.error ? (
        <Styled paint="error">{visible(`This article could not be laid out: ${doc.error}`)}</Styled>
      ) : null}
    </Box>
  );
}
