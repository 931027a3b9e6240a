import { describe, expect, it } from 'vitest';
import { talks } from '../fixtures/recap-talks.ts';

describe('a session named by its label, then its people', () => {
  it('reads "Label, Name" and "Label: Name" list items as untitled sessions', () => {
    expect(
      talks(
        '- Opening keynote, Hélène Marchetti-Vidal\n  - state of the web platform\n' +
          '- Panel: Ann Lee, Bo Chen and Cy Dee\n' +
          '- Closing keynote: Ruth Okoro (Acme)\n',
      ),
    ).toEqual([
      ['Opening keynote', 'keynote', ['Hélène Marchetti-Vidal']],
      ['Panel', 'panel', ['Ann Lee', 'Bo Chen', 'Cy Dee']],
      ['Closing keynote', 'keynote', ['Ruth Okoro']],
    ]);
  });

  it('reads the people after a bold label opening a paragraph', () => {
    expect(
      talks('**Keynote:** Hélène Marchetti-Vidal on the state of the web.\n\nHélène was great.\n'),
    ).toEqual([['Keynote', 'keynote', ['Hélène Marchetti-Vidal']]]);
    expect(talks('**Opening keynote:** Ines Barros\n\nShe asked who reads runbooks.\n')).toEqual([
      ['Opening keynote', 'keynote', ['Ines Barros']],
    ]);
  });

  it('takes a lone name-shaped phrase after a colon for a person only when the post speaks of them', () => {
    // A title after a label's colon has a name's shape as well.
    expect(talks('- Keynote: Open Source Futures\n- Panel: Leading Through Layoffs\n')).toEqual([]);
    expect(talks('- Keynote: Ruth Okoro\n  - Ruth argued for fewer alerts\n')).toEqual([
      ['Keynote', 'keynote', ['Ruth Okoro']],
    ]);
  });

  it('leaves a title after the names to the patterns that read titles', () => {
    expect(talks('- Keynote: Ann Lee, "Boring Tech"\n- Panel, Nobody Wins\n')).toEqual([
      ['Boring Tech', 'keynote', ['Ann Lee']],
    ]);
  });
});
