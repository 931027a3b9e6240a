import { getEntry } from 'astro:content';
import type { APIRoute } from 'astro';

// The core's search index, made by the content loader while it had the posts' full text, and
// shipped as a file the search page loads.
export const GET: APIRoute = async () => {
  const entry = await getEntry('search', 'index');
  if (!entry) throw new Error('The search collection holds no index: is it in content.config.ts?');
  return new Response(entry.data.json, { headers: { 'Content-Type': 'application/json' } });
};
