import { BINDINGS, type Context } from './keys.ts';

const keysOf = (context: Context, action: string) =>
  BINDINGS.find((b) => b.context === context && b.action === action)?.keys ?? [];

/**
 * What to say when `o` is pressed with no link selected, naming the keys that select one on the
 * screen at hand: Tab in an article, the cursor keys of a talk, speaker or event. Taken from the
 * key table so that the message follows the keys.
 */
export function selectLinkHint(screen: string): string {
  if (screen === 'post') {
    return `Select a link first: ${keysOf('pager', 'next-link')[0]} goes to the next one`;
  }
  const down = keysOf('scroll', 'down')[0];
  const up = keysOf('scroll', 'up')[0];
  return `Select a link first: move to it with ${down}/${up}`;
}
