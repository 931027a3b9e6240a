import { describe, expect, it } from 'vitest';
import { talks } from './fixtures/recap-talks.ts';

// Schedules, tables, labelled lines and talk headings, written as recaps of other conferences write
// them: forms the fixtures of `extract-post.test.ts` do not show.

describe('tables', () => {
  it('take a kind label in a title cell for the kind, not the title', () => {
    expect(
      talks(
        '| Time | Talk | Speaker |\n|---|---|---|\n| 09:00 | Keynote: Harbours at Five | Greta Lind |\n| 11:00 | Rivers of Data | Ines Barros |\n',
      ),
    ).toEqual([
      ['Harbours at Five', 'keynote', ['Greta Lind']],
      ['Rivers of Data', 'talk', ['Ines Barros']],
    ]);
  });

  it("drops a schedule table's breaks", () => {
    expect(
      talks(
        '| Time | Speaker | Talk |\n|---|---|---|\n| 10:00 | Ömer Yıldız | Rye and the Future |\n| 11:00 | — | Coffee break |\n| 12:00 | | Lunch |\n',
      ),
    ).toEqual([['Rye and the Future', 'talk', ['Ömer Yıldız']]]);
  });

  it('reads tables whose columns say "Talk", "Game" or "Presented by"', () => {
    expect(
      talks(
        '| Talk | Presented by |\n|---|---|\n| Puddle Planning | Jonas Erik |\n\n' +
          '| Game | Team | Speaker |\n|---|---|---|\n| *Puddle Jumper* | Team Sleepless | Mona Erik |\n',
      ),
    ).toEqual([
      ['Puddle Planning', 'talk', ['Jonas Erik']],
      ['Puddle Jumper', 'demo', ['Mona Erik']],
    ]);
  });

  it('reads a table of "Who" and "What", with a kind noted beside the speaker', () => {
    expect(
      talks(
        '| Who | What | Where |\n|---|---|---|\n' +
          '| Wanjiru Kamau | Observability on a Shoestring Budget | Main hall |\n' +
          '| Kofi Mensah (keynote) | The Boring Infrastructure Manifesto | Main hall |\n' +
          '| Priyanka Shah, Halima Yusuf | Panel: Hiring and Growing SREs | Room B |\n',
      ),
    ).toEqual([
      ['Observability on a Shoestring Budget', 'talk', ['Wanjiru Kamau']],
      ['The Boring Infrastructure Manifesto', 'keynote', ['Kofi Mensah']],
      ['Hiring and Growing SREs', 'panel', ['Priyanka Shah', 'Halima Yusuf']],
    ]);
  });
});

describe('labelled lines', () => {
  it('reads blocks of labelled lines: the title line over a session line, every line of people', () => {
    expect(
      talks(
        '**Session:** Breakout, Track A  \n**Speaker:** Vikram Sethi  \n' +
          '**Title:** Serverless Cold Starts: Myths and Measurements\n\n' +
          '**Session:** Opening Keynote  \n**Speaker:** Lakshmi Narayanan  \n' +
          '**Title:** Cloud Economics for the Next Billion Users\n\n' +
          '**Session:** Breakout, Track A  \n**Speaker:** Pooja Iyengar  \n' +
          '**Title:** Cost Anomaly Detection with CloudWatch\n\n' +
          '**Facilitator:** Kavita Deshmukh  \n**Title:** Building RAG Pipelines on Bedrock\n\n' +
          '**Title:** A Cloud Career Outside the Metros  \n' +
          '**Panelists:** Sunita Rao, Ananya Bose  \n**Moderator:** Rahul Khanna\n',
      ),
    ).toEqual([
      ['Serverless Cold Starts: Myths and Measurements', 'talk', ['Vikram Sethi']],
      ['Cloud Economics for the Next Billion Users', 'keynote', ['Lakshmi Narayanan']],
      ['Cost Anomaly Detection with CloudWatch', 'talk', ['Pooja Iyengar']],
      ['Building RAG Pipelines on Bedrock', 'workshop', ['Kavita Deshmukh']],
      ['A Cloud Career Outside the Metros', 'panel', ['Sunita Rao', 'Ananya Bose', 'Rahul Khanna']],
    ]);
  });

  it('reads "Presenter(s):" lines, and the kind from a "Format:" line after a "Session:" line', () => {
    expect(
      talks(
        '**Session:** Building Evolutionary Architectures in Practice\n' +
          '**Presenter(s):** Rebecca Okonkwo-Hale, Thomas Brandt\n**Format:** talk, 50 min\n\n' +
          '**Session:** Platform Teams: Help or Hindrance?\n' +
          '**Presenter(s):** Hana Kobayashi (moderator), Sven Lundqvist\n**Format:** panel, 45 min\n\n' +
          '**Session:** Opening keynote\n**Speaker(s):** Dr. Farah Siddiqui\n**Format:** keynote\n',
      ),
    ).toEqual([
      [
        'Building Evolutionary Architectures in Practice',
        'talk',
        ['Rebecca Okonkwo-Hale', 'Thomas Brandt'],
      ],
      ['Platform Teams: Help or Hindrance?', 'panel', ['Hana Kobayashi', 'Sven Lundqvist']],
      ['Opening keynote', 'keynote', ['Farah Siddiqui']],
    ]);
  });

  it('drops "— presented", the marks inside a label, and track or sponsor labels', () => {
    expect(
      talks(
        '- **"Training Without the Training"** — presented by *Park Ji-hoon*. Calibration.\n' +
          '- **11:20** — Talk: *"Models for Kiswahili"* by **Baraka Mwan**.\n' +
          '- Track 2: Kernel Heap Feng Shui by Lin Zhiw\n' +
          '- Sponsor talk: Building at the Edge by Kevin Oko\n',
      ),
    ).toEqual([
      ['Training Without the Training', 'talk', ['Park Ji-hoon']],
      ['Models for Kiswahili', 'talk', ['Baraka Mwan']],
      ['Kernel Heap Feng Shui', 'talk', ['Lin Zhiw']],
      ['Building at the Edge', 'talk', ['Kevin Oko']],
    ]);
  });
});

