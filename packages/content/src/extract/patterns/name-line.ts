import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { isPersonName } from '../names.ts';
import { cleanTitle, titleLike } from '../text-tools.ts';

// A title on one line (a link, bold or quoted) and the speaker's name alone on the next:
// "[Title](video)  \nKelsey Gilmore-Innis  \nWhat I thought...".
export function nameLine(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  if (block.kind !== 'paragraph' && block.kind !== 'item') return [];
  const text = block.flat.text;
  const first = text.indexOf('\n');
  if (first < 0) return [];
  const second = text.indexOf('\n', first + 1);
  const line1 = text.slice(0, first).trim();
  const line2 = text.slice(first + 1, second < 0 ? text.length : second).trim();
  const span = block.flat.spans.find(
    (s) =>
      s.start <= text.indexOf(line1) + 1 &&
      s.end >= text.indexOf(line1) + line1.length - 1 &&
      s.kind !== 'code',
  );
  if (!span) return [];
  const title = cleanTitle(line1);
  if (!titleLike(title)) return [];
  const names = line2.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  if (!names.length || !names.every((n) => isPersonName(n))) return [];
  const found = names.map((name) => {
    const start = text.indexOf(name, first + 1);
    return { name, start, end: start + name.length };
  });
  return [
    {
      block,
      title: { text: title, start: span.start, end: span.end },
      kind: kindOf(title) ?? 'talk',
      names: found,
      at: { start: span.start, end: span.end },
      family: 'name-line',
    },
  ];
}
