// How posts write the same talk and person differently: typos, shortened titles, lost accents,
// a first name alone. Each variant is still the same talk or person in the known answer.
import { chance, type Random } from './random.ts';

/** Drops one inner letter of a long word: "Schedulers" -> "Schedulrs". */
function typo(r: Random, title: string): string {
  const words = title.split(' ');
  const long = words.flatMap((w, i) => (/^[A-Za-z]{7,}$/.test(w) ? [i] : []));
  if (!long.length) return title;
  const i = long[Math.floor(r() * long.length)]!;
  const w = words[i]!;
  const at = 2 + Math.floor(r() * (w.length - 4));
  words[i] = w.slice(0, at) + w.slice(at + 1);
  return words.join(' ');
}

/** The title as one post writes it. */
export function writtenTitle(r: Random, title: string): string {
  const x = r();
  if (x < 0.15 && title.includes(': ')) return title.slice(0, title.indexOf(': '));
  if (x < 0.25) return typo(r, title);
  return title;
}

/** The name as one post writes it: accents are sometimes lost. */
export function writtenName(r: Random, name: string): string {
  return /[^\x00-\x7f]/.test(name) && chance(r, 0.5)
    ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    : name;
}

export const firstName = (name: string): string => name.split(' ')[0]!;
