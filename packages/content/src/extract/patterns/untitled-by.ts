import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { readNames, startsUpper } from '../names.ts';
import { firstMatchFrom, matchesOf, sentences, someSpanStarting } from '../text-tools.ts';
import { TRIGGER, triggersOf } from '../trigger-words.ts';
import { namesStartingAt } from './name-before.ts';
import { chairAfter } from './names-after.ts';
import { isProfileSpan } from './speaker-verb.ts';

// The verbs of "a workshop led by X"; "leaded" and "held" as writers whose first language is
// not English write them.
const BY_VERB =
  '(?:led|leaded|run|given|presented|hosted|moderated|taught|facilitated|held|conducted|delivered|chaired)';
// The topic of "the panel on hiring in Africa": no sentence's end, nor a bracket.
const TOPIC = String.raw`(?:on|about)\s+(?:[^.,;:!?()]|\bvs\.){1,50}?`;
// Talks the writer names only by who gave them: "a thought provoking talk by X", "tutorials by
// X, Y and Z", "a workshop led by X and Y", "the keynote of X", "a panel with X, Y and Z",
// "thank you X for the welcome speech", "the closing panel on SRE careers (A, B and C)". A
// plural noun gives one talk per person, but a panel's people are one panel.
const NOUN_BY = new RegExp(
  [
    // "a talk by X", "the keynote of X", "a workshop led by X", "a workshop, run by X"
    String.raw`\b(talks?|keynotes?|tutorials?|workshops?|presentations?|speech(?:es)?|lectures?|panels?|demos?)(?:\s+(?:${BY_VERB}\s+)?|\s*,\s+${BY_VERB}\s+)(?:by|from|of)\s+`,
    // "a panel with X", "a fireside chat between A and B"
    String.raw`\b(panels?|workshops?|fireside chats?)\s+(?:with|between)\s+(?:the\s+)?`,
    // "the panel on X featuring A", "the keynote was given by X", "the panel on X, with A, B and C"
    String.raw`\b(panels?|workshops?|keynotes?|talks?)\s+(?:${TOPIC},?\s+)?(?:featured|featuring|\(\s*with|with|was\s+(?:${BY_VERB}\s+|delivered\s+)?(?:from|by)|${BY_VERB}\s+by)\s+`,
    // "the panel on SRE careers (A, B and C)", "the panel on Go — A, B and C were…", "Panel
    // time: A, B and C": a roster with no word before it.
    String.raw`\b(panels?)(?:\s+${TOPIC})?(?:\s+\(\s*|\s*[—–]\s*|(?:\s+time)?\s*:\s*)(?=[^\s)])`,
    // "The opening keynote was Astrid Lindholm looking back on…": the session was the person.
    // Last, so that "the keynote was given by X" is read as above.
    String.raw`\b(keynotes?|talks?|workshops?)\s+was\s+`,
  ].join('|'),
  'gi',
);
// "the workshop on writing extensions in Rust with pgrx, led by X": a topic of any words, even
// "with", when no reading above found people after them.
const TOPIC_LED_BY = new RegExp(
  String.raw`\b(panels?|workshops?|keynotes?|talks?|tutorials?)\s+(?:on|about)\s+[^.;:!?()]{1,80}?,\s+${BY_VERB}\s+by\s+`,
  'gi',
);
// "the workshop on Kotlin coroutines testing that Bastian Krüger ran on day two": the session,
// then the people, then the verb that makes them its speakers.
const THAT_RAN =
  /\b(workshops?|talks?|keynotes?|panels?|tutorials?)\s+(?:(?:on|about)\s+[^.;:!?()]{1,80}?\s+)?(?:that|which)\s+/gi;
