import type { PatternContext, TalkHit } from '../hits.ts';
import { kindOf, titledHit } from '../hits.ts';
import { titleCased } from '../text-tools.ts';
import { nameEndingAt } from './name-before.ts';
import { isProfileSpan } from './speaker-verb.ts';

// "Next up was Ana Lima with "Functional Programming in the Small"": a person, "with", then a
// title set apart, as a schedule's running order is told. "Ana Lima on **T**" too, when the
// name opens the sentence or follows a colon ("...waiting for: Ana Lima on **T**"), or a
// session is said to be or come from the person.
const WITH = /\s+(with|on)\s+["“]?$/i;
// Or "The opening keynote was Eric Evans on *T*", "The keynote came from Ann Lee on *T*".
const OPENS =
  /(?:^|[:.!?—–]\s*|\b(?:keynote|talk|session|presentation|plenary)\s+(?:was|came from)\s+)$/i;

export function nameWithTitle(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  // Most blocks have no " with " before a span at all.
  if (!/\s(?:with|on)\s/i.test(text)) return hits;
  for (const span of block.flat.spans) {
    if (span.kind === 'code' || (span.kind === 'link' && isProfileSpan(span.url))) continue;
    const lead = WITH.exec(text.slice(Math.max(0, span.start - 8), span.start));
    if (!lead) continue;
    const name = nameEndingAt(block, span.start - lead[0].length);
    if (!name) continue;
    if (lead[1]!.toLowerCase() === 'on' && !OPENS.test(text.slice(0, name.start))) continue;
    const hit = titledHit(block, span, 'name-with-title', 'talk', [name]);
    // "Ana Lima with **Acme**" names a company: a title has words of its own.
    if (!hit?.title || !titleCased(hit.title.text) || !hit.title.text.includes(' ')) continue;
    hits.push({ ...hit, kind: kindOf(hit.title.text) ?? 'talk' });
  }
  return hits;
}
