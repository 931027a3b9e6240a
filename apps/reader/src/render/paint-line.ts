import { plainMail } from '@confnotes/content/portable';
import { type Role, SGR_RESET, sgr, type Theme } from '../theme.ts';
import type { DocLine } from './markdown-to-ansi.ts';

/** A span of a line to paint with a role, in UTF-16 offsets of the line's text. */
export type Highlight = { readonly start: number; readonly end: number; readonly role: Role };

export type PaintOptions = {
  readonly theme: Theme;
  /** Wrap link text in OSC 8 hyperlinks. */
  readonly hyperlinks?: boolean;
  readonly highlights?: readonly Highlight[];
};

/**
 * Makes a link target safe inside an OSC 8 sequence and for the opener: only web and mail
 * schemes (a mail link only with fields that fill in a message, never `attach`), and every byte
 * outside printable ASCII percent-encoded, so the target can never end the sequence early.
 */
export function safeUrl(url: string): string | undefined {
  if (!/^(https?:|mailto:)/i.test(url)) return undefined;
  if (/^mailto:/i.test(url) && !plainMail(url)) return undefined;
  return url.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c)).replace(/[\\]/g, '%5C');
}

const osc8 = (url: string) => `\u001b]8;;${url}\u001b\\`;

/** Paints one laid-out line as ANSI: SGR styles, OSC 8 links, highlights on top. */
export function lineToAnsi(line: DocLine, options: PaintOptions): string {
  const { theme } = options;
  const highlights = options.highlights ?? [];
  let out = '';
  let offset = 0;
  let openUrl: string | undefined;
  for (const piece of line.pieces) {
    // Split the piece where highlights start and end.
    const cuts = new Set([0, piece.text.length]);
    for (const h of highlights) {
      for (const at of [h.start - offset, h.end - offset]) {
        if (at > 0 && at < piece.text.length) cuts.add(at);
      }
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    const url = options.hyperlinks && piece.url ? safeUrl(piece.url) : undefined;
    if (url !== openUrl) {
      if (openUrl) out += osc8('');
      if (url) out += osc8(url);
      openUrl = url;
    }
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i]!;
      const text = piece.text.slice(start, bounds[i + 1]);
      const at = offset + start;
      const extra = highlights.filter((h) => h.start <= at && at < h.end).map((h) => h.role);
      const style = Object.assign({}, ...[...piece.roles, ...extra].map((r) => theme.roles[r]));
      const on = sgr(style);
      out += on ? `${on}${text}${SGR_RESET}` : text;
    }
    offset += piece.text.length;
  }
  if (openUrl) out += osc8('');
  return out;
}
