import { describe, expect, it } from 'vitest';
import { SPEAKER_VERB } from './patterns/speaker-verb.ts';
import { speakerVerbsOf, TRIGGER, triggersOf } from './trigger-words.ts';

const has = (text: string, bit: number) => (triggersOf(text) & bit) !== 0;

describe('triggersOf', () => {
  it('finds trigger words as whole words in any case', () => {
    expect(has('Then Ann GAVE a great talk.', TRIGGER.gave)).toBe(true);
    expect(has('Then Ann GAVE a great talk.', TRIGGER.talkNoun)).toBe(true);
    expect(has('We listened to Bo', TRIGGER.heard)).toBe(true);
    expect(has('a talk (by Bo)', TRIGGER.by | TRIGGER.byOrFrom)).toBe(true);
    expect(has('Thanks, Ann', TRIGGER.thanks)).toBe(true);
  });

  it('does not take a trigger word inside a longer word', () => {
    expect(has('the engaveable crowd', TRIGGER.gave)).toBe(false);
    expect(has('nearby standby', TRIGGER.by)).toBe(false);
    expect(has('the talkative one', TRIGGER.talkNoun)).toBe(false);
  });

  it('ends words where \\b does: at letters outside ASCII, not at digits or _', () => {
    expect(has('éby', TRIGGER.by)).toBe(true);
    expect(has('(by)', TRIGGER.by)).toBe(true);
    expect(has('talk2', TRIGGER.talkNoun)).toBe(false);
    expect(has('_by_', TRIGGER.by)).toBe(false);
  });

  it('finds words that start a session label, whole or not', () => {
    expect(has('the Keynotes', TRIGGER.session)).toBe(true);
    expect(has('sessionx', TRIGGER.session)).toBe(true);
    expect(has('a plenary', TRIGGER.session)).toBe(true);
    expect(has('the sessio', TRIGGER.session)).toBe(false);
  });

  it('notes apostrophes and colons', () => {
    expect(has('Ann’s', TRIGGER.apostrophe)).toBe(true);
    expect(has("Ann's", TRIGGER.apostrophe)).toBe(true);
    expect(has('Speaker: Ann', TRIGGER.colon | TRIGGER.speakerLabel)).toBe(true);
    expect(has('Ann', TRIGGER.apostrophe | TRIGGER.colon)).toBe(false);
  });

  it('leaves a text with the long s or the Kelvin sign to the patterns', () => {
    // /gives/iu matches "giveſ", and /\bby/i matches after a Kelvin sign.
    expect(has('giveſ', TRIGGER.gave)).toBe(true);
    expect(has('\u212Aby', TRIGGER.by)).toBe(true);
  });

  it('answers a text again after another one', () => {
    expect(has('by', TRIGGER.by)).toBe(true);
    expect(has('from', TRIGGER.by)).toBe(false);
    expect(has('by', TRIGGER.by)).toBe(true);
  });

  it('finds the speaker verbs that SPEAKER_VERB finds, at the same places', () => {
    const words = ['Ann', 'walked', 'us', 'through', 'took', 'kicked', 'off', 'Spoke', 'talks'];
    const more = ['led', 'ledger', 'PRESENTED', 'did', 'x_did', '2gave', 'the', ',', '.', '  '];
    const pool = [...words, ...more];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let k = next() % 12; k > 0; k--)
        text += `${pool[next() % pool.length]}${next() % 4 ? ' ' : ''}`;
      const expected = [...text.matchAll(SPEAKER_VERB)].map((m) => [m.index, m[0]]);
      expect(
        speakerVerbsOf(text)?.map((v) => [v.index, v[0]]),
        text,
      ).toEqual(expected);
    }
  });
});
