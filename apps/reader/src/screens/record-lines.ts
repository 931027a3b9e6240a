import type { Item, RecordView } from '../data/record-items.ts';
import { visible } from '../render/visible.ts';
import { wrapText } from '../render/wrap-text.ts';
import type { Role } from '../theme.ts';

/**
 * A line of a record screen; `item` is the index of the item it selects, across sections, and
 * `more` marks the lines an item wraps onto after its first.
 */
export type RecordLine = {
  readonly text: string;
  readonly role: Role;
  readonly item?: number;
  readonly more?: true;
};

/** Cells the selection marker (`› `) takes before an item's first line. */
const MARKER = 2;

const ICON: Record<Item['kind'], string> = {
  talk: '▸ talk',
  speaker: '▸ speaker',
  event: '▸ event',
  post: '▸ post',
  url: '↗ link',
};

/** `text` wrapped to `width` cells; a list item ("- ...") hangs its next lines under its text. */
function wrapped(text: string, width: number, role: Role): RecordLine[] {
  const bullet = text.startsWith('- ') ? '- ' : '';
  const hang = ' '.repeat(bullet.length);
  return wrapText(text.slice(bullet.length), Math.max(1, width - bullet.length)).map((line, i) => ({
    text: `${i === 0 ? bullet : hang}${line}`,
    role,
  }));
}

/**
 * An item's lines: its icon, then its label and detail wrapped in the column after the icon,
 * where the marker leaves room. The sentence a post names a speaker in is why the post is
 * listed: cut at the width, as one line per item was, an 80-column terminal showed a title and
 * `— …`.
 */
function itemLines(icon: string, text: string, width: number, item: number): RecordLine[] {
  const hang = icon.length + 2;
  return wrapText(text, Math.max(1, width - MARKER - hang)).map((line, i) =>
    i === 0
      ? { text: `${icon}  ${line}`, role: 'text', item }
      : { text: `${' '.repeat(hang)}${line}`, role: 'text', item, more: true },
  );
}

/**
 * The lines of a talk, speaker or event at `width`: its title and facts, then a section of
 * items per kind of record or link it leads to. The screen draws them and the keys scroll them.
 */
export function recordLines(view: RecordView, width: number): RecordLine[] {
  // The title and the facts (other titles, takeaways) are read, not chosen: they wrap, where a
  // line cut at the width would lose the end of a takeaway with no way to see it.
  const lines: RecordLine[] = wrapped(view.title, width, 'heading');
  for (const fact of view.facts) if (fact) lines.push(...wrapped(fact, width, 'muted'));
  let n = 0;
  for (const section of view.sections) {
    if (!section.items.length) continue;
    lines.push(
      { text: '', role: 'text' },
      { text: `${section.title} (${section.items.length})`, role: 'accent' },
    );
    for (const item of section.items) {
      const detail = item.detail ? ` — ${item.detail}` : '';
      lines.push(...itemLines(ICON[item.kind], visible(`${item.label}${detail}`), width, n++));
    }
  }
  return lines;
}
