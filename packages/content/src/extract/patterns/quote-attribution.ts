import type { PatternContext, TalkHit } from '../hits.ts';
import { kindOf, titledHit } from '../hits.ts';
import { readNameList } from '../names.ts';
import { spansStarting } from '../text-tools.ts';
import { isProfileSpan } from './speaker-verb.ts';

// A quotation signed with its speaker and the talk it comes from:
// > "Every system is a negotiation with physics."
// > — Elif Yilmaz, *Consensus Without Tears*
const SIGNATURE = /(?:^|\n)\s*(?:[—–]|--)\s*/g;
const THEN_TALK =
  /^\s*(?:,|\s[-–—]|:)\s*(?:(?:in|from|during|at)\s+(?:(?:her|his|their|the)\s+(?:talk|keynote|session)\s*,?\s*)?)?["“„«]?/i;

export function quoteAttribution(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  SIGNATURE.lastIndex = 0;
  for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
    const at = m.index + m[0].length;
    const list = readNameList(text.slice(at, at + 200));
    const last = list.names[list.names.length - 1];
    if (!last) continue;
    // Read from the last name's end: what the list took for a company after a comma may be
    // the talk's title, set apart ("— Elif Yilmaz, *Consensus Without Tears*").
    const lead = THEN_TALK.exec(text.slice(at + last.end));
    if (!lead) continue;
    const from = at + last.end + lead[0].length;
    const span = spansStarting(block.flat, from, from + 1).find(
      (s) => s.kind !== 'code' && !(s.kind === 'link' && isProfileSpan(s.url)),
    );
    const names = list.names.map((n) =>
      n === last && span ? { ...n, affiliation: undefined } : n,
    );
    const hit = span && titledHit(block, span, 'quote-attribution', 'talk', names, at);
    if (hit?.title) hits.push({ ...hit, kind: kindOf(text.slice(at, from)) ?? 'talk' });
  }
  return hits;
}