const RAN_AFTER = /^\s+(?:ran|gave|led|taught|hosted|did|presented|delivered|moderated)\b/;
// What opens a roster with no word before it, or a session said to be a person.
const ROSTER_MARK = /[(—–:]/;
const WAS_NAME = /\b(?:keynote|talk|workshop)s?\s+was\s+\p{Lu}/u;
const NONE: readonly RegExpExecArray[] = [];
const PART_OF = /\b(?:with|including|and)\s+(?:a|an|the|some)\s+(?:live\s+)?$/i;
const POSSESSIVE_END = /['’]s?$/;
const LIGHTNING_BEFORE = /\blightning\s+$/i;
const ROLE_FIRST = /^(?:the|our|their|my)\s+\p{Ll}[\p{Ll}-]+\s+(?=\p{Lu})/u;
const THANKS = /\bthanks?(?:\s+you)?(?:\s+to)?,?\s+/gi;

export function untitledBy(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const triggers = triggersOf(text);
  const byOrFrom = (triggers & TRIGGER.byOrFrom) !== 0;
  // "a demo by X": a noun the other families of talk nouns do not need. Each search of the
  // text goes last: most blocks are ruled out by their words alone.
  const talkNoun = (triggers & TRIGGER.talkNoun) !== 0 || (byOrFrom && text.includes('demo'));
  const nounBy =
    talkNoun &&
    (byOrFrom || (text.includes('anel') && ROSTER_MARK.test(text)) || WAS_NAME.test(text));
  // Where a session was read: a later reading of the same noun ("led by" after any topic) is
  // not read again.
  const read = new Set<number>();
  const ledBy = nounBy && (triggers & TRIGGER.by) !== 0 ? matchesOf(TOPIC_LED_BY, text) : NONE;
  const thatRan =
    talkNoun &&
    (triggers & TRIGGER.gave) !== 0 &&
    (text.includes(' that ') || text.includes(' which '))
      ? matchesOf(THAT_RAN, text)
      : NONE;
  const first = nounBy ? matchesOf(NOUN_BY, text) : NONE;
  const matches = ledBy.length || thatRan.length ? [...first, ...ledBy, ...thatRan] : first;
  for (const m of matches) {
    // A title right before the noun belongs to the titled patterns.
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (read.has(m.index) || /["”’*_\])]\s*$/.test(before)) continue;
    // "The general session showed the engine, with a demo by Mia Torres": part of that session.
    if (/^demo/i.test(m[0]) && PART_OF.test(text.slice(Math.max(0, m.index - 20), m.index)))
      continue;
    // "run by the researcher Kalani Akana": who the person is may come first.
    const at =
      m.index + m[0].length + (ROLE_FIRST.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
    const list = namesStartingAt(block, at);
    // "Ann Lee's": a possessive names a session of the possessive patterns.
    if (!list.names.length || POSSESSIVE_END.test(list.names[list.names.length - 1]!.name))
      continue;
    // "the panel on SRE careers (A, B and C)": brackets alone hold a roster, not a remark.
    if (m[4] && list.names.length < 2) continue;
    // "the keynote was Astrid Lindholm", not "the keynote was held by…" read again.
    if (m[5] && !startsUpper(text.slice(at, at + 1))) continue;
    if (thatRan.includes(m) && !RAN_AFTER.test(text.slice(at + list.end, at + list.end + 16)))
      continue;
    read.add(m.index);
    const names = list.names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));
    // "…with A, B and C, moderated by D": the moderator is one of the panel's people.
    names.push(...chairAfter(block, at + list.end).names);
    const noun = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    // "the lightning talk by X": the word before the noun says its kind.
    const lightning =
      /^talks?$/i.test(noun) &&
      LIGHTNING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    const kind = lightning
      ? 'lightning'
      : (kindOf(noun) ?? (/speech/i.test(noun) ? 'other' : 'talk'));
    // "a panel with A, B and C" is one session of them all.
    const plural = /s$|ches$/i.test(noun) && !/^(speech)$/i.test(noun) && !/^panels?$/i.test(noun);
    const groups = plural ? names.map((n) => [n]) : [names];
    for (const group of groups)
      hits.push({
        block,
        title: null,
        label: undefined,
        kind,
        names: group,
        at: { start: m.index, end: m.index + noun.length },
        family: 'untitled-by',
      });
  }
  THANKS.lastIndex = 0;
  for (let m = triggers & TRIGGER.thanks ? THANKS.exec(text) : null; m; m = THANKS.exec(text)) {
    const at = m.index + m[0].length;
    const list = readNames(text.slice(at, at + 120));
    if (!list.names.length) continue;
    const rest = text.slice(at + list.end, at + list.end + 120);
    const noun =
      /^\s+for\s+(?:the|his|her|their|a|an)\b[^.!?]{0,80}?\b(talk|keynote|speech|presentation|workshop)\b/i.exec(
        rest,
      );
    if (!noun) continue;
    const sentence = sentences(text).find((s) => s.start <= m.index && s.end > m.index);
    const label = noun[0].replace(/^\s+for\s+(the|his|her|their|a|an)\s+/i, '').trim();
    hits.push({
      block,
      title: null,
      label: label.replace(/^\w/, (c) => c.toUpperCase()),
      kind: noun[1]!.toLowerCase() === 'keynote' ? 'keynote' : 'other',
      names: list.names.map((n) => ({ ...n, start: n.start + at, end: n.end + at })),
      at: {
        start: at + list.end,
        end: Math.min(sentence?.end ?? text.length, at + list.end + noun[0].length),
      },
      family: 'thanks-for',
    });
  }
  return hits;
}

// "I had the pleasure of listening to X sharing...", "X gave some great insights into...",
// "X ... and gave an intensely engaging talk on ...", "In his second talk, ..." (the person
// named last as a subject in this paragraph or the one before).
const HEARD = /\b(?:listen(?:ing|ed)?\s+to|heard|hearing|watch(?:ed|ing)|saw|seeing)\s+/gi;
const HEARD_TAIL =
  /^(?:'s)?\s+(?:talk|keynote|presentation|speak|present|shar|explain|describ|giv|demo|walk)/i;
// "Jen Easterly opened Black Hat with a keynote on …": the session a person opened an event with.
const GAVE =
  /\b(?:(?:gave|gives|giving|delivered|delivering|presented|presenting|ran|runs|led|leads|hosted|hosts|taught|moderated|did)\s+|(?:opened|opening|closed|closing|kicked\s+off)\s+(?:[^\s.,;:!?]+\s+){0,4}?with\s+)(?:a|an|the|some|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(talk|keynote|presentation|insights?|overview|introduction|demo|workshop|tutorial|lecture)\b/giu;
// A clause opening with a word that lets a new subject in.
const CLAUSE_OPENING = /,\s+(?:where|when|and then|before|after which|while)\s+/gi;
// "The day opened with Hannah Okoye.", "Day two kicked off with Ann Lee, who…": the person a
// day or an event opened or closed with gave a session there.
const OPENED_WITH =
  /\b(?:day(?:\s+(?:one|two|three|four|\d))?|conference|event|morning|afternoon|evening|programme|program|summit)\s+(?:opened|started|began|kicked\s+off|closed|ended|wrapped\s+up)\s+with\s+/gi;
const OWN_TALK =
  /\b(his|her|their)\s+(first|second|third|next|last|other|own|opening|closing)?\s*(talk|keynote|presentation|workshop)\b/gi;

function subjectName(
  text: string,
  start: number,
  single: boolean,
): ReturnType<typeof readNames>['names'][number] | undefined {
  // "Then Bryan Liles gave...", "Finally, Ada Byron gave...": skip the linking word.
  const lead =
    /^\s*(?:(?:then|next|later|finally|afterwards|also|and|after that|after lunch|in the afternoon|(?:that|this|next|then)\s+(?:was|is))\b,?\s+|[\p{Lu}][\p{L}]*,\s+)?/iu.exec(
      text.slice(start),
    )![0].length;
  const list = readNames(text.slice(start + lead, start + lead + 80), { single });
  const n = list.names[0];
  return n ? { ...n, start: n.start + start + lead, end: n.end + start + lead } : undefined;
}

export function untitledHeard(ctx: PatternContext): TalkHit[] {
  const { block, blocks } = ctx;
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  const linkedAt = (at: number) =>
    someSpanStarting(block.flat, at, at + 1, (s) => s.kind === 'link' && isProfileSpan(s.url));
  HEARD.lastIndex = 0;
  const triggers = triggersOf(text);
  const heard = (triggers & TRIGGER.heard) !== 0;
  for (let m = heard ? HEARD.exec(text) : null; m; m = HEARD.exec(text)) {
    const at = m.index + m[0].length;
    const list = readNames(text.slice(at, at + 80), { single: linkedAt(at) });
    const n = list.names[0];
    if (!n || !HEARD_TAIL.test(text.slice(at + n.end))) continue;
    hits.push({
      block,
      title: null,
      kind: 'talk',
      names: [{ ...n, start: n.start + at, end: n.end + at }],
      at: { start: at + n.start, end: at + n.end },
      family: 'heard',
    });
  }
  const gave = triggers & (TRIGGER.gave | TRIGGER.opened) ? matchesOf(GAVE, text) : [];
  for (const s of gave.length ? sentences(text) : []) {
    const g = gave[firstMatchFrom(gave, s.start)];
    if (!g || g.index >= s.end) continue;
    // The subject opens the sentence, or the clause the verb is in ("…, where Ann Lee did a
    // demo of her tool").
    const clause = matchesOf(CLAUSE_OPENING, text.slice(s.start, g.index)).at(-1);
    const from = clause ? s.start + clause.index + clause[0].length : s.start;
    const n =
      subjectName(text, s.start, linkedAt(s.start) || linkedAt(s.start + 1)) ??
      (clause ? subjectName(text, from, linkedAt(from)) : undefined);
    if (!n || n.start > g.index) continue;
    const between = text.slice(n.end, g.index);
    if (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(between) && !/^\s*\(/.test(between)) continue;
    hits.push({
      block,
      title: null,
      kind: kindOf(g[1]!) ?? 'talk',
      names: [n],
      at: { start: g.index, end: g.index + g[0].length },
      family: 'gave',
    });
  }
  OPENED_WITH.lastIndex = 0;
  const opened = (triggers & TRIGGER.opened) !== 0;
  for (let m = opened ? OPENED_WITH.exec(text) : null; m; m = OPENED_WITH.exec(text)) {
    const at = m.index + m[0].length;
    const list = namesStartingAt(block, at);
    // The person alone, or with what they are: "with Ann Lee and a panel" is no session of hers.
    const rest = text.slice(at + list.end, at + list.end + 3);
    if (list.names.length !== 1 || !/^\s*(?:[.,;!?(—–-]|$)/.test(rest)) continue;
    const n = list.names[0]!;
    hits.push({
      block,
      title: null,
      kind: 'talk',
      names: [{ ...n, start: n.start + at, end: n.end + at }],
      at: { start: m.index, end: m.index + m[0].length },
      family: 'opened-with',
    });
  }
  OWN_TALK.lastIndex = 0;
  const own = (triggers & TRIGGER.owner) !== 0;
  for (let m = own ? OWN_TALK.exec(text) : null; m; m = OWN_TALK.exec(text)) {
    // The person: a subject named earlier in this block, or in the paragraph before it.
    const candidates = [block, blocks[block.index - 1]].filter((b): b is NonNullable<typeof b> =>
      Boolean(b && b.kind !== 'heading'),
    );
    let found: { b: typeof block; n: NonNullable<ReturnType<typeof subjectName>> } | undefined;
    for (const b of candidates) {
      for (const s of sentences(b.flat.text)) {
        if (b === block && s.start >= m.index) break;
        const n = subjectName(b.flat.text, s.start, false);
        if (n) found = { b, n };
      }
      if (found) break;
    }
    if (!found) continue;
    hits.push({
      block,
      title: null,
      label: `${m[2] ? `${m[2][0]!.toUpperCase()}${m[2].slice(1)} ` : ''}${m[3]!.toLowerCase()}`,
      kind: kindOf(m[3]!) ?? 'talk',
      names: found.b === block ? [found.n] : [],
      presenters: found.b === block ? [] : [{ block: found.b, name: found.n }],
      at: { start: m.index, end: m.index + m[0].length },
      family: 'own-talk',
    });
  }
  return hits;
}
