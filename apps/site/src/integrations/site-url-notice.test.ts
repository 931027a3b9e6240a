import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { siteUrlNotice } from './site-url-notice.ts';

/** What the integration logs once a build is done. */
async function logged(given: boolean): Promise<string[]> {
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line) } as unknown as AstroIntegrationLogger;
  const done = siteUrlNotice(given, 'http://localhost:4321').hooks['astro:build:done']!;
  await (done as (options: { logger: AstroIntegrationLogger }) => Promise<void> | void)({ logger });
  return lines;
}

describe('siteUrlNotice', () => {
  it('says where a build without CONFNOTES_SITE_URL links, and how to build for deploying', async () => {
    const [line, ...more] = await logged(false);
    expect(more).toEqual([]);
    expect(line).toMatch(/point at http:\/\/localhost:4321, as CONFNOTES_SITE_URL is not set/);
    expect(line).toMatch(/CONFNOTES_SITE_URL=https:\/\/example\.com\/ npm run build/);
  });

  it('says nothing when the address was given', async () => {
    expect(await logged(true)).toEqual([]);
  });
});
