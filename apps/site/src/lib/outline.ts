/**
 * How deep each heading is in the outline its levels make, 1 for the highest: a heading is one
 * deeper than the last heading before it written at a higher level, whatever the levels skipped
 * between them. The post page places its headings so, and its table of contents lists them so.
 * @example outlineDepths([2, 4, 3, 2]) // [1, 2, 2, 1]
 */
export function outlineDepths(levels: readonly number[]): number[] {
  const open: { level: number; depth: number }[] = [];
  return levels.map((level) => {
    while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
    const depth = (open.at(-1)?.depth ?? 0) + 1;
    open.push({ level, depth });
    return depth;
  });
}
