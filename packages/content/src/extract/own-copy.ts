/**
 * A copy of `text` that shares nothing with the string it was cut from. V8 makes a substring of
 * 13 characters or more a view into its parent, which stays alive as long as the view does: a
 * title kept as a key of a table of remembered answers would keep its whole article's text.
 * @example remembered.set(ownCopy(title), answer);
 */
export function ownCopy(text: string): string {
  // Joining flattens into a new string; the slice of it then keeps only that one alive.
  return ` ${text}`.slice(1);
}
