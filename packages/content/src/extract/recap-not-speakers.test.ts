import { describe, expect, it } from 'vitest';
import { extractRecap, talks } from './fixtures/recap-talks.ts';

// What is neither a speaker nor a talk, written as recaps of other conferences write them: forms
// the fixtures of `extract-post.test.ts` do not show.

describe('events, places and brands', () => {
  it('is no speaker, whoever the sentence makes it the subject of', () => {
    const x = extractRecap(
      'Lina Sato talked about **Sturdy Queues**.\n\nMarlin Loop never disappoints. Her keynote was the best of the week.\n',
      'Marlin Loop 2021 recap',
    );
    expect(x.people.map((p) => p.name)).toEqual(['Lina Sato']);
  });

  it('takes no place before the speaker, and no remark in brackets for a company', () => {
    const x = extractRecap(
      'In the Aerospace Village, **Imani Okafor** gave a talk called **"Your Charger Is a Linux Box"**.\n\n' +
        '- "Lifetimes with Cats" — Mei Tsai (the cats were real)\n- *Terraform at Scale*, by Henrik Odegaard (a bit rushed, he ran out of time)\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Your Charger Is a Linux Box', ['Imani Okafor']],
      ['Lifetimes with Cats', ['Mei Tsai']],
      ['Terraform at Scale', ['Henrik Odegaard']],
    ]);
    expect(x.people.map((p) => p.affiliation)).toEqual([undefined, undefined, undefined]);
  });

  it('stops a name at a line break, and takes no event or brand for a person', () => {
    expect(
      talks(
        '**[Queues Are Fine](https://example.com/v)** — Ahmad Jalal, *PGDay Lowlands*\n\n' +
          '**Rest or Not**, a panel by Élise Font, Björn Ek and Kemal Yavuz\nThree opinions, none final.\n',
      ),
    ).toEqual([
      ['Queues Are Fine', 'talk', ['Ahmad Jalal']],
      ['Rest or Not', 'panel', ['Élise Font', 'Björn Ek', 'Kemal Yavuz']],
    ]);
  });

  it('takes where a person spoke for no title of theirs', () => {
    expect(
      talks(
        'Jane Doe, who spoke at *KubeCon Europe*, said hello.\n\n' +
          'Ravi Menon spoke at *DevOpsDays Oslo* and then at **Scaling Builds Without Tears** ' +
          'night.\n',
      ),
    ).toEqual([]);
  });
});

