import { describe, expect, it } from 'vitest';
import { extractRecap, talks } from './fixtures/recap-talks.ts';

// Keynotes, panels, workshops and untitled sessions, written as recaps of other conferences write
// them: forms the fixtures of `extract-post.test.ts` do not show.

describe('sessions named by what they are', () => {
  it('takes "Keynote by X" and "the **Opening Keynote** by X" for untitled sessions, not titles', () => {
    const x = extractRecap(
      '## Keynote by Rosa Diaz\n\nA sober look at passwords.\n\nI loved the **Opening Keynote** by Ana Lima.\n\n- Lightning talks - Felix Bauer, Ines Barros\n',
    );
    expect(x.talks.map((t) => [t.title, t.label, t.kind, t.speakers])).toEqual([
      [null, 'Keynote', 'keynote', ['Rosa Diaz']],
      [null, 'Opening Keynote', 'keynote', ['Ana Lima']],
      [null, 'Lightning talks', 'lightning', ['Felix Bauer', 'Ines Barros']],
    ]);
  });

  it('gives a keynote its title wherever the post writes it', () => {
    expect(
      talks(
        '- Opening keynote by Sol Martins: *Boring Containers*\n\n' +
          '### Keynote\n\nRuss Gall opened with *Go at Sixteen*, about its history.\n\n' +
          '### Day two\n\nThe morning opened with Ilona Szabo, who gave the keynote "The Web Is Still Weird".\n\n' +
          'Kofi Mensah opened the conference with the keynote *Queues All the Way*.\n',
      ),
    ).toEqual([
      ['Boring Containers', 'keynote', ['Sol Martins']],
      ['Go at Sixteen', 'keynote', ['Russ Gall']],
      ['The Web Is Still Weird', 'keynote', ['Ilona Szabo']],
      ['Queues All the Way', 'keynote', ['Kofi Mensah']],
    ]);
  });

  it('takes lightning talks for lightning talks, under a heading or a sentence that says so', () => {
    expect(
      talks(
        '## Lightning talks\n\n- *Nuxt on the Edge* by Thiago Barbosa\n\n## More\n\nThe lightning talk room was packed. Quick notes:\n\n* *Nix for Data People* (Ana Costa)\n',
      ).map(([title, kind]) => [title, kind]),
    ).toEqual([
      ['Nuxt on the Edge', 'lightning'],
      ['Nix for Data People', 'lightning'],
    ]);
  });

  it('passes over what the people are after "run by", and a note of kind and length', () => {
    expect(
      talks(
        'After lunch I joined a workshop titled "Difficult Conversations, Practised", run by two ' +
          'executive coaches, Nalini Iyer and Gerrit Vos. We did role-plays.\n\n' +
          '| Time | Title | Speaker |\n|---|---|---|\n' +
          '| 09:30 | Reading EXPLAIN Like a Pro (tutorial, 90 min) | Ramón Iturriaga |\n',
      ),
    ).toEqual([
      ['Difficult Conversations, Practised', 'workshop', ['Nalini Iyer', 'Gerrit Vos']],
      ['Reading EXPLAIN Like a Pro', 'workshop', ['Ramón Iturriaga']],
    ]);
  });

  it('reads "the "T" workshop taught by X", untitled panels and workshops with their people, and no placeholder title', () => {
    expect(
      talks(
        'I went to the "Scaling Postgres" talk by Priya Raman.\n\n' +
          'I did the "Intro to Polars" workshop taught by Ritchie Vink.\n\n' +
          'The day ended with a panel with Amanda Perino, Jorge Manrubia and Chris Oliver.\n\n' +
          'In the afternoon there was a workshop led by Dmitri Volkov and Sabine Maurer.\n\n' +
          'Later, Ines Duarte ran a workshop on GraalVM.\n\n' +
          '**Session:** Opening Keynote  \n**Speaker:** Sandeep Menon  \n**Title:** (none listed)\n\n' +
          'Jorge Villanueva and Min-jun Cho\'s joint session, "We Rewrote It in Zig", was great.\n',
      ),
    ).toEqual([
      ['Scaling Postgres', 'talk', ['Priya Raman']],
      ['Intro to Polars', 'workshop', ['Ritchie Vink']],
      ['Panel', 'panel', ['Amanda Perino', 'Jorge Manrubia', 'Chris Oliver']],
      ['Workshop', 'workshop', ['Dmitri Volkov', 'Sabine Maurer']],
      ['Workshop', 'workshop', ['Ines Duarte']],
      ['Opening Keynote', 'keynote', ['Sandeep Menon']],
      ['We Rewrote It in Zig', 'talk', ['Jorge Villanueva', 'Min-jun Cho']],
    ]);
  });

  it('keeps untitled sessions named with their people in everyday wording', () => {
    expect(
      talks(
        'I went to the workshop on eBPF led by Liz Rice.\n\n' +
          'There was a panel on platform engineering with Kelsey Hightower, Abby Bangser and ' +
          'Priyanka Sharma.\n\n' +
          'For finishing, a panel about the Rails Foundation with Amanda Perino and Jorge ' +
          'Manrubia, moderated by Irina Nazarova.\n\n' +
          'It was sunny. The opening keynote was from Chris Aniszczyk.\n\n' +
          'Lucía Fernández did a demo of her open-source tool.\n\n' +
          'We talked about Ann Lee with a smile.\n',
      ),
    ).toEqual([
      ['Workshop', 'workshop', ['Liz Rice']],
      ['Panel', 'panel', ['Kelsey Hightower', 'Abby Bangser', 'Priyanka Sharma']],
      ['Panel', 'panel', ['Amanda Perino', 'Jorge Manrubia', 'Irina Nazarova']],
      ['Keynote', 'keynote', ['Chris Aniszczyk']],
      ['Demo', 'demo', ['Lucía Fernández']],
    ]);
  });

  it('takes a note of the kind after the speakers, with or without their company', () => {
    expect(
      talks(
        '- **Loud Logs** by Bo Chen (keynote)\n- *Quiet Queues* — Ann Lee (Acme) (lightning talk)\n- **Kind Caches** by Eva Roth (Workshop Labs)\n',
      ),
    ).toEqual([
      ['Loud Logs', 'keynote', ['Bo Chen']],
      ['Quiet Queues', 'lightning', ['Ann Lee']],
      ['Kind Caches', 'talk', ['Eva Roth']],
    ]);
  });

  it('reads "X opened Event with a keynote", and a demo given in a clause after "where"', () => {
    expect(
      talks(
        'Jen Easterly opened Black Hat with a keynote on secure-by-design.\n\nI also stopped by the Arsenal area, where Lucía Fernández did a demo of her open-source tool.\n',
      ),
    ).toEqual([
      ['Keynote', 'keynote', ['Jen Easterly']],
      ['Demo', 'demo', ['Lucía Fernández']],
    ]);
  });

  it('makes one session of a heading that names it and the sentence under it that says who gave it', () => {
    expect(
      talks(
        '## The opening keynote\n\nPriya Shah opened the conference with a keynote on trust.\n',
      ),
    ).toEqual([['Opening keynote', 'keynote', ['Priya Shah']]]);
  });

  it('reads a keynote said to be its speaker, and "That was X, opening the day with the keynote"', () => {
    expect(
      talks(
        [
          'The opening keynote was Astrid Lindholm looking back on ten years of running a studio.',
          '',
          'That was Gustavo Pereira, opening the second day with the keynote. I could not find a hole in it.',
          '',
          'The keynote was Brilliant. The best talk of the day was Ann Lee\'s "Quiet Queues".',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Opening keynote', 'keynote', ['Astrid Lindholm']],
      ['Keynote', 'keynote', ['Gustavo Pereira']],
      ['Quiet Queues', 'talk', ['Ann Lee']],
    ]);
  });

  it('reads "a live demo from X", "her opening keynote", and no demo that is part of another session', () => {
    expect(
      talks(
        [
          '- A live demo from Valentín Iturriaga of running an inference endpoint on GPUs.',
          '',
          'Adwoa Sarpong-Mensah said as much in her opening keynote.',
          '',
          'The closing general session showed the new engine, with a demo by Mia Torres.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Demo', 'demo', ['Valentín Iturriaga']],
      ['Opening keynote', 'keynote', ['Adwoa Sarpong-Mensah']],
    ]);
  });

  it('reads "the workshop on X that Y ran", and not a talk someone only liked', () => {
    expect(
      talks(
        "- Dara's pick: the workshop on Kotlin coroutines testing that Bastian Krüger-Nwosu ran on day two\n\nThe talk that Ann Lee liked most was great.\n",
      ),
    ).toEqual([['Workshop', 'workshop', ['Bastian Krüger-Nwosu']]]);
  });
});

describe('panels: panelists, moderators and rosters', () => {
  it('reads moderators and panelists, "Led by", "Instructor:" and a dash byline', () => {
    expect(
      talks(
        '## Panel: Is the Data Stack Dead?\n\nModerated by Harriet Lowe, with panelists Diego Fernández (dbt Labs), Wang Lei, and Siobhan Connell.\n\n' +
          '## Workshop: Polars from Zero\n\nLed by Ana Lima and Felix Bauer.\n\n' +
          '## Tutorial: Typing in Practice\n\nInstructor: Thandi Mokoena\n\n' +
          '## Scala Macros Demystified\n\n— Arnaud Le Gall (EPFL)\n',
      ),
    ).toEqual([
      [
        'Is the Data Stack Dead?',
        'panel',
        ['Harriet Lowe', 'Diego Fernández', 'Wang Lei', 'Siobhan Connell'],
      ],
      ['Polars from Zero', 'workshop', ['Ana Lima', 'Felix Bauer']],
      ['Typing in Practice', 'workshop', ['Thandi Mokoena']],
      ['Scala Macros Demystified', 'talk', ['Arnaud Le Gall']],
    ]);
  });

  it("takes a panel's moderator after its panelists", () => {
    expect(
      talks(
        'I went to the panel **Packaging at Last?** with Priya Desh, Ole Kris and Fatima Benali, moderated by Chris Odum. Good.\n',
      ),
    ).toEqual([
      ['Packaging at Last?', 'panel', ['Priya Desh', 'Ole Kris', 'Fatima Benali', 'Chris Odum']],
    ]);
  });

  it("takes a panel's moderator or MC after its panelists under its heading", () => {
    expect(
      talks(
        '### Panel: Leading Through Layoffs\n\nWith: Deb Kingsley, Rafa Antun, and Hui Min Lee. Moderated by Lindi Dlam.\n\n' +
          '### Panel: "Is Next Too Big?"\n👤 **Panelists:** Gideon Mwa, Eva Lind · **MC:** Farah Qure\n\nFun.\n',
      ),
    ).toEqual([
      [
        'Leading Through Layoffs',
        'panel',
        ['Deb Kingsley', 'Rafa Antun', 'Hui Min Lee', 'Lindi Dlam'],
      ],
      ['Is Next Too Big?', 'panel', ['Gideon Mwa', 'Eva Lind', 'Farah Qure']],
    ]);
  });

  it('reads a roster after a title: "T — A and B co-presented", ": panelists", "On stage:"', () => {
    expect(
      talks(
        '- **"When Does Pruning Hurt Fairness?"** — *Chiamaka Obi* and *Rohan Deshpande* ' +
          'co-presented, switching halfway.\n' +
          '- **"Sparse Lottery Tickets"** — *Ana Silva* presented.\n\n' +
          'The closing panel, **"Is Scale All You Need? (Efficiency Edition)"**: panelists ' +
          'Reinhilde Vanderstraeten, Hamid Tavakoli, Ewa Nowicka; moderator Samuel Adjei.\n\n' +
          '**10:00** — Caught the panel *Is Native Android Dead?* (spoiler: no). On stage: Anil ' +
          'Karakaya, Dorota Sienkiewicz, moderated by Nadja Horvat. Anil was funny.\n',
      ),
    ).toEqual([
      ['When Does Pruning Hurt Fairness?', 'talk', ['Chiamaka Obi', 'Rohan Deshpande']],
      ['Sparse Lottery Tickets', 'talk', ['Ana Silva']],
      [
        'Is Scale All You Need? (Efficiency Edition)',
        'panel',
        ['Reinhilde Vanderstraeten', 'Hamid Tavakoli', 'Ewa Nowicka', 'Samuel Adjei'],
      ],
      ['Is Native Android Dead?', 'panel', ['Anil Karakaya', 'Dorota Sienkiewicz', 'Nadja Horvat']],
    ]);
  });

  it('reads a panel "was moderated by D with panelists A, B and C"', () => {
    expect(
      talks(
        'Thursday\'s panel, *"Should Offensive Research Need Ethics Review?"*, was moderated by ' +
          'Dr. Keren Azoulay with panelists Brandon Oyelowo, Astrid Lindgren-Park and Raj ' +
          'Malhotra. It got heated.\n',
      ),
    ).toEqual([
      [
        'Should Offensive Research Need Ethics Review?',
        'panel',
        ['Keren Azoulay', 'Brandon Oyelowo', 'Astrid Lindgren-Park', 'Raj Malhotra'],
      ],
    ]);
  });

  it("reads a panel's people after its moderator, on lines of their own, or a sentence on", () => {
    expect(
      talks(
        'After lunch there was a panel called "Crunch Is a Choice", moderated by Craig Dunlop, ' +
          'with Fiona Robertson, Kwabena Asante and Hollie Wu.\n\n' +
          '"Do We Still Need a Log?" was the big panel on day two, moderated by Hannah Okafor. On ' +
          'stage were Luis Carranza, Mei-Lin Zhou and Piotr Wasik.\n\n' +
          '### Panel — "Who Owns the Data Platform?"\n\n' +
          '**Moderator:** Claire Ashworth\n**Panelists:** Omar Farouk, Jenny Liu\n\n' +
          'The workshop "Hands-on GraalVM" was conducted by Michał Zieliński and Anna Kowalczyk.\n',
      ),
    ).toEqual([
      [
        'Crunch Is a Choice',
        'panel',
        ['Craig Dunlop', 'Fiona Robertson', 'Kwabena Asante', 'Hollie Wu'],
      ],
      [
        'Do We Still Need a Log?',
        'panel',
        ['Hannah Okafor', 'Luis Carranza', 'Mei-Lin Zhou', 'Piotr Wasik'],
      ],
      ['Who Owns the Data Platform?', 'panel', ['Claire Ashworth', 'Omar Farouk', 'Jenny Liu']],
      ['Hands-on GraalVM', 'workshop', ['Michał Zieliński', 'Anna Kowalczyk']],
    ]);
  });

  it('reads a panel with its panelists and moderator after a title and a dash', () => {
    expect(
      talks(
        '**"Multi-tenancy Without Tears"** — panel with Kelsey Park and Jonas Lindqvist, ' +
          'moderated by Ines Duarte.\n\n' +
          '- 📌 **"Queues at the Edge"** — a panel with Ada Moyo and Li Na.\n',
      ),
    ).toEqual([
      ['Multi-tenancy Without Tears', 'panel', ['Kelsey Park', 'Jonas Lindqvist', 'Ines Duarte']],
      ['Queues at the Edge', 'panel', ['Ada Moyo', 'Li Na']],
    ]);
  });

  it('reads a panel\'s roster after a colon, after "brought together" and after "took place, with"', () => {
    expect(
      talks(
        'The maintainers\' panel, "Ask the Go Team Anything": Russ Cox, Michael Knyszek and Than ' +
          'McIntosh.\n\n' +
          '"Signals and State" brought together Daishi Kato and Tanner Linsley.\n\n' +
          'Then the panel discussion "Is Microservices Over?" took place, with Oliver Drotbohm, ' +
          'Lisa Moritz and Rustam Mehmandarov.\n\n' +
          'My favourite quote, "Ship It Daily": Ann Lee said it twice.\n',
      ),
    ).toEqual([
      ['Ask the Go Team Anything', 'panel', ['Russ Cox', 'Michael Knyszek', 'Than McIntosh']],
      ['Signals and State', 'talk', ['Daishi Kato', 'Tanner Linsley']],
      ['Is Microservices Over?', 'panel', ['Oliver Drotbohm', 'Lisa Moritz', 'Rustam Mehmandarov']],
    ]);
  });

  it('reads a roster in brackets after a panel and its topic, and a fireside chat between two people', () => {
    expect(
      talks(
        'Honourable mention to the closing panel on SRE careers (Laura Nolan, Tomasz Zieliński and Kavya Joshi), which was full of quotable moments.\n\nThe panel on open vs. closed models (with Percy Liang and Stella Biderman) was lively.\n\nThe keynote on Rust (Ferris Day) was fun.\n\nThe closing session was a fireside chat between Julie Zhuo and Kevin Kwok on design leadership.\n',
      ),
    ).toEqual([
      ['Panel', 'panel', ['Laura Nolan', 'Tomasz Zieliński', 'Kavya Joshi']],
      ['Panel', 'panel', ['Percy Liang', 'Stella Biderman']],
      ['Panel', 'panel', ['Julie Zhuo', 'Kevin Kwok']],
    ]);
  });

  it('reads a roster after a comma and "with", after a dash, and after "Panel time:"', () => {
    expect(
      talks(
        [
          'The panel on AI in incident response, with Deepa Iyer, Marcus Webb and Yael Cohen, was more sceptical than I expected.',
          '',
          'I caught the end of the panel on Go for embedded devices — Wiktoria Kamińska, Tunde Bakare and Mei-Ling Chou were deep into an argument.',
          '',
          'Panel time: Anja Petrović, Kofi Boateng and Lena Fischer-Ruiz on whether DDD survives.',
          '',
          'The panel — what a mess. The panel: Ann Lee.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Panel', 'panel', ['Deepa Iyer', 'Marcus Webb', 'Yael Cohen']],
      ['Panel', 'panel', ['Wiktoria Kamińska', 'Tunde Bakare', 'Mei-Ling Chou']],
      ['Panel', 'panel', ['Anja Petrović', 'Kofi Boateng', 'Lena Fischer-Ruiz']],
    ]);
  });

  it('reads "led by" after a topic of any words, and "leaded by" or "was held by"', () => {
    expect(
      talks(
        [
          'I joined the workshop on writing extensions in Rust with pgrx, led by Kim Min-jun.',
          '',
          'Second day the keynote was held by Hiroshi Nakamura. Very good speaker.',
          '',
          'In the afternoon there was a workshop leaded by Kateryna Bondarenko.',
          '',
          'A panel about the Rails Foundation with Amanda Perino and Jorge Manrubia, moderated by Irina Nazarova.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Workshop', 'workshop', ['Kim Min-jun']],
      ['Keynote', 'keynote', ['Hiroshi Nakamura']],
      ['Workshop', 'workshop', ['Kateryna Bondarenko']],
      ['Panel', 'panel', ['Amanda Perino', 'Jorge Manrubia', 'Irina Nazarova']],
    ]);
  });

  it('reads "conducted by", "a workshop, run by the researcher X" and "the lightning talk by X"', () => {
    expect(
      talks(
        [
          'After lunch there was workshop about GraalVM native image, conducted by Paweł Nowicki and Zuzanna Grabowska.',
          '',
          'In the afternoon I joined a workshop, run by the researcher Kalani Akana, on interviews.',
          '',
          '- The lightning talk by Lucía Ferreyra about accessibility testing. Five minutes.',
          '',
          'I skipped the talk by Bo Chen about queues.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Workshop', 'workshop', ['Paweł Nowicki', 'Zuzanna Grabowska']],
      ['Workshop', 'workshop', ['Kalani Akana']],
      ['Lightning talks', 'lightning', ['Lucía Ferreyra']],
    ]);
  });

  it('reads "X is giving the keynote" and "X was presenting a workshop"', () => {
    expect(
      talks(
        'Janson, the big hall. Oluwaseun Adebayo-Smith is giving the keynote on 25 years of FOSDEM.\n\n' +
          'Ann Lee was presenting a workshop on Rust.\n\nWe saw people giving the keynote an ovation.\n',
      ),
    ).toEqual([
      ['Keynote', 'keynote', ['Oluwaseun Adebayo-Smith']],
      ['Workshop', 'workshop', ['Ann Lee']],
    ]);
  });

  it('takes a chair named after who they are, and a pair joined by "+"', () => {
    expect(
      talks(
        [
          "The last session was a small panel on governance with Dalia Mansour-Karlsson and Jonathan Ebeling-Osei, chaired by the summit's host, Femi Adegoke.",
          '',
          '- Kenta Morishita + Ingeborg Aalto: "Shipping Less JavaScript at a Newspaper"',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Panel', 'panel', ['Dalia Mansour-Karlsson', 'Jonathan Ebeling-Osei', 'Femi Adegoke']],
      ['Shipping Less JavaScript at a Newspaper', 'talk', ['Kenta Morishita', 'Ingeborg Aalto']],
    ]);
  });
});
