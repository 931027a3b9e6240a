/**
 * WCAG 2's relative luminance of a colour whose channels run from 0 to 1: 0 for black, 1 for
 * white. What tells a light background from a dark one, and what contrast ratios are made of.
 * @example relativeLuminance([1, 1, 1]) === 1
 */
export function relativeLuminance(channels: readonly [number, number, number]): number {
  const [red, green, blue] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
