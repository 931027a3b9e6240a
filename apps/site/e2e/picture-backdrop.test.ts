// A diagram or a gopher is often a PNG drawn in black on a transparent background, for a white
// page: in the dark theme it was drawn black on near black, and could not be made out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contrast } from './contrast.ts';
import { ownSite } from './own-site.ts';

/** A 40×20 PNG: a black line across a transparent background. */
function inkOnTransparent(): Buffer {
  const [width, height] = [40, 20];
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 255]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Array.from({ length: height }, (_, y) => {
    const row = Buffer.alloc(1 + width * 4); // filter 0, then transparent pixels
    if (y === height / 2) for (let x = 0; x < width; x++) row[1 + x * 4 + 3] = 255; // black ink
    return row;
  });
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const site = ownSite('picture-backdrop', (content) => {
  mkdirSync(join(content, 'static', 'images'), { recursive: true });
  writeFileSync(join(content, 'static', 'images', 'diagram.png'), inkOnTransparent());
  writeFileSync(
    join(content, 'posts', 'diagram.md'),
    [
      '---',
      'title: The architecture',
      'date: 2025-09-24',
      '---',
      '',
      'The talk showed the whole system in one picture.',
      '',
      '![The services and their queues](/images/diagram.png)',
      '',
      '![The team on stage](https://pictures.invalid/team.jpg)',
      '',
    ].join('\n'),
  );
});

describe("a post's pictures in either theme", () => {
  for (const colorScheme of ['light', 'dark'] as const)
    it(`draws a transparent picture's black ink, and a missing picture's description, legibly (${colorScheme})`, async () => {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(new URL('/posts/diagram/', site.server.origin).href);
      await page
        .locator('.prose img')
        .first()
        .evaluate((img: HTMLImageElement) => img.decode());
      const [diagram, missing] = await page.locator('.prose img').evaluateAll((imgs) => {
        // The colour a picture is drawn over: its own background, else the nearest box's.
        const backdropOf = (img: Element) => {
          for (let el: Element | null = img; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)') return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        return imgs.map((img) => ({
          backdrop: backdropOf(img),
          text: getComputedStyle(img).color,
          loaded: (img as HTMLImageElement).naturalWidth > 0,
        }));
      });
      await page.close();
      expect(diagram!.loaded).toBe(true);
      expect(contrast('rgb(0, 0, 0)', diagram!.backdrop)).toBeGreaterThanOrEqual(4.5);
      expect(missing!.loaded).toBe(false);
      expect(contrast(missing!.text, missing!.backdrop)).toBeGreaterThanOrEqual(4.5);
    });
});
