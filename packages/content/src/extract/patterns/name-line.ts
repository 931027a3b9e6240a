import { EMOJI } from '../char-codes.ts';
import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { isPersonName, type NameFound, readNameList } from '../names.ts';
import { cleanTitle, titleLike } from '../text-tools.ts';

// A title on one line (a link, bold or quoted) and the speaker's name alone on the next:
// "[Title](video)  \nKelsey Gilmore-Innis  \nWhat I thought...".
// "by Ann Lee, Acme. Covered..." or ": Ann Lee" (a definition list): names opening the line,
// then the end of the line or of its first sentence.
const NAMES_LEAD = new RegExp(
  String.raw`^(?:${EMOJI}|\s)*(?:by\s+|[:—–-]\s*|(?:speakers?|presenters?|presented by)\s*:?\s+)`,
  'iu',
);

/** The people opening the line `text[from, to)` after "by" or a dash, with the line's end. */
function introducedNames(text: string, from: number, to: number): NameFound[] {
  const line = text.slice(from, to);
  const lead = NAMES_LEAD.exec(line);
  if (!lead) return [];
  const list = readNameList(line.slice(lead[0].length));
  const rest = line.slice(lead[0].length + list.end);
  if (!list.names.length || !/^\s*(?:[.;]|$)/.test(rest)) return [];
  const at = from + lead[0].length;
  return list.names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));
}

export function nameLine(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  if (block.kind !== 'paragraph' && block.kind !== 'item' && block.kind !== 'quote') return [];
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
  // In a blockquote, a talk's card sets its title in bold; a quotation is what someone said.
  if (block.kind === 'quote' && span.kind !== 'strong' && span.kind !== 'link') return [];
  const title = cleanTitle(line1);
  if (!titleLike(title)) return [];
  const names = line2.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  const found =
    names.length && names.every((n) => isPersonName(n))
      ? names.map((name) => {
          const start = text.indexOf(name, first + 1);
          return { name, start, end: start + name.length };
        })
      : introducedNames(text, first + 1, second < 0 ? text.length : second);
  if (!found.length) return [];
  return [
    {
      block,
      title: { text: title, start: span.start, end: span.end },
      kind: kindOf(line1) ?? 'talk',
      names: found,
      at: { start: span.start, end: span.end },
      family: 'name-line',
    },
  ];
}
