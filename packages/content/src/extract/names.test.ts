import { describe, expect, it } from 'vitest';
import { isPersonName, readNameList } from './names.ts';

const names = (s: string, single = false) => readNameList(s, { single }).names.map((n) => n.name);

describe('isPersonName', () => {
  it('takes "Hall" after a first name for a surname, but not after a word that names a place', () => {
    expect(isPersonName('Lena Hall')).toBe(true);
    expect(names('Lena Hall, Kojo Mensah and Femke van Dijk')).toEqual([
      'Lena Hall',
      'Kojo Mensah',
      'Femke van Dijk',
    ]);
    for (const place of ['Main Hall', 'Expo Hall', 'Great Hall', 'Hall Lee'])
      expect(isPersonName(place), place).toBe(false);
  });

  it('accepts names with inner capitals, hyphens, particles and accents', () => {
    for (const n of [
      'Nathan McCauley',
      'Kelsey Gilmore-Innis',
      'Ludwig van Beethoven',
      'Jérôme Petazzoni',
      "Dara O'Brien",
    ]) {
      expect(isPersonName(n), n).toBe(true);
    }
  });

  it('reads a name written with decomposed accents as the same name composed', () => {
    for (const n of ['Jérôme Petazzoni', 'José Valim', 'Zoë Ark-Lévy']) {
      expect(isPersonName(n.normalize('NFD')), n).toBe(true);
      expect(names(`${n.normalize('NFD')} and Ada Lovelace`)).toEqual([
        n.normalize('NFD'),
        'Ada Lovelace',
      ]);
    }
    // Capitals alone are an acronym however their accents are written.
    expect(isPersonName('ÉTÉ Conf'.normalize('NFD'))).toBe(isPersonName('ÉTÉ Conf'));
  });

  it('rejects products, organisations, sessions and lone words', () => {
    for (const n of [
      'Docker Trusted Registry',
      'Ardan Labs',
      'General Session',
      'The Keynote',
      'Sasha',
      'AWS',
    ]) {
      expect(isPersonName(n), n).toBe(false);
    }
    expect(isPersonName('Sasha', { single: true })).toBe(true);
  });
});

describe('readNameList', () => {
  it('reads pairs and lists joined by and, & and commas', () => {
    expect(names('Rolf Neugebauer & Justin Cormack')).toEqual([
      'Rolf Neugebauer',
      'Justin Cormack',
    ]);
    expect(names('Elton Stoneman and Iris Classon')).toEqual(['Elton Stoneman', 'Iris Classon']);
    expect(names('Ann Lee, Bo Chen and Carl Diaz.')).toEqual(['Ann Lee', 'Bo Chen', 'Carl Diaz']);
  });

  it('keeps an affiliation in parentheses or after a comma, and a role before "of"', () => {
    const r = readNameList(
      'Sandro Cirulli, Platform Tech Lead of Oxford University Press (OUP). He presents',
    );
    expect(r.names[0]).toMatchObject({
      name: 'Sandro Cirulli',
      role: 'Platform Tech Lead',
      affiliation: 'Oxford University Press',
    });
    expect(readNameList('Gregor Hohpe (AWS)').names[0]?.affiliation).toBe('AWS');
    expect(readNameList('Cameron Balahan, Google.').names[0]?.affiliation).toBe('Google');
  });

  it('stops at prose and reports an organisation standing where a person would', () => {
    expect(names('names I cannot remember')).toEqual([]);
    expect(readNameList('Ardan Labs.').org).toBe('Ardan Labs');
  });
});
