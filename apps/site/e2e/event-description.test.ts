// What a search result or a link preview shows of an event's page: its one-line description.
import { loadCatalog } from '@confnotes/content/node';
import { describe, expect, inject, it } from 'vitest';
import { formatDateRange } from '../src/lib/format.ts';
import { eventPath } from '../src/lib/paths.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

const description = async (path: string) => {
  const html = await (await fetch(new URL(path, site.server.origin))).text();
  return html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
};

describe("an event's description", () => {
  it('says when and where an event no post covers yet is, and that no post covers it, not 0 of each', async () => {
    const { catalog } = await loadCatalog(inject('contentDir'));
    const uncovered = catalog.events.find(
      (e) =>
        e.start &&
        e.location &&
        !catalog.posts.some((p) => p.event === e.id) &&
        !catalog.talks.some((t) => t.event === e.id),
    )!;
    const text = await description(eventPath(uncovered.id));
    expect(text).not.toMatch(/\b0 (talks|posts)\b/);
    expect(text).toContain('no published post covers it yet');
    expect(text).toContain(uncovered.location!);
    expect(text).toContain(formatDateRange(uncovered.start, uncovered.end).replace(/\s+/g, ' '));
    const covered = catalog.events.find((e) => catalog.talks.some((t) => t.event === e.id))!;
    expect(await description(eventPath(covered.id))).toMatch(/\d+ talks? in \d+ posts?\.$/);
  });
});
