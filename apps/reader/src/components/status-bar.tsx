import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Input } from '../model.ts';
import { cells, fit, fitEnd } from '../render/pieces.ts';
import { visible } from '../render/visible.ts';
import { Styled } from './styled.tsx';

export type StatusBarProps = {
  /** The filter or search being typed, if any. */
  readonly input?: Input;
  /** A message for the user, shown instead of the hints. */
  readonly flash?: string;
  /** Key hints for the current screen, two spaces apart, the most needed first. */
  readonly hints: string;
  /** Position indicator on the right, e.g. `12/340` or `45%`. */
  readonly position: string;
  readonly width: number;
};

/** The hints that fit in `room` cells: those that do not are left out whole, from the last. */
function fitHints(hints: string, room: number): string {
  const [first = '', ...rest] = hints.split(/ {2,}/);
  let shown = first;
  for (const hint of rest) {
    if (cells(`${shown}  ${hint}`) > room) break;
    shown = `${shown}  ${hint}`;
  }
  return fit(shown, room);
}

/** The bottom line: what is being typed, a message or key hints, and where the reader is. */
export function StatusBar({ input, flash, hints, position, width }: StatusBarProps) {
  const right = position ? ` ${position}` : '';
  const room = Math.max(0, width - cells(right));
  let left: ReactNode;
  if (input) {
    const prompt = `${input.kind}: `;
    left = (
      <Text>
        <Styled paint="accent">{prompt}</Styled>
        {/* The end of a long query, where the typing happens, stays in view. */}
        <Text>{fitEnd(visible(input.text), Math.max(0, room - prompt.length - 1))}</Text>
        <Styled paint="selected"> </Styled>
      </Text>
    );
  } else if (flash) {
    left = <Styled paint="warning">{fit(visible(flash), room)}</Styled>;
  } else {
    left = <Styled paint="muted">{fitHints(hints, room)}</Styled>;
  }
  return (
    <Box height={1} width={width} justifyContent="space-between">
      <Box flexShrink={1}>{left}</Box>
      <Styled paint="muted">{right}</Styled>
    </Box>
  );
}
