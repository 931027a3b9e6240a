import type { Handles } from '../schema/speaker.ts';
import type { Block } from './blocks.ts';
import type { NameFound } from './names.ts';
import { spansAround, spansStarting } from './text-tools.ts';
import { classifyUrl, PROFILE_KINDS } from './url-kind.ts';

/** The profiles a post links from a speaker's name, or from the brackets right after it. */
export function handlesFor(block: Block, name: NameFound): Handles {
  const handles: Record<string, string> = {};
  const text = block.flat.text;
  // Profile links on the name itself, or in the parentheses right after it.
  const paren = /^\s*\(/.test(text.slice(name.end)) ? text.indexOf(')', name.end) : -1;
  // A bare "(@handle)" after a name is, by long convention, a Twitter handle.
  const bare = paren > 0 ? /^\s*\(\s*@([A-Za-z0-9_]{1,15})\s*\)/.exec(text.slice(name.end)) : null;
  if (
    bare &&
    !spansStarting(block.flat, name.end + 1, paren).some((s) => s.kind === 'link' && s.end <= paren)
  )
    handles.twitter = bare[1]!;
  for (const span of spansAround(block.flat, name.start, Math.max(name.end, paren))) {
    if (span.kind !== 'link' || !span.url) continue;
    const onName = span.start <= name.start && span.end >= name.end;
    const afterName = paren > 0 && span.start > name.end && span.end <= paren;
    if (!onName && !afterName) continue;
    const c = classifyUrl(span.url);
    if (c.handle && PROFILE_KINDS.has(c.kind)) handles[c.kind] ??= c.handle;
    else if (
      onName &&
      c.kind === 'other' &&
      /^https?:/.test(span.url) &&
      !/\b(speaker|presentation|session|talk)s?\b/i.test(span.url)
    )
      handles.website ??= span.url;
  }
  return handles;
}
