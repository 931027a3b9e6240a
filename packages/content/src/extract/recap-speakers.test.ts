import { describe, expect, it } from 'vitest';
import { extractRecap, talks } from './fixtures/recap-talks.ts';

// Who gave a talk, written as recaps of other conferences write them: forms the fixtures of
// `extract-post.test.ts` do not show.

describe('the verbs and possessives a recap uses', () => {
  it('makes one keynote of "the keynote was by X, who talked about *T*"', () => {
    expect(
      talks(
        'The opening keynote was by **Ngozi Adeyemi**, who talked about *Python in Classrooms*.\n\n' +
          'The closing keynote, **"The Web We Lost"**, was given by Rosa Achter.\n',
      ),
    ).toEqual([
      ['Python in Classrooms', 'keynote', ['Ngozi Adeyemi']],
      ['The Web We Lost', 'keynote', ['Rosa Achter']],
    ]);
  });

  it('reads "T", was presented by Professor X', () => {
    expect(
      talks(
        'The Wednesday keynote, "Agents and Their Architects", was presented by Professor Gerd Baum-Stein.\n',
      ),
    ).toEqual([['Agents and Their Architects', 'keynote', ['Gerd Baum-Stein']]]);
  });

  it('reads "co-presented by", "taught by" and "was a full-day workshop run by"', () => {
    expect(
      talks(
        'Then **"Forecasting Demand"**, co-presented by Achi Otie and Lars-Erik Johan.\n\n' +
          'I did **"Compose From Scratch"**, taught by Ingrid Hau and Tunde Bak.\n\n' +
          '**Fuzzing From Scratch** was a full-day workshop run by **Signe Aas** and **Parisa Karimi**.\n',
      ),
    ).toEqual([
      ['Forecasting Demand', 'talk', ['Achi Otie', 'Lars-Erik Johan']],
      ['Compose From Scratch', 'talk', ['Ingrid Hau', 'Tunde Bak']],
      ['Fuzzing From Scratch', 'workshop', ['Signe Aas', 'Parisa Karimi']],
    ]);
  });

  it('passes over what a speaker is, before the name or between the name and the verb', () => {
    expect(
      talks(
        'The best talk: **"Context Parameters"** by the language designer Sergei Ivash.\n\n' +
          '**"Rollback for Everyone"**, co-presented by Fatou Dia and her former colleague Lucas Ferra.\n\n' +
          'Second, **Soraya Hadd**, an audio designer at Kuura Games, gave a short talk on **"Sound in 48 Hours"**.\n\n' +
          'I went to **Deep Waters** with my colleague Ana Lee.\n',
      ),
    ).toEqual([
      ['Context Parameters', 'talk', ['Sergei Ivash']],
      ['Rollback for Everyone', 'talk', ['Fatou Dia', 'Lucas Ferra']],
      ['Sound in 48 Hours', 'talk', ['Soraya Hadd']],
    ]);
  });

  it('reads speakers named around the title: whose, which … ran, gave it, her talk', () => {
    expect(
      talks(
        'The other half is from Chiamaka Obi, whose talk "Offline-First Is a Business Decision" ' +
          'argued a lot.\n\n' +
          'I did the workshop "Web Components for React Developers", which Tamsin Gale ran.\n\n' +
          'Ilse helped at "Flink from Zero", the half-day workshop that Amara Nwosu and Jonas ' +
          'Feld ran.\n\n' +
          'My favourite session was "Exactly-Once Is a Lie We Tell Managers". Tobias Engqvist ' +
          'gave it in the smallest room.\n\n' +
          'The opening keynote was given by Dr Harriet Pemberton-Lowe, who works on floods. She ' +
          'was honest. Her talk, "Models, Rivers and the Limits of Knowing", was about doubt.\n\n' +
          'Hal Ostrowski gave a live demo of "A Lisp Machine in the Browser".\n',
      ),
    ).toEqual([
      ['Offline-First Is a Business Decision', 'talk', ['Chiamaka Obi']],
      ['Web Components for React Developers', 'workshop', ['Tamsin Gale']],
      ['Flink from Zero', 'workshop', ['Amara Nwosu', 'Jonas Feld']],
      ['Exactly-Once Is a Lie We Tell Managers', 'talk', ['Tobias Engqvist']],
      ['Models, Rivers and the Limits of Knowing', 'keynote', ['Harriet Pemberton-Lowe']],
      ['A Lisp Machine in the Browser', 'demo', ['Hal Ostrowski']],
    ]);
  });

  it('reads "the talk of X "T"", a who-clause before the verb, and a quoted title (X)', () => {
    expect(
      talks(
        'After that I went to the talk of Zofia Wiśniewska "Virtual Threads in Production".\n\n' +
          'First was the keynote of Mr. Tomasz Grabowski, titled "Java Is 31 Years Old".\n\n' +
          'Birgit Laan, who has been writing Rust since before 1.0, gave "Ten Years of Rust".\n\n' +
          'I enjoyed "Multi-Tenancy Myths" (Zainab Oyelowo).\n',
      ),
    ).toEqual([
      ['Virtual Threads in Production', 'talk', ['Zofia Wiśniewska']],
      ['Java Is 31 Years Old', 'keynote', ['Tomasz Grabowski']],
      ['Ten Years of Rust', 'talk', ['Birgit Laan']],
      ['Multi-Tenancy Myths', 'talk', ['Zainab Oyelowo']],
    ]);
  });

  it('reads a session said to come from X, then its title, and the person a day opened with', () => {
    expect(
      talks(
        'The closing talk was from Lucia Ferreira, "Small Models, Big Wins".\n\n' +
          'The keynote came from Dr. Ann Lee: *Reliability Is a Feature*.\n\n' +
          'The catering was from Tomás Ortega, "Small Bites".\n\n' +
          'The day opened with Hannah Okoye. Her keynote was called "The Boring Parts of ' +
          'Reliability", and it was anything but.\n\n' +
          'The conference opened with Anna Berg and a panel. Her keynote was called "Not Hers".\n',
      ),
    ).toEqual([
      ['Small Models, Big Wins', 'talk', ['Lucia Ferreira']],
      ['Reliability Is a Feature', 'keynote', ['Ann Lee']],
      ['The Boring Parts of Reliability', 'keynote', ['Hannah Okoye']],
      ['Not Hers', 'keynote', []],
    ]);
  });

  it('reads a live blog in the present tense, and "up next with a talk titled"', () => {
    expect(
      talks(
        'Now on stage: Tomasz Wójcik, who is presenting "Queues Are Databases Too".\n\n' +
          'Up now is Kenji Mori, talking about "Type-Safe Config at Scale".\n\n' +
          'Sofia Russo is presenting "Green Builds, Red Faces" in room B.\n\n' +
          'Brandon Clarke is up next with a talk titled "Caching Without Tears".\n\n' +
          'Priya Nair is up now with a hands-on workshop called *Fuzzing for Fun*.\n\n' +
          'Jane Doe was presented with *The Golden Mic* by the organisers.\n',
      ),
    ).toEqual([
      ['Queues Are Databases Too', 'talk', ['Tomasz Wójcik']],
      ['Type-Safe Config at Scale', 'talk', ['Kenji Mori']],
      ['Green Builds, Red Faces', 'talk', ['Sofia Russo']],
      ['Caching Without Tears', 'talk', ['Brandon Clarke']],
      ['Fuzzing for Fun', 'workshop', ['Priya Nair']],
    ]);
  });

  it('gives a pair their talk, reads a pick before a title, and takes no adverb or title word for a name', () => {
    const x = extractRecap(
      'Jorge Villanueva and Mina Cho\'s talk, "We Rewrote It in Zig", was great.\n\n' +
        '- **19:05** — Kwame\'s pick: "Building a Database" by Olumide Bakare\n\n' +
        "A: Easily Łukasz Langa's keynote. It had no title.\n\n" +
        '### Lightning talk: Parquet Footers, Explained\n\n' +
        'Five minutes on the least glamorous part of the Parquet format.\n',
    );
    expect(x.talks.map((t) => [t.title ?? t.label, t.speakers])).toEqual([
      ['We Rewrote It in Zig', ['Jorge Villanueva', 'Mina Cho']],
      ['Building a Database', ['Olumide Bakare']],
      // The adverb is no part of the name, and the name before it is still read.
      ['Keynote', ['Łukasz Langa']],
    ]);
    expect(x.people.map((p) => p.name)).toEqual([
      'Jorge Villanueva',
      'Mina Cho',
      'Olumide Bakare',
      'Łukasz Langa',
    ]);
  });
});

