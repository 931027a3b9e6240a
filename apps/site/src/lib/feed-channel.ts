// What both feeds say of themselves, so RSS and the JSON Feed describe one site alike.

/** The feeds' description of the site. */
export const FEED_DESCRIPTION = 'Conference recaps: posts, talks and speakers.';

/** The language of the site and of every post that names no other. */
export const FEED_LANGUAGE = 'en';
