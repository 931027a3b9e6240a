import type { Diagnostic } from '@confnotes/content/portable';
import { Box, Text } from 'ink';
import { Styled } from '../components/styled.tsx';
import { fit } from '../render/pieces.ts';
import { visible } from '../render/visible.ts';

export type DiagnosticsScreenProps = {
  readonly diagnostics: readonly Diagnostic[];
  readonly top: number;
  readonly width: number;
  readonly height: number;
};

/** What went wrong while reading the catalog: two lines per finding, like a compiler's. */
export function DiagnosticsScreen({ diagnostics, top, width, height }: DiagnosticsScreenProps) {
  if (!diagnostics.length) {
    return (
      <Box height={height}>
        <Styled paint="muted">No diagnostics: every article was read without a problem.</Styled>
      </Box>
    );
  }
  const lines = diagnostics.flatMap((d) => [
    {
      role:
        d.severity === 'error'
          ? ('error' as const)
          : d.severity === 'warning'
            ? ('warning' as const)
            : ('muted' as const),
      text: visible(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`),
    },
    { role: 'muted' as const, text: visible(d.hint ? `    ${d.hint}` : '') },
  ]);
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
