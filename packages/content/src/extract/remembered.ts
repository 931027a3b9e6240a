import { ownCopy } from './own-copy.ts';

/**
 * Answers worked out once per text, for the questions extraction and merging ask of the same
 * titles, names, headings and links again and again. Bounded: emptied when full, since a build
 * of thousands of posts meets far more texts than it asks about twice. Keys are kept as copies
 * (see `ownCopy`), so a text cut from an article does not keep the article alive.
 * @example const answers = new Remembered<boolean>(4096); answers.answer(title, titleLikeOnce);
 */
export class Remembered<V> {
  readonly #answers = new Map<string, V>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get(text: string): V | undefined {
    return this.#answers.get(text);
  }

  set(text: string, answer: V): void {
    if (this.#answers.size >= this.#limit) this.#answers.clear();
    this.#answers.set(ownCopy(text), answer);
  }

  /**
   * The answer for `text`: the one remembered, else `work(text)`, remembered. Give a function
   * made once (not a closure made per question): these are asked on every word of a post.
   */
  answer(text: string, work: (text: string) => V): V {
    let answer = this.#answers.get(text);
    if (answer === undefined) {
      answer = work(text);
      this.set(text, answer);
    }
    return answer;
  }
}
