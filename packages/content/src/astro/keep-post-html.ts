import { tmpdir } from 'node:os';
import { TextSpill } from '../node/text-spill.ts';
import { postHtmlSlot } from './post-html.ts';

/**
 * Keeps each post's HTML in a file of `dir` (the system's temporary directory when none is
 * given) for `postHtml`, in place of what an earlier load kept. The file is removed as soon as
 * it is made and lasts as long as the reader does.
 */
export function keepPostHtml(
  posts: Iterable<readonly [id: string, html: string]>,
  dir?: string,
): void {
  const spill = (dir === undefined ? undefined : TextSpill.open(dir)) ?? TextSpill.open(tmpdir());
  const kept = new Map<string, string>();
  const places = new Map<string, readonly [at: number, bytes: number]>();
  for (const [id, html] of posts) {
    const bytes = Buffer.from(html, 'utf8');
    if (spill) places.set(id, [spill.append(bytes), bytes.length]);
    // Without a file to write to, the HTML is held here, as the store would have held it.
    else kept.set(id, html);
  }
  postHtmlSlot().read = (id) => {
    const place = places.get(id);
    if (!place || !spill) return kept.get(id);
    const buffer = Buffer.allocUnsafe(place[1]);
    spill.copy(place[0], place[1], buffer, 0);
    return buffer.toString('utf8');
  };
}
