import type { TalkKind } from '../schema/talk.ts';
import type { Block } from './blocks.ts';
import type { Span } from './flat-text.ts';
import type { NameFound } from './names.ts';
import { cleanTitle, innermostTitle, titleLike } from './text-tools.ts';

/** A stretch of a block's flat text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Whether two ranges share a character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A talk as one pattern saw it inside one block; offsets are in `block.flat.text`. */
export interface TalkHit {
  readonly block: Block;
  readonly title: (Range & { readonly text: string }) | null;
  readonly label?: string;
  readonly kind: TalkKind;
  readonly names: readonly NameFound[];
  /** Where the talk is named (the title, or the label of an untitled session). */
  readonly at: Range;
  /** Name of the pattern family, for diagnostics and tests. */
  readonly family: string;
  /** Names in other blocks (e.g. the line after a heading) that present this talk. */
  readonly presenters?: readonly { readonly block: Block; readonly name: NameFound }[];
  /** Blocks that belong to the talk (its list, its section) for takeaways and links. */
  readonly body?: readonly Block[];
  /** The other reading of an item that reads both ways ("Ann Lee - Bob Ray"). */
  readonly alternative?: TalkHit;
}

/** Context every pattern gets: the whole post's blocks and the one being read. */
export interface PatternContext {
  readonly blocks: readonly Block[];
  readonly block: Block;
}

const KIND_WORDS: [RegExp, TalkKind][] = [
  [/\bkeynotes?\b/i, 'keynote'],
  // "Training" names a workshop as a label ("Training: Go"), not inside a title ("AI Training
  // Jobs").
  [/\b(workshops?|tutorials?|hands-on labs?)\b|^\s*training\b/i, 'workshop'],
  // A fireside chat is a panel of two: people in conversation on stage.
  [/\bpanels?( discussion)?\b|\bfireside chats?\b/i, 'panel'],
  [/\blightning\b/i, 'lightning'],
  [/\b(general|plenary|opening|closing) sessions?\b|\bgeneral session\b/i, 'general-session'],
  [/\b(live )?demos?\b/i, 'demo'],
];

/**
 * The kind a phrase names ("workshop", "keynote"...), or undefined when it names none.
 * @example kindOf('Full-Day Workshop: Go') // 'workshop'
 */
export function kindOf(text: string): TalkKind | undefined {
  // Most texts asked about name no kind: one search for the words every kind needs answers them.
  if (!KIND_CUE.test(text)) return undefined;
  for (const [re, kind] of KIND_WORDS) if (re.test(text)) return kind;
  return undefined;
}

// "the opening keynote: Ann Lee's "T"", "the workshop you signed up for months ago: "T"": a
// session's noun, then a few words of the writer's and a colon.
const KIND_LEAD = /\b(keynote|workshop|panel|tutorial|lightning talk)\b[^.!?:]{0,40}:\s*["“„«]?$/i;

/** The kind a lead-in ending at `at` in its sentence names before a colon, if any. */
export function kindLeadingTo(text: string, at: number): TalkKind | undefined {
  const m = KIND_LEAD.exec(text.slice(Math.max(0, at - 60), at));
  return m ? kindOf(m[1]!) : undefined;
}

// A word that each pattern of KIND_WORDS needs.
const KIND_CUE = /keynote|workshop|tutorial|lab|training|panel|fireside|lightning|session|demo/i;

/**
 * The talk a title span names, when the span reads as a title: the innermost quote inside it,
 * cleaned. `names` are offsets relative to `namesAt` in the block text.
 */
export function titledHit(
  block: Block,
  span: Span,
  family: string,
  kind: TalkKind,
  names: readonly NameFound[] = [],
  namesAt = 0,
): TalkHit | undefined {
  const t = innermostTitle(block.flat, span);
  const title = cleanTitle(block.flat.text.slice(t.start, t.end));
  if (!titleLike(title)) return undefined;
  return {
    block,
    title: { text: title, start: t.start, end: t.end },
    kind,
    names: names.map((n) => ({ ...n, start: n.start + namesAt, end: n.end + namesAt })),
    at: { start: t.start, end: t.end },
    family,
  };
}

// "Keynote", "The opening keynote", "Lightning talks", "Panel discussion": what a session is,
// where a title would stand ("Keynote by Ann Lee").
const ONLY_A_LABEL =
  /^(?:the\s+)?(?:(?:opening|closing|morning|afternoon|evening|first|second|third|final|last|main|day\s+(?:one|two|three|\d))\s+)?(?:keynote|general session|plenary(?: session)?|workshop|panel(?: discussion)?|lightning talks?|tutorial|fireside chat|(?:invited|contributed|sponsor(?:ed)?) talk)(?:\s+#?\d{1,2})?$/i;

/**
 * The label a would-be title is when it only says what the session is, capitalised as a label
 * is ("Opening keynote"); undefined for a title.
 * @example sessionLabel('the opening keynote') // 'Opening keynote'
 */
export function sessionLabel(title: string): string | undefined {
  return ONLY_A_LABEL.test(title) ? labelCase(title) : undefined;
}

/**
 * A session's label as the catalog writes one: without "the", its first letter capitalised.
 * @example labelCase('the opening keynote') // 'Opening keynote'
 */
export function labelCase(text: string): string {
  return text.replace(/^the\s+/i, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
