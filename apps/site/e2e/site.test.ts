import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser } from './browser.ts';
import { crawl } from './crawl.ts';
import { distDir, screenshotDir } from './paths.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a path, collecting console errors and uncaught exceptions while it loads. */
async function visit(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, server.origin).href, { waitUntil: 'load' });
  return { page, errors };
}

const pageTypes = {
  home: '/',
  posts: '/posts/',
  post: '/posts/impressions-from-dockercon-2015-part-2/',
  talks: '/talks/',
  talk: '/talks/persistent-stateful-services/',
  speakers: '/speakers/',
  speaker: '/speakers/michael-neale/',
  event: '/events/dockercon-eu-2015/',
  tag: '/tags/docker/',
  search: '/search/?q=docker',
  notFound: '/no/such/page/',
};

describe('the built site in Chromium', () => {
  it('leads from home to a post, a talk it mentions, its speaker and another post', async () => {
    const { page, errors } = await visit('/');
    await page
      .getByRole('link', { name: 'Impressions from DockerCon 2015 - Part 2' })
      .first()
      .click();
    await expect.poll(() => page.url()).toContain('/posts/impressions-from-dockercon-2015-part-2/');
    const panel = page.getByRole('complementary', { name: 'Talks and speakers in this post' });
    await panel.getByRole('link', { name: /^Persistent, stateful services/ }).click();
    await expect.poll(() => page.url()).toContain('/talks/persistent-stateful-services/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /^Persistent, stateful/,
    );
    // The talk quotes each post and links to the paragraph it quotes.
    const quoted = page.locator('blockquote a[href*="#p-"]');
    expect(await quoted.count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('link', { name: 'Michael Neale' }).first().click();
    await expect.poll(() => page.url()).toContain('/speakers/michael-neale/');
    await page.getByRole('link', { name: 'Dockercon EU 2015 Day Two', exact: true }).click();
    await expect.poll(() => page.url()).toContain('/posts/2015-11-19-dockercon-eu-2015-day-two/');
    expect(await page.title()).toContain('Dockercon EU 2015 Day Two');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lands on the quoted paragraph when a talk page links back to a post', async () => {
    const { page } = await visit('/talks/cgroups-namespaces-and-beyond/');
    const link = page.locator('blockquote a[href*="#p-"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.url()).toContain(href);
    const target = page.locator(`[id="${href.split('#')[1]}"]`);
    expect(await target.textContent()).toMatch(/Cgroups, namespaces and beyond/i);
    await page.close();
  });

  it('finds a speaker by name and a talk by a word of its title, typed as such', async () => {
    const { page, errors } = await visit('/search/?q=Neale');
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-type')).toBe('speaker');
    expect(await first.locator('a').textContent()).toBe('Michael Neale');

    await page.fill('#q', 'cgroups');
    await expect
      .poll(() => page.locator('#search-results li[data-type="talk"] a').allTextContents())
      .toContain('Cgroups, namespaces and beyond: what are containers made from');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('resolves every internal link on every page, fragments included', async () => {
    const { pages, broken } = await crawl(server.origin);
    expect(broken).toEqual([]);
    for (const path of [
      '/',
      '/posts/',
      '/talks/',
      '/speakers/',
      '/events/',
      '/tags/',
      '/search/',
    ]) {
      expect(pages.has(path), path).toBe(true);
    }
    expect([...pages.keys()].filter((p) => p.startsWith('/posts/')).length).toBeGreaterThan(2);
  });

  it('shows every page type without console errors, serious axe violations or content-page JavaScript', async () => {
    const report: Record<string, unknown> = {};
    for (const [name, path] of Object.entries(pageTypes)) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      let scriptBytes = 0;
      page.on('console', (m) => {
        // The 404 page is served with status 404, which Chromium logs as a failed resource.
        if (m.type() === 'error' && !(name === 'notFound' && /404/.test(m.text())))
          errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('response', async (r) => {
        if (r.request().resourceType() === 'script') scriptBytes += (await r.body()).length;
      });
      await page.goto(new URL(path, server.origin).href, { waitUntil: 'networkidle' });
      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(async () => {
        // @ts-expect-error axe is injected into the page above
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: { id: string; impact: string; nodes: unknown[] }) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
        }));
      })) as { id: string; impact: string }[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      report[name] = { errors, serious, scriptBytes };
      expect(errors, `${name}: console errors`).toEqual([]);
      expect(serious, `${name}: axe`).toEqual([]);
      // Content pages ship no JavaScript at all; the search island stays under 30 KB.
      expect(scriptBytes, `${name}: JavaScript bytes`).toBeLessThan(name === 'search' ? 30_000 : 1);
      await page.close();
    }
  });

  it('saves screenshots of every page type at desktop and phone widths', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };
    for (const [device, viewport] of Object.entries(widths)) {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      for (const [name, path] of Object.entries(pageTypes)) {
        await page.goto(new URL(path, server.origin).href, { waitUntil: 'networkidle' });
        // Nothing may overflow sideways on a phone: that is what makes a page usable at 360 px.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${device} width`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: join(screenshotDir, `${name}-${device}.png`),
          fullPage: true,
        });
      }
      await page.close();
    }
  });
});
