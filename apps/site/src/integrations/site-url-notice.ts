import type { AstroIntegration } from 'astro';

/**
 * After a build without CONFNOTES_SITE_URL, says where its canonical links, feeds and sitemap
 * point, and how to build for the public address: such a site deployed as it is sends every
 * search engine and feed reader to localhost. Said, not refused: `npm start` serves it there.
 */
export function siteUrlNotice(given: boolean, url: string): AstroIntegration {
  return {
    name: 'confnotes-site-url-notice',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (given) return;
        logger.info(
          `Canonical links, feeds and the sitemap point at ${url}, as CONFNOTES_SITE_URL is not set: right for \`npm start\`. To deploy, build with the public address, as CONFNOTES_SITE_URL=https://example.com/ npm run build -w @confnotes/site.`,
        );
      },
    },
  };
}
