import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { isPersonName, type NameFound, readNames } from '../names.ts';
import { cleanTitle, stripKindLabel, titleLike } from '../text-tools.ts';
import { TRIGGER, triggersOf } from '../trigger-words.ts';

// Schedules: a table whose header names a title column and a speaker column, and blocks of
// labelled lines ("Talk: T" / "Speaker: X").
const TITLE_COLUMN =
  /^(title|talk|session|topic|presentation|subject|paper|keynote|workshop|demo|game|project|what|(?:talk|session)\s+(?:title|name))s?$/i;
// A column of demos, games or projects shown holds demos.
const DEMO_COLUMN = /^(demo|game|project)s?$/i;
const SPEAKER_COLUMN =
  /^(speakers?|presenters?|speaker\(s\)|presenter\(s\)|(?:presented|given|led) by|authors?|author\(s\)|by|who|name|names)$/i;
const BREAK =
  /^(?:(?:coffee|tea|morning|afternoon|lunch|long)\s+)?(?:break|lunch|breakfast|dinner|registration|check-?in|doors open|networking|drinks|reception|party|social|happy hour|closing remarks|welcome|end of day)\b/i;
const TITLE_LINE = /^\s*(?:title|talk|session|topic|presentation)\s*:\s*(.+)$/im;
// A line labelled "Title:" names the title even after a "Session: Breakout, Track A" line, which
// then says at most the session's kind.
const TITLE_ONLY_LINE = /^\s*title\s*:\s*(.+)$/im;
const SESSION_LINE = /^\s*(?:talk|session|topic|presentation)\s*:\s*(.+)$/im;
// "Title: (none listed)", "Title: TBA": a line that says there is no title.
const NO_TITLE = /^\s*(?:\(.*\)|none|n\/a|tba|tbd|untitled|no title)\W*$/i;
// "Format: panel, 45 min" says the kind after a "Session: T" line, which may say it too.
const KIND_LINES = /^\s*(?:session|type|format)\s*:\s*(.+)$/gim;
const kindOfLines = (text: string) => {
  for (const line of text.matchAll(KIND_LINES)) {
    const kind = kindOf(line[1]!);
    if (kind) return kind;
  }
  return undefined;
};
// Every line that names people: a panel's panelists and moderator, a workshop's facilitator.
const SPEAKER_LINES =
  /^\s*(?:(speakers?|presenters?|speaker\(s\)|presenter\(s\)|presented by|by)|(panel(?:l)?ists|moderators?|moderated by|hosts?|hosted by)|(facilitators?|facilitated by))\s*:\s*(.+)$/gim;

export function tableRow(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  if (block.kind !== 'row' || !block.cells || !block.header) return [];
  const header = block.header.map((h) => h.trim());
  const ti = header.findIndex((h) => TITLE_COLUMN.test(h));
  const si = header.findIndex((h) => SPEAKER_COLUMN.test(h));
  const tc = block.cells[ti];
  const sc = block.cells[si];
  if (!tc || !sc) return [];
  const text = block.flat.text;
  const cell = cleanTitle(text.slice(tc.start, tc.end));
  // "Keynote: Kubernetes at 5" gives the kind, then the title.
  const labelled = stripKindLabel(cell);
  const title = labelled.title;
  if (!titleLike(title)) return [];
  const start = tc.start + Math.max(0, text.indexOf(title, tc.start) - tc.start);
  const names = readNames(text.slice(sc.start, sc.end), { single: true }).names.map((n) => ({
    ...n,
    start: n.start + sc.start,
    end: n.end + sc.start,
  }));
  // "Coffee break", "Lunch", "Registration": a row of the day's schedule that is no talk.
  if (!names.length && BREAK.test(title)) return [];
  return [
    {
      block,
      title: { text: title, start, end: tc.end },
      kind:
        kindOf(labelled.label ?? '') ??
        // The cell as written: cleaning drops a note that says the kind ("(tutorial, 90 min)"),
        // or the speaker's ("Kofi Mensah (keynote)").
        kindOf(text.slice(tc.start, tc.end)) ??
        kindOf(/\(([^()]*)\)/.exec(text.slice(sc.start, sc.end))?.[1] ?? '') ??
        (DEMO_COLUMN.test(header[ti]!) ? 'demo' : kindOf(header[ti]!)) ??
        'talk',
      names,
      at: { start, end: tc.end },
      family: 'schedule-table',
    },
  ];
}

/**
 * "### Ann Lee" then "Talk: *T*. She live-coded it.": a title line first under a heading that
 * is a person's name alone gives that person's talk.
 */
function underSpeakerHeading(ctx: PatternContext, t: RegExpExecArray): TalkHit[] {
  const { block, blocks } = ctx;
  const heading = blocks[block.section[block.section.length - 1] ?? -1];
  if (!heading || blocks[heading.index + 1] !== block) return [];
  const name = heading.flat.text.trim();
  if (!isPersonName(name)) return [];
  const text = block.flat.text;
  const raw = t[1]!;
  // The title is its span, or the line up to its first sentence's end.
  const tStart = t.index + t[0].indexOf(raw);
  const span = block.flat.spans.find((sp) => sp.start >= tStart && sp.start <= tStart + 1);
  const end = span ? span.end : tStart + (/^[^.!?]*/.exec(raw)?.[0].length ?? raw.length);
  const title = cleanTitle(text.slice(span ? span.start : tStart, end));
  if (!titleLike(title)) return [];
  const start = heading.flat.text.indexOf(name);
  return [
    {
      block,
      title: { text: title, start: span ? span.start : tStart, end },
      kind: kindOf(t[0].slice(0, t[0].indexOf(raw))) ?? kindOf(title) ?? 'talk',
      names: [],
      presenters: [{ block: heading, name: { name, start, end: start + name.length } }],
      at: { start: span ? span.start : tStart, end },
      family: 'labelled-lines',
    },
  ];
}

export function labelledLines(ctx: PatternContext): TalkHit[] {
  const { block } = ctx;
  const text = block.flat.text;
  const needs = TRIGGER.colon | TRIGGER.titleLabel;
  if ((triggersOf(text) & needs) !== needs) return [];
  const titled = TITLE_ONLY_LINE.exec(text);
  const t =
    titled && NO_TITLE.test(titled[1]!)
      ? SESSION_LINE.exec(text)
      : (titled ?? TITLE_LINE.exec(text));
  const lines = [...text.matchAll(SPEAKER_LINES)];
  if (t && !lines.length) return underSpeakerHeading(ctx, t);
  if (!t || !lines.length) return [];
  const title = cleanTitle(t[1]!);
  if (!titleLike(title)) return [];
  const tStart = t.index + t[0].indexOf(t[1]!);
  const names: NameFound[] = [];
  for (const line of lines) {
    const value = line[4]!;
    const at = line.index + line[0].indexOf(value);
    for (const n of readNames(value, { single: true }).names)
      if (isPersonName(n.name, { single: true }) && !names.some((m) => m.name === n.name))
        names.push({ ...n, start: n.start + at, end: n.end + at });
  }
  if (!names.length) return [];
  const roles = lines.some((l) => l[2])
    ? 'panel'
    : lines.some((l) => l[3])
      ? 'workshop'
      : undefined;
  return [
    {
      block,
      title: { text: title, start: tStart, end: tStart + t[1]!.length },
      kind: kindOf(t[0]) ?? kindOfLines(text) ?? roles ?? 'talk',
      names,
      at: { start: tStart, end: tStart + t[1]!.length },
      family: 'labelled-lines',
    },
  ];
}
