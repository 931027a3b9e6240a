import { describe, expect, it } from 'vitest';
import { Remembered } from './remembered.ts';

describe('Remembered', () => {
  it('gives back what was set for a text, and nothing for another', () => {
    const answers = new Remembered<boolean>(10);
    answers.set('Docker Swarm in production', true);
    answers.set('Thanks to the organisers', false);
    expect(answers.get('Docker Swarm in production')).toBe(true);
    expect(answers.get('Thanks to the organisers')).toBe(false);
    expect(answers.get('Keynote')).toBeUndefined();
  });

  it('finds a text cut from a longer one by its characters', () => {
    const article = 'We went to "Docker Swarm in production" and "Moby" on day two.';
    const answers = new Remembered<number>(10);
    answers.set(article.slice(12, 38), 1);
    expect(answers.get('Docker Swarm in production')).toBe(1);
  });

  it('is emptied when full, then remembers again', () => {
    const answers = new Remembered<number>(3);
    for (const [i, text] of ['a', 'b', 'c'].entries()) answers.set(text, i);
    expect(answers.get('c')).toBe(2);
    answers.set('d', 3);
    expect(answers.get('a')).toBeUndefined();
    expect(answers.get('c')).toBeUndefined();
    expect(answers.get('d')).toBe(3);
  });

  it('works an answer out once per text, and again once emptied', () => {
    const asked: string[] = [];
    const lengthOf = (text: string) => {
      asked.push(text);
      return text.length;
    };
    const answers = new Remembered<number>(2);
    expect(answers.answer('Moby', lengthOf)).toBe(4);
    expect(answers.answer('Moby', lengthOf)).toBe(4);
    expect(answers.answer('Swarm', lengthOf)).toBe(5);
    expect(asked).toEqual(['Moby', 'Swarm']);
    answers.answer('Notary', lengthOf);
    expect(answers.answer('Moby', lengthOf)).toBe(4);
    expect(asked).toEqual(['Moby', 'Swarm', 'Notary', 'Moby']);
  });
});