describe('headings written as bold lines, and labelled headings', () => {
  it('reads a paragraph whose first line is all bold as a heading', () => {
    expect(
      talks(
        '**Greta Lind – The Business of Small Software**\nGreta talked about running a company.\n\n' +
          '**Sturdy Queues, by Ana Lima**\nShe talked about queues.\n\n' +
          '**Lunch - Pizza Place**\nGood food.\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([
      ['The Business of Small Software', ['Greta Lind']],
      ['Sturdy Queues', ['Ana Lima']],
    ]);
  });

  it('reads "Keynote: Name" as an untitled keynote by that person', () => {
    expect(
      talks('### Keynote: Rosa Diaz\n\nRosa opened the second day with ten years of web speed.\n'),
    ).toEqual([['Keynote', 'keynote', ['Rosa Diaz']]]);
  });

  it('reads a numbered bold line with a rating after it, and a rating closing a list item', () => {
    expect(
      talks(
        [
          '- **Quiet Queues** — Ann Lee (4/5)',
          '- **Loud Logs** — Bo Chen 8/10',
          '',
          '**1. "Async Python Without the Tears" — Beatriz Nogueira** ★★★★★',
          '',
          'The best explanation of task groups I have seen.',
          '',
          '**2. The opening keynote (Olumide Adeyemi)** ★★★★☆',
          '',
          '**3. Lightning talk: "Ten Seconds of Regex Golf" — Zoë Albrecht** ⭐⭐⭐',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Quiet Queues', 'talk', ['Ann Lee']],
      ['Loud Logs', 'talk', ['Bo Chen']],
      ['Async Python Without the Tears', 'talk', ['Beatriz Nogueira']],
      ['Opening keynote', 'keynote', ['Olumide Adeyemi']],
      ['Ten Seconds of Regex Golf', 'lightning', ['Zoë Albrecht']],
    ]);
  });
});

describe('under a talk heading', () => {
  it('are the subject of more of the verbs a recap uses ("started by", "discussed")', () => {
    expect(
      talks(
        '## Designing Sturdy Systems\n\nHanna Vik from Telenor started by asking who had been paged that week.\n\n' +
          '## Queues at Scale\n\nOmar Haddad discussed how his team shards queues.\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([
      ['Designing Sturdy Systems', ['Hanna Vik']],
      ['Queues at Scale', ['Omar Haddad']],
    ]);
  });

  it('reads "Talk: *T*" under a heading that names its speaker alone', () => {
    expect(
      talks(
        '### Valentina Russo\n\nTalk: *Fluid Type Without Queries*. She live-coded it.\n\n### Travel\n\nTalk: *Trains*.\n',
      ),
    ).toEqual([['Fluid Type Without Queries', 'talk', ['Valentina Russo']]]);
  });

  it('reads speakers on cards and under headings, and kinds from the line and the heading', () => {
    expect(
      talks(
        '### Hands-on Polars for Refugees\n\n*Workshop by Dr. Keiko Matsu and Anders Bjorn*\n\n' +
          '> **Team Topologies in a Small Company**\n> Speaker: Kwesi Appiah\n\n' +
          '### Server Components Without a Framework\n\n👤 Speaker: Chidi Okeke\n\n' +
          '### Ignites\n\n1. *Tiny Tools* — Ana Lima\n',
      ),
    ).toEqual([
      ['Hands-on Polars for Refugees', 'workshop', ['Keiko Matsu', 'Anders Bjorn']],
      ['Team Topologies in a Small Company', 'talk', ['Kwesi Appiah']],
      ['Server Components Without a Framework', 'talk', ['Chidi Okeke']],
      ['Tiny Tools', 'lightning', ['Ana Lima']],
    ]);
  });

  it('reads "A very practical talk from X" under a talk heading', () => {
    expect(
      talks(
        '### Generic Data Structures You Should Use\n\n' +
          'A very practical talk from [Shun Tanaka](https://twitter.com/tanakashun). He showed a ring buffer.\n\n' +
          '### Lunch\n\nThe food was great, from the local bakery.\n',
      ),
    ).toEqual([['Generic Data Structures You Should Use', 'talk', ['Shun Tanaka']]]);
  });

  it('reads "👤 Name" under a talk heading', () => {
    expect(
      talks('### 🎤 Lightning: Hooks You Needed\n👤 Nana Ama Owusu\n\nFive minutes.\n'),
    ).toEqual([['Hooks You Needed', 'lightning', ['Nana Ama Owusu']]]);
  });

  it('reads "*Workshop · A & B*" under a heading, and a keynote said again under its heading', () => {
    expect(
      talks(
        '### Vitest Deep Dive\n\n*Workshop · Bruno Carv & Yael Fried*\n\nGood.\n\n' +
          '### **1\\. “Tokens All the Way Down”**\n\nThe opening keynote by **Sigrún Þórðar**, Design Lead at an airline.\n',
      ),
    ).toEqual([
      ['Vitest Deep Dive', 'workshop', ['Bruno Carv', 'Yael Fried']],
      ['Tokens All the Way Down', 'keynote', ['Sigrún Þórðar']],
    ]);
  });
});