describe('jobs, employers and bylines', () => {
  it("reads a byline's job as the person's, not as a talk or a person", () => {
    const x = extractRecap(
      '### Edge Computing 101\n\n*Kevin Okoro, Developer Advocate, Nimbusly*\n\nGood.\n\n' +
        '### Signals, Everywhere\n\n*Saanvi Rao — Staff Engineer at Otto*\n\nAlso good.\n\n' +
        '### Keynote: How the Web Was Won\n\n*Dr. Ewura Quaye, Web Standards Fellow at a browser vendor*\n\nYes.\n',
    );
    expect(x.talks.map((t) => [t.title, t.kind, t.speakers])).toEqual([
      ['Edge Computing 101', 'talk', ['Kevin Okoro']],
      ['Signals, Everywhere', 'talk', ['Saanvi Rao']],
      ['How the Web Was Won', 'keynote', ['Ewura Quaye']],
    ]);
    expect(x.people.map((p) => p.name)).toEqual(['Kevin Okoro', 'Saanvi Rao', 'Ewura Quaye']);
  });

  it('takes a quoted title after a name and a comma for no job or employer', () => {
    const x = extractRecap(
      'Closing keynote by Gunnar Eriksson, "What Ten Years of Flutter Taught Us". Funny.\n\n' +
        'Mei Lin, Head of Research at Quanta, gave "Sparse Everything".\n',
    );
    expect(x.talks.map((t) => [t.title, t.kind, t.speakers])).toEqual([
      ['What Ten Years of Flutter Taught Us', 'keynote', ['Gunnar Eriksson']],
      ['Sparse Everything', 'talk', ['Mei Lin']],
    ]);
    expect(x.people.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Gunnar Eriksson', undefined, undefined],
      ['Mei Lin', 'Head of Research', 'Quanta'],
    ]);
  });

  it('takes a work, an event or an employer before a name for no title or speaker', () => {
    expect(
      talks(
        'Then, **"Sharing 80% of Our Code"**, from the mobile lead at Danish bank Søfartsbanken, ' +
          'Freja Dahl. She was honest.\n\n' +
          'The most-discussed talk was the postmortem of *Lanterns of Ossuary*, presented by the ' +
          "game's creative director, Marguerite Okafor-Lindahl.\n\n" +
          'Later, the principal engine programmer of Tidewater Games, Chen Xiaoming, did a deep ' +
          'technical session, **"Streaming Open Worlds on the Switch 2"**. I watched it twice.\n',
      ),
    ).toEqual([
      ['Sharing 80% of Our Code', 'talk', ['Freja Dahl']],
      ['Streaming Open Worlds on the Switch 2', 'talk', ['Chen Xiaoming']],
    ]);
    const atEvent = talks(
      '**[gRPC vs REST](https://www.youtube.com/watch?v=x)** — panel at *API Days Paris*, ' +
        'with Élise Fontaine, Björn Ekström and Kemal Yavuz\n',
    );
    expect(atEvent.map(([title]) => title)).not.toContain('API Days Paris');
  });

  it('takes a place, a job, a cited book or a credit line for no speaker or talk', () => {
    const x = extractRecap(
      'Birgit Laan, from Tallinn, gave "Ten Years of Rust in Production".\n\n' +
        '### Data Contracts Are Just APIs With Feelings\n\n' +
        '**Presenter:** Dr. Helena Marquardt, Principal Engineer, Fernhill Logistics\n\n' +
        '### Feature Stores: Two Years of Regret\n\n' +
        '*Jonas Whitford · 30 min · Hall B*\n\n' +
        "Deshawn quotes Martin Kleppmann's *Designing Data-Intensive Applications* here.\n\n" +
        '- Theme music by Sofía Lindqvist.\n' +
        '- Photos by Callum Reid.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Ten Years of Rust in Production', ['Birgit Laan']],
      ['Data Contracts Are Just APIs With Feelings', ['Helena Marquardt']],
      ['Feature Stores: Two Years of Regret', ['Jonas Whitford']],
    ]);
    expect(x.people.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Birgit Laan', undefined, undefined],
      ['Helena Marquardt', 'Principal Engineer', 'Fernhill Logistics'],
      ['Jonas Whitford', undefined, undefined],
    ]);
  });
});

