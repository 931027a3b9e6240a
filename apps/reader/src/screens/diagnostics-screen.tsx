import type { Diagnostic } from '@confnotes/content/portable';
import { Box, Text } from 'ink';
import { Styled } from '../components/styled.tsx';
import { fit } from '../render/pieces.ts';
import { diagnosticLines } from './diagnostic-lines.ts';

export type DiagnosticsScreenProps = {
  readonly diagnostics: readonly Diagnostic[];
  readonly top: number;
  readonly width: number;
  readonly height: number;
};

/** What went wrong while reading the catalog, every message in full. */
export function DiagnosticsScreen({ diagnostics, top, width, height }: DiagnosticsScreenProps) {
  if (!diagnostics.length) {
    return (
      <Box height={height}>
        <Styled paint="muted">No diagnostics: every article was read without a problem.</Styled>
      </Box>
    );
  }
  const lines = diagnosticLines(diagnostics, width);
  return (
    <Box height={height} flexDirection="column">
      {lines.slice(top, top + height).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the window
        <Text key={i} wrap="truncate-end">
          <Styled paint={line.role}>{fit(line.text, width) || ' '}</Styled>
        </Text>
      ))}
    </Box>
  );
}
