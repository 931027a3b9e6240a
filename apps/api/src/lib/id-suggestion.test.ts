import { describe, expect, it } from 'vitest';
import { harness } from '../../test/harness.ts';
import { idSuggestion } from './id-suggestion.ts';

const { get } = await harness();

describe('idSuggestion', () => {
  const ids = new Set(['jerome-petazzoni', 'diogo-monica', 'dockercon-eu-2015-day-two']);
  const known = (id: string) => ids.has(id);

  it('gives the id the catalog makes of a name, a title or an id in capitals', () => {
    expect(idSuggestion('Jerome Petazzoni', known)).toBe('jerome-petazzoni');
    expect(idSuggestion('Diogo Mónica', known)).toBe('diogo-monica');
    expect(idSuggestion('DOCKERCON-EU-2015-DAY-TWO', known)).toBe('dockercon-eu-2015-day-two');
    expect(idSuggestion('Dockercon EU 2015: Day Two!', known)).toBe('dockercon-eu-2015-day-two');
  });

  it('gives an id that keeps its accents, asked for in capitals or decomposed', () => {
    const events = new Set(['zürich-conf-2024']);
    const event = (id: string) => events.has(id);
    expect(idSuggestion('Zürich-Conf-2024', event)).toBe('zürich-conf-2024');
    // u followed by a combining diaeresis, as a Mac's file names write ü.
    expect(idSuggestion('zu\u0308rich-conf-2024', event)).toBe('zürich-conf-2024');
    expect(idSuggestion('ZU\u0308RICH-CONF-2024', event)).toBe('zürich-conf-2024');
  });

  it('suggests nothing no record has, nor the id itself', () => {
    expect(idSuggestion('Jerome Smith', known)).toBeUndefined();
    expect(idSuggestion('jerome-petazzoni', known)).toBeUndefined();
    expect(idSuggestion('!!!', known)).toBeUndefined();
  });
});

describe('a 404 or a filter by an id no record has', () => {
  it('names the id meant by a name or a title, and where it is', async () => {
    const { status, body } = await get('/api/speakers/John%20Fiedler');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('did you mean "john-fiedler" (/api/speakers/john-fiedler)?'),
      details: { resource: 'speaker', id: 'John Fiedler', suggestion: 'john-fiedler' },
    });
    const talk = await get('/api/talks/Docker-In-Production');
    expect(talk.body.error.details.suggestion).toBe('docker-in-production');
  });

  it('says where to look when no id is near', async () => {
    const { body } = await get('/api/speakers/nobody-at-all');
    expect(body.error.details).not.toHaveProperty('suggestion');
    expect(body.error.message).toMatch(/Look it up at \/api\/speakers/);
  });

  it('names the id a list filter likely meant', async () => {
    const { status, body } = await get('/api/talks?speaker=Michael%20Neale');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: 'invalid_parameter',
      message: 'No speaker has the id "Michael Neale"; did you mean speaker=michael-neale?',
      details: { parameter: 'speaker', suggestion: 'michael-neale' },
    });
  });
});
