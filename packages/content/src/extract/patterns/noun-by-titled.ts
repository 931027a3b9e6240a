import { kindOf, type PatternContext, type TalkHit, titledHit } from '../hits.ts';
import { plainTitleAt } from '../plain-title.ts';
import { sentenceAt, spansStarting } from '../text-tools.ts';
import { TRIGGER, triggersOf } from '../trigger-words.ts';
import { namesStartingAt } from './name-before.ts';
import { isProfileSpan } from './speaker-verb.ts';

// "The talk by X on "T"", "a keynote from X and Y titled **T**", "the workshop by X (Acme),
// called T", "a fireside chat between X and Y on *T*": the noun, its people, then what it was
// about.
const NOUN_BY =
  /\b(talk|keynote|session|presentation|workshop|tutorial|lecture|panel|chat|conversation|discussion)\s+(?:given\s+)?(?:by|from|between|with)\s+/gi;
const THEN_TITLE =
  /^\s*(?:\([^()\n]*\)\s*)?,?\s*(?:(on|about)|titled|called|entitled|named)\s*[:,]?\s*["“‘]?/i;

export function nounByTitled(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const triggers = triggersOf(text);
  if (!(triggers & TRIGGER.byOrFrom) || !(triggers & (TRIGGER.talkNoun | TRIGGER.session)))
    return hits;
  NOUN_BY.lastIndex = 0;
  for (let m = NOUN_BY.exec(text); m; m = NOUN_BY.exec(text)) {
    const at = m.index + m[0].length;
    const list = namesStartingAt(block, at);
    if (!list.names.length) continue;
    const lead = THEN_TITLE.exec(text.slice(at + list.end));
    if (!lead) continue;
    const from = at + list.end + lead[0].length;
    const kind = kindOf(m[1]!) ?? 'talk';
    const span = spansStarting(block.flat, from, from + 1).find(
      (s) => s.kind !== 'code' && !(s.kind === 'link' && isProfileSpan(s.url)),
    );
    // A topic after "on" or "about" ("on Purescript") is no title unless it is set apart.
    const plain =
      span || lead[1] ? undefined : plainTitleAt(text, from, sentenceAt(text, from).end);
    const hit = span
      ? titledHit(block, span, 'noun-by-titled', kind, list.names, at)
      : plain &&
        titledHit(block, { ...plain, kind: 'quote' }, 'noun-by-titled', kind, list.names, at);
    if (hit) hits.push(hit);
  }
  return hits;
}
