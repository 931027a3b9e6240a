import { createSearchIndex } from '@confnotes/content/portable';
import type { APIRoute } from 'astro';
import { siteCatalog } from '../lib/site-catalog.ts';
import { siteData } from '../lib/site-data.ts';

// The core's search index, shipped as a file the search page loads: snippets are cut from the
// first 400 characters of each record to keep the file small.
export const GET: APIRoute = async () => {
  const index = createSearchIndex(siteCatalog(await siteData()), { storedTextLength: 400 });
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
