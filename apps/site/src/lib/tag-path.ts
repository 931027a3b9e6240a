import { tagSlug } from '@confnotes/content/portable';
import { sitePath } from './paths.ts';

// Apart from `paths.ts`, which the search island loads: the core's tag ids come from its
// portable entry, which the island's build would otherwise read whole to leave out again.

/** A tag's page, at the id every surface files the tag under (see `tagSlug`). */
export const tagPath = (tag: string) => sitePath(`/tags/${tagSlug(tag)}/`);