describe('names and where they work', () => {
  it('takes "Dr." or "Prof." before a name for no part of it, and keeps "Jr." and "al-"', () => {
    const x = extractRecap(
      '## Profiling the GC\n\nSpeaker: Dr. Mei Chou, PhD\n\n' +
        '- **Cloud Native at Ten** by Prof. Jan de Wit\n- *Rust Extensions* — Mariam al-Hashimi\n- **Faster Images** — Ivo Andrić Jr.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Profiling the GC', ['Mei Chou']],
      ['Cloud Native at Ten', ['Jan de Wit']],
      ['Rust Extensions', ['Mariam al-Hashimi']],
      ['Faster Images', ['Ivo Andrić Jr.']],
    ]);
    expect(x.people[0]?.affiliation).toBeUndefined();
  });

  it('leaves a nickname out of the name', () => {
    expect(
      talks('## Motion for Product Teams\n\n**Speaker:** Oluwa "Shay" Bakare\n').map(
        ([, , speakers]) => speakers,
      ),
    ).toEqual([['Oluwa Bakare']]);
  });

  it('reads a quotation signed with its speaker and talk', () => {
    expect(
      talks(
        '> "Every system is a negotiation with physics."\n> — Elif Yilmaz, *Consensus Without Tears*\n\n' +
          '> "Types are a letter to your future self."\n> — Rafael Quintero, in *Gradual Typing at Work*\n',
      ),
    ).toEqual([
      ['Consensus Without Tears', 'talk', ['Elif Yilmaz']],
      ['Gradual Typing at Work', 'talk', ['Rafael Quintero']],
    ]);
  });

  it('reads a possessive name with a nickname in it', () => {
    expect(
      talks(
        'After lunch I caught Siddharth "Sid" Venkat\'s talk on *Typing the Untypeable*. Sid is great.\n',
      ),
    ).toEqual([['Typing the Untypeable', 'talk', ['Siddharth Venkat']]]);
  });

  it('reads the kind a lead-in or a possessive names, and names with particles whole', () => {
    expect(
      talks(
        "Kalani Akana's lightning talk, *eBPF in 300 Seconds*, was fun.\n\n" +
          'I\'ll pick the opening keynote: Rowan Achterberg\'s "Ship Less JavaScript".\n\n' +
          'After lunch you do the workshop you signed up for months ago: "Writing a Proc Macro ' +
          'in 90 Minutes", with Carlos Mendes.\n\n' +
          'I ended at Hollie Wu\'s second session, a hands-on workshop called "Shaders Without ' +
          'Fear".\n\n' +
          '"Tide Tables" by María José de la Cruz. "Rice Paddies" by Siti Aminah binti Osman.\n',
      ),
    ).toEqual([
      ['eBPF in 300 Seconds', 'lightning', ['Kalani Akana']],
      ['Ship Less JavaScript', 'keynote', ['Rowan Achterberg']],
      ['Writing a Proc Macro in 90 Minutes', 'workshop', ['Carlos Mendes']],
      ['Shaders Without Fear', 'workshop', ['Hollie Wu']],
      ['Tide Tables', 'talk', ['María José de la Cruz']],
      ['Rice Paddies', 'talk', ['Siti Aminah binti Osman']],
    ]);
  });

  it("reads an employer's possessive before a name as where the speaker works", () => {
    const x = extractRecap('Next, **"Kotlin Everywhere"** by JetBrains\' Ana Ferra.\n');
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Kotlin Everywhere', ['Ana Ferra']],
    ]);
    expect(x.people.map((p) => [p.name, p.affiliation])).toEqual([['Ana Ferra', 'JetBrains']]);
  });

  it("keeps a meta line's length out of the speaker's employer", () => {
    const x = extractRecap(
      '### Your Model Is Not the Product\n\n' +
        '*Keynote · Adaeze Nnamdi, VP of ML Platform at Borealis Freight · 45 min*\n',
    );
    expect(x.people.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Adaeze Nnamdi', 'VP of ML Platform', 'Borealis Freight'],
    ]);
  });

  it('reads stacked titles before a name, an adverb before "in her talk", and "presented from"', () => {
    expect(
      talks(
        [
          'We have visited the talk of Prof. Dr. Klaus-Dieter Reinholz with the title "Safety Certification of Rust Code".',
          '',
          '"Every alert should be actionable," said Mireille Dubois early in her talk, **On-Call Is a Product**.',
          '',
          'After this we have seen "Low-Power Design Patterns for BLE Sensors", presented from Élodie Marchand and Arnaud Lefèvre.',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Safety Certification of Rust Code', 'talk', ['Klaus-Dieter Reinholz']],
      ['On-Call Is a Product', 'talk', ['Mireille Dubois']],
      ['Low-Power Design Patterns for BLE Sensors', 'talk', ['Élodie Marchand', 'Arnaud Lefèvre']],
    ]);
  });

  it("reads an organiser's thanks: who gave each session, titled or not", () => {
    expect(
      talks(
        [
          'Thank you to Claudine Uwimana for the opening keynote.',
          '',
          'Thank you to Priscilla Wanjiku-Otieno and Matthias Vogelsang for "Localising Open Source Software". Many people signed up.',
          '',
          'And thank you to Ama Serwaa Ofori for the lightning talk "Documentation Is a Feature".',
          '',
          'Thank you to Yuto Hayashi for running the hands-on workshop "Packaging Python Projects".',
          '',
          'Thank you to the volunteers of PyCon Africa for "Making It Work".',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Opening keynote', 'keynote', ['Claudine Uwimana']],
      [
        'Localising Open Source Software',
        'talk',
        ['Priscilla Wanjiku-Otieno', 'Matthias Vogelsang'],
      ],
      ['Documentation Is a Feature', 'lightning', ['Ama Serwaa Ofori']],
      ['Packaging Python Projects', 'workshop', ['Yuto Hayashi']],
    ]);
  });
});
