import { describe, expect, it } from 'vitest';
import { extractRecap, talks } from './fixtures/recap-talks.ts';

// Titles in prose, written as recaps of other conferences write them: forms the fixtures of
// `extract-post.test.ts` do not show.

describe('a title and its speaker in one sentence', () => {
  it('reads "X\' keynote, "T", was..." as one keynote with its title', () => {
    expect(
      talks('Orla De Vries\' keynote, "The Next Great Query Language", was provocative.\n'),
    ).toEqual([['The Next Great Query Language', 'keynote', ['Orla De Vries']]]);
  });

  it('reads "the talk by X on "T"" and "a keynote from X titled T"', () => {
    expect(
      talks(
        'The talk by Pavel Ostrov on "Constraints Set You Free" was my highlight.\n\n' +
          'Then came a keynote from Ines Barros titled Rivers of Data, which closed the day.\n',
      ),
    ).toEqual([
      ['Constraints Set You Free', 'talk', ['Pavel Ostrov']],
      ['Rivers of Data', 'keynote', ['Ines Barros']],
    ]);
  });

  it('takes a topic after "on" for no title unless it is set apart', () => {
    expect(talks('I enjoyed the talk by Pavel Ostrov on Purescript, with live coding.\n')).toEqual(
      [],
    );
  });

  it('reads "In her talk, "T", X showed..." and gives the talk to X, not to the sentence before', () => {
    const x = extractRecap(
      'Harbour Days never disappoints. In her talk, “Temporal Logic for Everyone”, Wanda Hale showed how models catch bugs.\n',
      'What I learned at Harbour Days 2019',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Temporal Logic for Everyone', ['Wanda Hale']],
    ]);
    expect(x.people.map((p) => p.name)).toEqual(['Wanda Hale']);
  });

  it('reads a title set in no quotes after "a talk called"', () => {
    expect(
      talks(
        'On the first morning, Kofi Mensah gave a talk called Clusters the Easy Way, in which he deployed an app live.\n',
      ),
    ).toEqual([['Clusters the Easy Way', 'talk', ['Kofi Mensah']]]);
    // What follows "called" in prose is no title.
    expect(talks('Kofi Mensah gave a talk called, fittingly, the best one.\n')).toEqual([]);
  });

  it('reads "X\'s "T"" and "X with "T""', () => {
    expect(
      talks(
        'Next up was Ana Lima with "Functional Programming in the Small", a gentle intro.\n\n' +
          'Felix Bauer\'s "Types All the Way Down" was the most technical talk of the day.\n',
      ),
    ).toEqual([
      ['Functional Programming in the Small', 'talk', ['Ana Lima']],
      ['Types All the Way Down', 'talk', ['Felix Bauer']],
    ]);
  });

  it('takes no emphasised word or company for a title', () => {
    expect(
      talks("Ana Lima's **favourite** part was lunch. I sat with Felix Bauer with **Acme**.\n"),
    ).toEqual([]);
  });

  it('reads "*T* with A and B", "**T**, which had A, B and C on stage" and "X followed with **T**"', () => {
    expect(
      talks(
        'Next I went to *Unions at Last* with Mads Kierkegaard and Dr. Oyin Bello from the design team.\n\n' +
          'I caught the end of **Is AI Writing Our Code?**, which had Ana Jovan, Gunnar Ell, and Priya Nair on stage.\n\n' +
          'Lorenzo Bianchi gave **Fast Is a Feature**, and Siobhán Ní Dhomhnaill followed with **Parsing With Spans**.\n\n' +
          'I went to **Deep Waters** with Bob.\n',
      ),
    ).toEqual([
      ['Unions at Last', 'talk', ['Mads Kierkegaard', 'Oyin Bello']],
      ['Is AI Writing Our Code?', 'talk', ['Ana Jovan', 'Gunnar Ell', 'Priya Nair']],
      ['Fast Is a Feature', 'talk', ['Lorenzo Bianchi']],
      ['Parsing With Spans', 'talk', ['Siobhán Ní Dhomhnaill']],
    ]);
  });

  it('reads "Name on **T**" when the name opens the sentence or follows a colon', () => {
    expect(
      talks(
        'Day two began with a talk I had waited for: Ewa Zielinska on **"Ten Years of Rust"**. Great.\n\n' +
          'I met Ann Lee on *Friday Night Lights*.\n',
      ),
    ).toEqual([['Ten Years of Rust', 'talk', ['Ewa Zielinska']]]);
  });

  it('reads "The opening keynote was **Name** on "*T*""', () => {
    expect(
      talks(
        'The opening keynote was **Eric Evanton** on "*Twenty Years of the Blue Book*". Good.\n',
      ),
    ).toEqual([['Twenty Years of the Blue Book', 'keynote', ['Eric Evanton']]]);
  });

  it('reads "Label: **Prof. X** (Org) on *T*" and "X gave a short practical talk on **T**"', () => {
    const x = extractRecap(
      '**17:55** — Closing keynote: **Prof. Jomo Kiprono** (University of Nairobi) on ' +
        '*"Data Science for Smallholder Farmers"*. The room is packed.\n\n' +
        '**Cy Dahl**, an audio designer at Helsinki studio Kuura Games, gave a short practical ' +
        'talk on **"Level Design Tricks"**, with a free pack.\n',
    );
    expect(x.talks.map((t) => [t.title, t.kind, t.speakers])).toEqual([
      ['Data Science for Smallholder Farmers', 'keynote', ['Jomo Kiprono']],
      ['Level Design Tricks', 'talk', ['Cy Dahl']],
    ]);
    expect(x.people.map((p) => [p.name, p.affiliation])).toEqual([
      ['Jomo Kiprono', 'University of Nairobi'],
      ['Cy Dahl', 'Helsinki studio Kuura Games'],
    ]);
  });

  it('reads "was **Name** with *T*" as the person with their title', () => {
    expect(
      talks('The 3pm slot in Track 1 was **Rustam Nazar** with *Finding Bugs in unsafe Rust*.\n'),
    ).toEqual([['Finding Bugs in unsafe Rust', 'talk', ['Rustam Nazar']]]);
  });

  it('reads "Name, "T"." when the name opens the sentence, follows a time or the running order', () => {
    expect(
      talks(
        [
          'Marc Brooker, "Formal Methods at Scale". Great stuff.',
          '',
          '**10:15** – Ingrid Solberg, "Kafka to Iceberg at Two Terabytes a Day". She was honest.',
          '',
          'Next was Chloé Bernard and Pedro Álvarez, "Remote Event Storming: What Actually Works".',
          '',
          'The last talk for me was from Ana Paula Ribeiro, "Testing Firmware in CI With Renode".',
          '',
          'As Ann Lee put it, "Never Page Anyone Twice". I met Bo Chen, "The Queue Whisperer".',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Formal Methods at Scale', 'talk', ['Marc Brooker']],
      ['Kafka to Iceberg at Two Terabytes a Day', 'talk', ['Ingrid Solberg']],
      ['Remote Event Storming: What Actually Works', 'talk', ['Chloé Bernard', 'Pedro Álvarez']],
      ['Testing Firmware in CI With Renode', 'talk', ['Ana Paula Ribeiro']],
    ]);
  });

  it('reads "A and B, in "T", catalogued…" when the names open the sentence', () => {
    expect(
      talks(
        'Ilse Verbruggen and Jakub Horák, in "Idempotency Keys in the Wild", catalogued eleven ways retries double-charge.\n\nAs Ann Lee said, in "Quiet Queues", it works.\n',
      ),
    ).toEqual([['Idempotency Keys in the Wild', 'talk', ['Ilse Verbruggen', 'Jakub Horák']]]);
  });

  it('reads "Label: Name, "T"" with the kind the label names', () => {
    expect(
      talks('- Lightning: Selin Aydoğan, "Tabindex Crimes"\n  - never tabindex > 0\n'),
    ).toEqual([['Tabindex Crimes', 'lightning', ['Selin Aydoğan']]]);
    expect(talks('Keynote: Ann Lee, "Quiet Queues".\n')).toEqual([
      ['Quiet Queues', 'keynote', ['Ann Lee']],
    ]);
  });

  it('reads "X said this in his keynote, "T"" and "by a speaker named X, and it was called "T""', () => {
    expect(
      talks(
        [
          'Niall Murphy said this in his keynote, "What SRE Got Wrong". It got a big laugh.',
          '',
          'The first talk of the morning was by a speaker named Eszter Nagy, and it was called "Your Browser Is Smarter Than You Think".',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['What SRE Got Wrong', 'keynote', ['Niall Murphy']],
      ['Your Browser Is Smarter Than You Think', 'talk', ['Eszter Nagy']],
    ]);
  });
});

describe('what stands around a title', () => {
  it('leaves out a schedule time, an emoji and a "(keynote)" note, which gives the kind', () => {
    expect(
      talks(
        'My favourite talks:\n\n- 10:30 *Funnels That Work* — Emeka Obi\n- 🎤 **The Browser Is the OS** — Lukas Hof\n- Sol Martins: *Boring Containers* (keynote)\n',
      ),
    ).toEqual([
      ['Funnels That Work', 'talk', ['Emeka Obi']],
      ['The Browser Is the OS', 'talk', ['Lukas Hof']],
      ['Boring Containers', 'keynote', ['Sol Martins']],
    ]);
  });

  it('takes no three-word title after "Panel:" for a person, nor a remark after a bold title', () => {
    expect(
      talks(
        '### Panel: Leading Through Layoffs\n\nGood panel.\n\n' +
          '- **Zero Trust for Machines** (Adaeze Nwachu)\n- **Cell-Based Architectures, Explained** — I left early.\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([['Zero Trust for Machines', ['Adaeze Nwachu']]]);
  });

  it("takes the set-apart title after a diary's own words", () => {
    expect(
      talks(
        '**10:30** — Stayed in Stage 1 for **Compose Performance, Measured** by Tariq Al-Mans.\n',
      ),
    ).toEqual([['Compose Performance, Measured', 'talk', ['Tariq Al-Mans']]]);
  });

  it('reads titles in single straight quotes and in „low-9“ quotes', () => {
    expect(
      talks(
        "I liked 'Fast Tests' by Nigel Ashby.\n\n" +
          "Sunday began with a workshop, 'Async Python Without Tears', run by Callum McAllister.\n\n" +
          '„Virtual Threads in Production“ by Zofia Wiśniewska.\n',
      ),
    ).toEqual([
      ['Fast Tests', 'talk', ['Nigel Ashby']],
      ['Async Python Without Tears', 'workshop', ['Callum McAllister']],
      ['Virtual Threads in Production', 'talk', ['Zofia Wiśniewska']],
    ]);
  });
  it('reads titles in „Polish” quotes, and a book in them for no talk', () => {
    expect(
      talks(
        'Next I went on the presentation of Michał Zawadzki „Virtual Threads Are Not Magic”.\n\n' +
          'Ann Lee in her talk „Quiet Queues” said so.\n\n' +
          '- Read again the book „Java Concurrency Explained” of Harald Brenner.\n',
      ),
    ).toEqual([
      ['Virtual Threads Are Not Magic', 'talk', ['Michał Zawadzki']],
      ['Quiet Queues', 'talk', ['Ann Lee']],
    ]);
  });

  it('ends a bold title where it is set apart when the writer adds words before its speaker', () => {
    expect(
      talks(
        '- **Alerting on Symptoms, Not Causes** — a crisp thirty minutes from Jun Takeda (Ringside).\n' +
          '- **Boring Tech** by Ann Lee\n',
      ),
    ).toEqual([
      ['Alerting on Symptoms, Not Causes', 'talk', ['Jun Takeda']],
      ['Boring Tech', 'talk', ['Ann Lee']],
    ]);
  });

  it("takes the writer's words for a session before its speaker for no title", () => {
    const x = extractRecap(
      '- missed the Web Components workshop by Yannick Obi-Mbeki, colleagues say it was great\n' +
        '- A live demo by Ann Lee\n- the workshop on Rust macros run by Bo Chen\n' +
        '- The Talk That Never Was by Cy Dee\n- **The opening keynote (Olu Ade)**\n',
    );
    expect(x.talks.map((t) => [t.title, t.kind, t.speakers])).toEqual([
      [null, 'workshop', ['Yannick Obi-Mbeki']],
      [null, 'demo', ['Ann Lee']],
      [null, 'workshop', ['Bo Chen']],
      ['The Talk That Never Was', 'talk', ['Cy Dee']],
      [null, 'keynote', ['Olu Ade']],
    ]);
  });
});

describe('a title a sentence later', () => {
  it("reads a session whose title the next sentence gives by its speaker's pronoun", () => {
    expect(
      talks(
        'The closing keynote came from Ilse van Rijn, who left to become a carpenter. Her talk, ' +
          '"What Wood Taught Me About Software", was the surprise of the day.\n\n' +
          'The opening keynote came from **@nullbyte_nadia** (Nadia Kharitonova), who runs an ' +
          'exploit team. Her talk was titled **Exploitation Is a Craft, Not a Product**.\n',
      ),
    ).toEqual([
      ['What Wood Taught Me About Software', 'keynote', ['Ilse van Rijn']],
      ['Exploitation Is a Craft, Not a Product', 'keynote', ['Nadia Kharitonova']],
    ]);
  });

  it('gives a session "X gave the keynote" the title a sentence after names by her or by X', () => {
    expect(
      talks(
        'Ewan Blackwood gave the closing talk. His keynote, "Maps Without Borders", ended the day.\n\n' +
          'Mira Solberg delivered the opening keynote. Solberg\'s talk was titled "Ten Years of ' +
          'Kafka".\n\n' +
          'Ines Duarte gave the workshop on Monday. Ines\'s workshop, "Typed SQL by Hand", sold out.\n\n' +
          'Jonas Weber gave the second talk. Anna\'s talk, "Nothing To See Here", was another.\n',
      ),
    ).toEqual([
      ['Maps Without Borders', 'keynote', ['Ewan Blackwood']],
      ['Ten Years of Kafka', 'keynote', ['Mira Solberg']],
      ['Typed SQL by Hand', 'workshop', ['Ines Duarte']],
      // Someone else's talk: the title is not Jonas Weber's.
      ['Nothing To See Here', 'talk', []],
    ]);
  });

  it('reads sessions "of" a person, and titles given "with the title" or a sentence later', () => {
    expect(
      talks(
        'I was in the talk of Friederike Schröder with the title "Virtual Threads in Practice".\n\n' +
          'The last talk was "Testcontainers Tips You Did Not Know" of Oleg Šelajev.\n\n' +
          'Afterwards, Ahmad Karimi has spoken about "Observability with OpenTelemetry".\n\n' +
          'Next, a workshop of Kasper Timm Hansen: "Refactoring Rails Models, Together".\n\n' +
          'The keynote of David Heinemeier Hansson was called "No PaaS Required".\n\n' +
          'The conference has begun with the keynote of Heinz Kabutz. The title was "Java Is ' +
          'Still Not Dead".\n\n' +
          'The title was "A Book About Things" and I loved reading it.\n',
      ),
    ).toEqual([
      ['Virtual Threads in Practice', 'talk', ['Friederike Schröder']],
      ['Testcontainers Tips You Did Not Know', 'talk', ['Oleg Šelajev']],
      ['Observability with OpenTelemetry', 'talk', ['Ahmad Karimi']],
      ['Refactoring Rails Models, Together', 'workshop', ['Kasper Timm Hansen']],
      ['No PaaS Required', 'keynote', ['David Heinemeier Hansson']],
      ['Java Is Still Not Dead', 'keynote', ['Heinz Kabutz']],
    ]);
  });

  it('reads "X\'s talk. It was called "T"", "Opening keynote is X on "T"" and a caption\'s "X opening the conference with"', () => {
    expect(
      talks(
        'I went to Gustavo Pereira\'s talk. It was called "Excel Is a Functional Language".\n\n' +
          'Opening keynote is Carlton Gibson on "Django in 2030: Boring on Purpose".\n\n' +
          'Cameron Balahan opening the conference with the keynote "Go at Fifteen".\n\n' +
          'It was called "Nothing Here At All" by everyone.\n',
      ),
    ).toEqual([
      ['Excel Is a Functional Language', 'talk', ['Gustavo Pereira']],
      ['Django in 2030: Boring on Purpose', 'keynote', ['Carlton Gibson']],
      ['Go at Fifteen', 'keynote', ['Cameron Balahan']],
    ]);
  });
});

describe("a title inside its speaker's talk", () => {
  it('reads "X in his talk "T"", "the talk was by X, and it was called "T"" and "— X from Org"', () => {
    const x = extractRecap(
      'Alex Hidalgo in his talk "SLOs Are for Humans". He was right.\n\n' +
        'Olumide Bakare and Henrik Johansson in their talk "Queues at Scale" showed a lot.\n\n' +
        'The first talk was by Eszter Nagy, and it was called "Your Browser Is Smarter Than You ' +
        'Think".\n\n' +
        '**Breaking Secure Boot on Millions of Laptops** — Alex Matrosov from Binarly.\n\n' +
        'I was in my talk "Not Theirs At All" when it happened.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['SLOs Are for Humans', ['Alex Hidalgo']],
      ['Queues at Scale', ['Olumide Bakare', 'Henrik Johansson']],
      ['Your Browser Is Smarter Than You Think', ['Eszter Nagy']],
      ['Breaking Secure Boot on Millions of Laptops', ['Alex Matrosov']],
      ['Not Theirs At All', []],
    ]);
    expect(x.people.find((p) => p.name === 'Alex Matrosov')?.affiliation).toBe('Binarly');
  });

  it('reads "X tells us about her talk, "T"" and "X made the same point in his talk "T""', () => {
    expect(
      talks(
        '- **11:15** — Folasade Ayodele-Price tells us about her talk, "Modularising a Big App"\n\n' +
          'Matej Kovačič made the same point in his talk "The Case for Boring Queues".\n\n' +
          'Ann Lee and Bo Chen walked us through their workshop, "Rust for Kids".\n\n' +
          'Everyone said that Cy Dee liked her talk "Not Hers".\n',
      ),
    ).toEqual([
      ['Modularising a Big App', 'talk', ['Folasade Ayodele-Price']],
      ['The Case for Boring Queues', 'talk', ['Matej Kovačič']],
      ['Rust for Kids', 'workshop', ['Ann Lee', 'Bo Chen']],
      ['Not Hers', 'talk', []],
    ]);
  });

  it('reads "X during his talk "T"", "X, in his talk "T"," and "From X\'s "T""', () => {
    expect(
      talks(
        'That was Alex Hidalgo during his talk "SLOs Are for Humans". He made the case.\n\n' +
          'Mira Olsen, in her talk "Cheap Tricks for Fast Builds", argued this.\n\n' +
          'From Ines Carvalho\'s "Postmortem of a Postmortem", a self-aware talk.\n',
      ),
    ).toEqual([
      ['SLOs Are for Humans', 'talk', ['Alex Hidalgo']],
      ['Cheap Tricks for Fast Builds', 'talk', ['Mira Olsen']],
      ['Postmortem of a Postmortem', 'talk', ['Ines Carvalho']],
    ]);
  });
});
