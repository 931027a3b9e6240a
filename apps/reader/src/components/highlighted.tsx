import { Text } from 'ink';
import type { Role } from '../theme.ts';
import { Styled } from './styled.tsx';

export type HighlightedProps = {
  /** Printable text. */
  readonly text: string;
  /** Offsets of characters to highlight (the filter's fuzzy matches). */
  readonly positions: readonly number[];
  readonly paint: Role;
};

/** A line of text with some characters painted as matches. */
export function Highlighted({ text, positions, paint }: HighlightedProps) {
  if (!positions.length) return <Styled paint={paint}>{text}</Styled>;
  const marked = new Set(positions);
  const parts: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const match = marked.has(i);
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text[i];
    else parts.push({ text: text[i]!, match });
  }
  return (
    <Text>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
        <Styled key={i} paint={p.match ? 'match' : paint}>
          {p.text}
        </Styled>
      ))}
    </Text>
  );
}
