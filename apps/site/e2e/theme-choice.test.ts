// The header's theme button: the page follows the system until the reader picks a theme, which
// every page then shows from its first paint, and picking the system's own theme again forgets
// the choice.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

type Scheme = 'light' | 'dark';

/** The page's background, and the theme its root carried when the body was first parsed. */
async function open(page: Page, path: string, system: Scheme) {
  await page.emulateMedia({ colorScheme: system });
  await page.goto(new URL(path, site.server.origin).href, { waitUntil: 'load' });
  return page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    atFirstBody: (window as { themeAtFirstBody?: string }).themeAtFirstBody ?? 'unset',
  }));
}

async function newPage(): Promise<Page> {
  const page = await site.browser.context.newPage();
  // Records the root's theme when the body element is first created, before anything of the
  // page is drawn: a theme set later would show the other one first.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as { themeAtFirstBody?: string }).themeAtFirstBody =
        document.documentElement.dataset.theme ?? 'unset';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return page;
}

const pressed = (page: Page) =>
  page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed');

/** Tabs from the menu's last link to the next control, the theme button, and presses a key. */
async function pressFromMenu(page: Page, key: 'Enter' | 'Space'): Promise<void> {
  await page.locator('header nav a').last().focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('themeToggle');
  await page.keyboard.press(key);
}

describe('the theme button', () => {
  let light: string;
  let dark: string;

  beforeEach(async () => {
    const page = await newPage();
    await page.goto(new URL('/', site.server.origin).href);
    await page.evaluate(() => localStorage.clear());
    light = (await open(page, '/', 'light')).background;
    dark = (await open(page, '/', 'dark')).background;
    await page.close();
    expect(light).not.toBe(dark);
  });

  it('turns the dark theme on from the keyboard and keeps it from the first paint of every page', async () => {
    const page = await newPage();
    await open(page, '/posts/', 'light');
    expect(await pressed(page)).toBe('false');
    await pressFromMenu(page, 'Enter');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    expect(await pressed(page)).toBe('true');

    const next = await open(page, '/talks/', 'light');
    expect(next).toEqual({ background: dark, atFirstBody: 'dark' });
    expect(await pressed(page)).toBe('true');

    await pressFromMenu(page, 'Space');
    expect((await open(page, '/speakers/', 'light')).background).toBe(light);
    await page.close();
  });

  it('keeps a light theme chosen on a dark system, and forgets it once the dark one is picked again', async () => {
    const page = await newPage();
    await open(page, '/', 'dark');
    expect(await pressed(page)).toBe('true');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await open(page, '/events/', 'dark')).toEqual({
      background: light,
      atFirstBody: 'light',
    });
    expect(await pressed(page)).toBe('false');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    // Following the system again, the page changes with it.
    expect((await open(page, '/events/', 'light')).background).toBe(light);
    expect((await open(page, '/events/', 'dark')).background).toBe(dark);
    await page.close();
  });

  it('prints the dark theme in the light one, dark text on white paper, without the button', async () => {
    const page = await newPage();
    await open(page, '/', 'light');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    // Nor does paper show the button, which it could not press.
    expect(await page.locator('#themeToggle').isVisible()).toBe(false);
    await page.close();
  });

  it('is drawn as it will be before the page is read, so the header does not move', async () => {
    // The button as a page shows it before its script's work at DOMContentLoaded, which may
    // come after the first paint of a long page: here it never comes.
    const box = async (system: Scheme, beforeRead: boolean) => {
      const page = await site.browser.context.newPage();
      if (beforeRead)
        await page.addInitScript(() =>
          addEventListener('DOMContentLoaded', (event) => event.stopImmediatePropagation(), {
            capture: true,
          }),
        );
      await page.emulateMedia({ colorScheme: system });
      await page.goto(new URL('/posts/', site.server.origin).href, { waitUntil: 'load' });
      const drawn = await page.locator('#themeToggle').evaluate((button) => {
        const { x, width, height } = button.getBoundingClientRect();
        return { x, width, height, tick: getComputedStyle(button, '::before').content };
      });
      await page.close();
      return drawn;
    };
    for (const system of ['light', 'dark'] as const) {
      const read = await box(system, false);
      expect(read.width, system).toBeGreaterThan(0);
      expect(await box(system, true), system).toEqual(read);
    }
  });

  it('shares a row of the header with the site name or the menu at every width', async () => {
    const page = await newPage();
    await page.goto(new URL('/posts/', site.server.origin).href);
    for (let width = 320; width <= 1280; width += 40) {
      await page.setViewportSize({ width, height: 800 });
      const alone = await page.evaluate(() => {
        const middle = (el: Element) => {
          const { top, bottom } = el.getBoundingClientRect();
          return (top + bottom) / 2;
        };
        const button = middle(document.getElementById('themeToggle')!);
        const { top, bottom } = document.querySelector('header .brand')!.getBoundingClientRect();
        const menu = document.querySelector('header nav')!.getBoundingClientRect();
        const beside = (box: { top: number; bottom: number }) =>
          button > box.top && button < box.bottom;
        return !beside({ top, bottom }) && !beside(menu);
      });
      expect(alone, `at ${width} px`).toBe(false);
    }
    await page.close();
  });

  it('is not shown to a reader without JavaScript, whose page follows the system', async () => {
    const html = await (await fetch(new URL('/posts/', site.server.origin))).text();
    const css = html.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
    const page = await site.browser.context.newPage();
    await page.route('**/*', (route) =>
      route.request().url().includes(css!)
        ? route.continue()
        : route.fulfill({
            body: html.replace(/<script>[\s\S]*?<\/script>/g, ''),
            contentType: 'text/html',
          }),
    );
    await page.goto(new URL('/posts/', site.server.origin).href);
    expect(await page.locator('#themeToggle').isVisible()).toBe(false);
    await page.close();
  });
});
