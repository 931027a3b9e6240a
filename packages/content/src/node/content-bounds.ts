import { sep } from 'node:path';

// Content is untrusted: a symbolic link in it is followed only while it stays inside the
// content folder, so that an article or a record cannot make the build read (and the site or
// the API show) another file of the machine.

/** Whether `target`, a real path, is the content folder `root` (a real path) or inside it. */
export const insideContent = (root: string, target: string): boolean =>
  target === root || target.startsWith(root + sep);

/** What a content folder holds, any one of which makes a folder one. */
export const CONTENT_MARKS = ['posts', 'events', 'speakers.yaml', 'talks.yaml'] as const;

/** Why a link is not followed, in the words of an `unfollowed-link` diagnostic. */
export const LEADS_OUT = 'it leads out of the content folder';
export const LEADS_NOWHERE = 'it leads to nothing';
