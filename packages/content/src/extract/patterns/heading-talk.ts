import { kindOf, type PatternContext, type TalkHit } from '../hits.ts';
import { readNames } from '../names.ts';
import { inTalkSection, sectionBody } from '../sections.ts';
import { cleanTitle, stripKindLabel, titleLike } from '../text-tools.ts';
import { classifyUrl } from '../url-kind.ts';
import { subjectBeforeVerb } from './speaker-verb.ts';

// A heading that names a talk: its presenters are on the next line ("By X, Org."), or the
// subject of the first sentence below ("X presented...", "X did a talk on..."), or it links
// to a session page or a recording, or it stands under a "Talks" heading.
const SESSION_URL =
  /\/(sessions?|talks?|presentations?|program|agenda|schedule|event)\/|sched\.(org|com)\/event|\/watch\?v=|youtu\.be|vimeo\.com/i;

export function headingTalk(ctx: PatternContext): TalkHit[] {
  const { block, blocks } = ctx;
  if (block.kind !== 'heading' || block.depth < 2) return [];
  const text = block.flat.text;
  const quoted = block.flat.spans.find((s) => s.kind === 'quote' && s.end - s.start > 2);
  const headingKind = kindOf(stripKindLabel(cleanTitle(text)).label ?? text);
  const unlabelled = stripKindLabel(cleanTitle(text));
  let title =
    quoted && headingKind ? cleanTitle(text.slice(quoted.start, quoted.end)) : unlabelled.title;
  if (!titleLike(title)) return [];
  const body = sectionBody(blocks, block);
  const first = body.find((b) => b.kind === 'paragraph' || b.kind === 'item');
  const presenters: {
    block: (typeof body)[number];
    name: ReturnType<typeof readNames>['names'][number];
  }[] = [];
  if (first) {
    const ft = first.flat.text;
    const by =
      /^\s*(?:(?:presented|given|delivered|held)\s+)?by\s+|^\s*(?:speakers?|presenters?|with)\s*:\s*/i.exec(
        ft,
      );
    if (by) {
      for (const n of readNames(ft.slice(by[0].length), { single: true }).names)
        presenters.push({
          block: first,
          name: { ...n, start: n.start + by[0].length, end: n.end + by[0].length },
        });
    } else {
      const end = ft.search(/[.!?](\s|$)/);
      const subject = subjectBeforeVerb({ blocks, block: first }, 0, end === -1 ? ft.length : end);
      if (subject[0] && subject[0].names[0]!.start < 3) {
        for (const n of subject[0].names) presenters.push({ block: first, name: n });
      } else {
        // "Alan Donovan, a co-author of ..." : a full name opening the paragraph, then a comma.
        const lead = readNames(ft);
        if (
          lead.names.length &&
          lead.names[0]!.start === 0 &&
          // "Alan Donovan, a co-author of ..." or the name alone on its line.
          (/^\s*[,(]/.test(ft.slice(lead.names[lead.names.length - 1]!.end)) ||
            /^\s*\.?\s*(\n|$)/.test(ft.slice(lead.end)))
        ) {
          for (const n of lead.names) presenters.push({ block: first, name: n });
        } else {
          // "it was given by Bill Kennedy" later in the first paragraph.
          const given =
            /\b(?:it|this(?: one| talk)?|that(?: one| talk)?|the talk)\s+(?:was\s+)?(?:given|presented|delivered|held|hosted|led)\s+by\s+/i.exec(
              ft,
            );
          if (given) {
            const at = given.index + given[0].length;
            for (const n of readNames(ft.slice(at)).names)
              presenters.push({
                block: first,
                name: { ...n, start: n.start + at, end: n.end + at },
              });
          }
        }
      }
    }
  }
  const link = block.flat.spans.find((s) => s.kind === 'link');
  const linksToTalk = Boolean(
    link && (SESSION_URL.test(link.url ?? '') || classifyUrl(link.url ?? '').kind === 'video'),
  );
  if (
    !presenters.length &&
    !linksToTalk &&
    !(headingKind && quoted) &&
    !inTalkSection(blocks, block)
  )
    return [];
  if (quoted && headingKind) title = cleanTitle(text.slice(quoted.start, quoted.end));
  const at =
    quoted && headingKind
      ? { start: quoted.start, end: quoted.end }
      : { start: 0, end: text.length };
  return [
    {
      block,
      title: { text: title, ...at },
      kind: headingKind ?? 'talk',
      names: [],
      presenters,
      at,
      // Only the presenter line says this heading is a talk: a titled talk in the paragraph
      // below, given by the same people, is then the talk and the heading just a section name.
      family:
        linksToTalk || (headingKind && quoted) || inTalkSection(blocks, block)
          ? 'heading'
          : 'heading-weak',
      body,
    },
  ];
}
