import type { AstroIntegration } from 'astro';
import { holdImageWarnings, writeHeldImageWarnings } from '../lib/image-warnings.ts';

/**
 * Writes the build's warnings of pictures posts show that the site does not publish once every
 * page is written, by article, instead of among Astro's lines of the pages as each is rendered.
 */
export function heldImageWarnings(): AstroIntegration {
  return {
    name: 'confnotes-image-warnings',
    hooks: {
      'astro:build:start': () => holdImageWarnings(),
      'astro:build:done': () => writeHeldImageWarnings(),
    },
  };
}
