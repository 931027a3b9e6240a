import { searchIndexResponse } from '@confnotes/content/astro/pages';
import type { APIRoute } from 'astro';

// The core's search index, made by the content loaders beside the build while they had the
// posts' full text, and shipped as a file the search page loads.
export const GET: APIRoute = () => searchIndexResponse();
