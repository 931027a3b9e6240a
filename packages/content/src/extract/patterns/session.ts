import type { Block } from '../blocks.ts';
import type { PatternContext, TalkHit } from '../hits.ts';
import { isPersonName, type NameFound, readNames } from '../names.ts';
import { headingText } from '../sections.ts';
import { cleanTitle } from '../text-tools.ts';
import { TRIGGER, triggersOf } from '../trigger-words.ts';
import { labelThenPeople } from './label-then-names.ts';
import { subjectBeforeVerb } from './speaker-verb.ts';

// Untitled sessions: keynotes and general sessions are named by what they are, not by a title.
const SESSION_LABEL =
  /\b(keynotes?|general sessions?|plenary( sessions?)?|opening sessions?|closing sessions?|closing general sessions?|opening general sessions?)\b/i;
const IS_A_SESSION =
  /^["”’]?\s+(?:was|is|were)\s+(?:a|an|the)\s+((?:general|plenary|closing|opening)\s+session|keynote)\b/i;
const SENTENCE_SUBJECT =
  /^\s*(?:the\s+)?((?:opening|closing|first|second|final|morning|main)\s+)?(keynote|general session)\b/i;

function dayOf(ctx: PatternContext): string | undefined {
  for (const i of [...ctx.block.section].reverse()) {
    const m = /\bday\s*(\d+|one|two|three|four)\b/i.exec(headingText(ctx.blocks, i));
    if (m) return `Day ${m[1]}`;
  }
  const own = /\bon\s+day\s*(\d+)\b/i.exec(ctx.block.flat.text);
  return own ? `Day ${own[1]}` : undefined;
}

function kindOfLabel(label: string): 'keynote' | 'general-session' {
  return /keynote/i.test(label) ? 'keynote' : 'general-session';
}

/** People presenting in a list that the session's paragraph introduces. */
function listPresenters(ctx: PatternContext): { block: Block; name: NameFound }[] {
  const out: { block: Block; name: NameFound }[] = [];
  for (const item of ctx.blocks) {
    if (item.kind !== 'item' || item.listIntro !== ctx.block.index || item.depth !== 1) continue;
    const end = item.flat.text.search(/[.!?](\s|$)/);
    const subject = subjectBeforeVerb(
      { blocks: ctx.blocks, block: item },
      0,
      end < 0 ? item.flat.text.length : end,
    );
    for (const s of subject.slice(0, 1))
      for (const name of s.names) out.push({ block: item, name });
  }
  return out;
}

// "I skipped the morning keynote": a paragraph about another session.
const SKIPPED = /\b(?:skipped|missed|didn't attend|did not attend)\b[^.!?]*\bkeynote/i;

/**
 * People named as the source of a keynote's content in the same section ("the announcement
 * from **X**"), or as the keynote itself ("the keynote was X").
 */
function sectionPresenters(ctx: PatternContext): { block: Block; name: NameFound }[] {
  const out: { block: Block; name: NameFound }[] = [];
  for (let i = ctx.block.index; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i]!;
    if (i > ctx.block.index && b.kind === 'heading') break;
    if (!/\bkeynote\b/i.test(b.flat.text) || SKIPPED.test(b.flat.text)) continue;
    // Or the person it was: "The opening keynote was Astrid Lindholm looking back on…".
    const re = /\b(?:from|by)\s+|\bkeynote\s+was\s+/gi;
    for (let m = re.exec(b.flat.text); m; m = re.exec(b.flat.text)) {
      const at = m.index + m[0].length;
      if (/^keynote/i.test(m[0]) && !/\p{Lu}/u.test(b.flat.text.charAt(at))) continue;
      for (const n of readNames(b.flat.text.slice(at, at + 80)).names)
        out.push({ block: b, name: { ...n, start: n.start + at, end: n.end + at } });
    }
  }
  return out;
}

/** "**Keynote:** Ann Lee on trust.": the people a paragraph's opening label names. */
function peopleAfterLabel(ctx: PatternContext) {
  const text = ctx.block.flat.text;
  const newline = text.indexOf('\n');
  const lineEnd = newline < 0 ? text.length : newline;
  return labelThenPeople(ctx, text.slice(0, lineEnd), lineEnd);
}

export function untitledSession(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  if (block.kind === 'heading') return [];
  const text = block.flat.text;
  const hits: TalkHit[] = [];
  // A label names a session, or the words after it say it was one ("... was a keynote").
  const spans = triggersOf(text) & TRIGGER.session ? block.flat.spans : [];
  for (const span of spans) {
    if (span.kind === 'code' || span.kind === 'quote') continue;
    const label = cleanTitle(text.slice(span.start, span.end));
    if (isPersonName(label) || label.split(/\s+/).length > 6) continue;
    const named = SESSION_LABEL.test(label);
    const isA = IS_A_SESSION.exec(text.slice(span.end, span.end + 40));
    if (!named && !isA) continue;
    hits.push({
      block,
      title: null,
      label,
      kind: kindOfLabel(isA?.[1] ?? label),
      names: span.start === 0 ? (peopleAfterLabel(ctx)?.names ?? []) : [],
      presenters: listPresenters(ctx),
      at: { start: span.start, end: span.end },
      family: 'session-label',
    });
  }
  if (!hits.length && block.kind === 'paragraph') {
    const m = SENTENCE_SUBJECT.exec(text);
    if (m) {
      const day = dayOf(ctx);
      const base = m[2]!.replace(/^\w/, (c) => c.toUpperCase());
      const label = [
        m[1]
          ? `${m[1].trim().replace(/^\w/, (c) => c.toUpperCase())} ${m[2]!.toLowerCase()}`
          : base,
        day,
      ]
        .filter(Boolean)
        .join(', ');
      const start = m.index + m[0].indexOf(m[2]!);
      hits.push({
        block,
        title: null,
        label,
        kind: kindOfLabel(m[2]!),
        names: [],
        presenters: [...listPresenters(ctx), ...sectionPresenters(ctx)],
        at: { start, end: start + m[2]!.length },
        family: 'session-subject',
      });
    }
  }
  return hits;
}
