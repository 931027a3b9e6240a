import type { APIRoute } from 'astro';
import { sitePath } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('/sitemap.xml'), site).href}\n`,
  );