describe('works, books and topics', () => {
  it('takes no topic such as "Cost Control" for a person', () => {
    expect(
      talks('## Cost Control: The Big Theme\n\nEveryone talked about warehouse sizing.\n'),
    ).toEqual([]);
  });

  it('takes no talk from a colleague, a sponsor, a linked article or a book of the month', () => {
    expect(
      talks(
        'Registration done. I am here with my colleague **Kevin Mutu** from **Twiga Data Labs**.\n\n' +
          '- Party at the Harbour House, sponsored by **ZeroDayCorp**.\n- Lunch was fine.\n\n' +
          '## Articles\n\n- [Why We Left Microservices](https://example.com/a) by Harriet Okon, a blog post.\n\n' +
          '## 📚 Book of the month\n\n*Designing Data-Intensive Applications*, 2nd edition, is out.\n',
      ),
    ).toEqual([]);
  });

  it("takes authors, a part of the post's name or a description for no talk or speaker", () => {
    const x = extractRecap(
      '## Session 1: Side Channels\n\n' +
        '### WhisperFan: Exfiltrating Data Through GPU Fan Acoustics\n\n' +
        '**Dong-hyun Baek**, Mariana Coutinho, Ahmed Farouk (KAIST, Universidade do Porto)\n\n' +
        'Works up to 2 metres.\n\n' +
        '## Honourable mentions\n\n' +
        'The opening keynote by Bram Oosterhuis (*The State of CSS*, as every year) was good.\n\n' +
        '### What We Lost When We Lost Floats\n\n' +
        '**Speaker:** Grandma CSS herself, Dr. Hélène Marchand\n\n' +
        'Good talk.\n',
    );
    expect(x.talks.map((t) => [t.title ?? t.label, t.kind, t.speakers])).toEqual([
      [
        'WhisperFan: Exfiltrating Data Through GPU Fan Acoustics',
        'talk',
        ['Dong-hyun Baek', 'Mariana Coutinho', 'Ahmed Farouk'],
      ],
      ['Opening keynote', 'keynote', ['Bram Oosterhuis']],
      ['What We Lost When We Lost Floats', 'talk', ['Hélène Marchand']],
    ]);
    expect(x.people.find((p) => p.name === 'Bram Oosterhuis')?.affiliation).toBeUndefined();
  });

  it('takes no title from scare quotes, a heading that points at a session, or a kind', () => {
    expect(
      talks(
        'Dan Okafor and Beth Lindqvist gave "We Moved Our Family Off Big Tech". Beth did "the ' +
          'family liaison work", as she put it.\n\n' +
          '## Start with the keynote\n\nOlumide Bakare opened the conference.\n\n' +
          '### 15:40 — Ignites!\n\nOwen Fitzgerald did "YAML Is My Love Language".\n',
      ),
    ).toEqual([
      ['We Moved Our Family Off Big Tech', 'talk', ['Dan Okafor', 'Beth Lindqvist']],
      ['YAML Is My Love Language', 'lightning', ['Owen Fitzgerald']],
    ]);
  });

  it("takes the last word of a studio or a work in italics for no first name, but a first name after a sentence's opening word", () => {
    expect(
      talks(
        'The lead level designer at Studio Kettlebell, Arvid Nyst, gave **"Blocking Out Cities"**.\n\n' +
          'The composer of *Saltmarsh*, Haruka Ishik, talked about **"Adaptive Music"**.\n\n' +
          '**Sasha** presented **Loud Things**.\n\n' +
          'Then Bo presented **Quiet Things**.\n',
      ),
    ).toEqual([
      ['Blocking Out Cities', 'talk', ['Arvid Nyst']],
      ['Adaptive Music', 'talk', ['Haruka Ishik']],
      ['Loud Things', 'talk', ['Sasha']],
      ['Quiet Things', 'talk', ['Bo']],
    ]);
  });

  it('takes "Closing keynote: **Prof. X** (Org) on *T*" for no talk titled with the name', () => {
    expect(
      talks(
        '**17:55** — Closing keynote: **Prof. Jomo Kipro** (University of Nairobi) on *"Data for Farmers"*.\n',
      ).map(([title]) => title),
    ).not.toContain('Prof. Jomo Kipro');
  });

  it('takes no talk from books that came up in every talk', () => {
    expect(
      talks(
        'I need to mention two books that came up in almost every talk: *An Elegant Puzzle* and *The Path*.\n',
      ),
    ).toEqual([]);
  });

  it('reads a list a chat introduces under a heading about sessions, and none under another', () => {
    const list =
      "These came up most often in our team chat:\n\n- Roya Farahani's keynote, on budgets.\n";
    expect(talks(`## Sessions the crew talked about\n\n${list}`)).toEqual([
      ['Keynote', 'keynote', ['Roya Farahani']],
    ]);
    expect(talks(`## Hallway\n\n${list}`)).toEqual([]);
    expect(
      talks(
        "## Sessions we liked\n\nPeople we met and chatted with:\n\n- Roya Farahani's keynote crew.\n",
      ),
    ).toEqual([]);
  });
});
