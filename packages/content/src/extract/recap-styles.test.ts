import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from '../parse/anchors.ts';
import { parseArticle } from '../parse/parse-article.ts';
import { extractPost } from './extract-post.ts';

// Ways of writing a recap that the fixtures of `extract-post.test.ts` do not show, each one
// written as recaps of other conferences write it.
function extract(body: string, title = 'A conference recap') {
  const { post, tree } = parseArticle(`---\ntitle: "${title}"\n---\n${body}`, 'posts/recap.md');
  if (!post || !tree) throw new Error('fixture did not parse');
  return extractPost(post, tree, paragraphAnchors(tree));
}

const talks = (body: string, title?: string) =>
  extract(body, title).talks.map((t) => [t.title ?? t.label, t.kind, t.speakers]);

describe('lists of "Name (@handle) - Title"', () => {
  it('take the side with the handle for the person, with any dash or a colon', () => {
    const x = extract(
      '* Mira Okafor (@miraok) - Quiet Harbour\n' +
        '* Tomasz Wiśniak (@twisniak): Streams and Presence\n' +
        '* Ilse Brandt (@ilseb) – Lanterns in the Fog\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Quiet Harbour', ['Mira Okafor']],
      ['Streams and Presence', ['Tomasz Wiśniak']],
      ['Lanterns in the Fog', ['Ilse Brandt']],
    ]);
    expect(x.people.map((p) => p.handles.twitter)).toEqual(['miraok', 'twisniak', 'ilseb']);
  });

  it('read an item that reads both ways as the rest of a list that opens the post does', () => {
    expect(
      talks(
        '* Mira Okafor (@miraok) - Quiet Harbour\n' +
          '* Ilse Brandt - Solid Lanterns\n' +
          '* Tomasz Wiśniak – Streams of Events in Practice\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([
      ['Quiet Harbour', ['Mira Okafor']],
      ['Solid Lanterns', ['Ilse Brandt']],
      ['Streams of Events in Practice', ['Tomasz Wiśniak']],
    ]);
  });
});

describe('titles in prose', () => {
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
    const x = extract(
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
});

describe('the event a post reports on', () => {
  it('is no speaker, whoever the sentence makes it the subject of', () => {
    const x = extract(
      'Lina Sato talked about **Sturdy Queues**.\n\nMarlin Loop never disappoints. Her keynote was the best of the week.\n',
      'Marlin Loop 2021 recap',
    );
    expect(x.people.map((p) => p.name)).toEqual(['Lina Sato']);
  });
});

describe('schedules', () => {
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
});

describe('line-ups in other orders', () => {
  it('reads "Title, Name" items when the list holds more than one of them', () => {
    expect(
      talks(
        'The talks I liked most:\n\n1. Monitoring Without Alerts, Adrian Cole\n2. How We Broke Production, Twice, Jonas Berg\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([
      ['Monitoring Without Alerts', ['Adrian Cole']],
      ['How We Broke Production, Twice', ['Jonas Berg']],
    ]);
    // One such line is a title with a comma of its own.
    expect(
      talks(
        'The talks I liked most:\n\n- Constraints Liberate, Liberties Constrain\n- Sturdy Queues\n',
      ),
    ).toEqual([
      ['Constraints Liberate, Liberties Constrain', 'talk', []],
      ['Sturdy Queues', 'talk', []],
    ]);
  });

  it('reads "Name on Title" items, and not a topic in lower case', () => {
    expect(
      talks(
        'Some of my favourites:\n\n- Riva Moss on Documentation as a Product\n- Jan Ekberg on why tests matter\n',
      ),
    ).toEqual([['Documentation as a Product', 'talk', ['Riva Moss']]]);
  });

  it('reads a heading "Name (Company) — Title", and leaves a "(slides)" note out of a title', () => {
    const x = extract(
      '### Karin Holm – Rust in the Kernel ([slides](https://example.org/rust.pdf))\n\nModules.\n\n' +
        '### Omar Haddad (Red Hat) — Podman Beyond Containers\n\nRootless everything.\n\n' +
        '### Scaling Go (Part Two) - Ines Barros\n\nMore of it.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Rust in the Kernel', ['Karin Holm']],
      ['Podman Beyond Containers', ['Omar Haddad']],
      ['Scaling Go (Part Two)', ['Ines Barros']],
    ]);
    expect(x.people.find((p) => p.name === 'Omar Haddad')?.affiliation).toBe('Red Hat');
  });
});

describe('a title right after its speaker', () => {
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
});

describe('sessions named by what they are', () => {
  it('takes "Keynote by X" and "the **Opening Keynote** by X" for untitled sessions, not titles', () => {
    const x = extract(
      '## Keynote by Rosa Diaz\n\nA sober look at passwords.\n\nI loved the **Opening Keynote** by Ana Lima.\n\n- Lightning talks - Felix Bauer, Ines Barros\n',
    );
    expect(x.talks.map((t) => [t.title, t.label, t.kind, t.speakers])).toEqual([
      [null, 'Keynote', 'keynote', ['Rosa Diaz']],
      [null, 'Opening Keynote', 'keynote', ['Ana Lima']],
      [null, 'Lightning talks', 'lightning', ['Felix Bauer', 'Ines Barros']],
    ]);
  });
});

describe('presenters opening a talk heading', () => {
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
});

describe('which side of a line-up item is the title', () => {
  it('is the side set apart when both read as names', () => {
    expect(
      talks(
        '- **Web Parts** — Paulo Sérgio Nascimento\n- **Edge Caching** — Robert L. Hayes III\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([
      ['Web Parts', ['Paulo Sérgio Nascimento']],
      ['Edge Caching', ['Robert L. Hayes III']],
    ]);
  });

  it('is never a description in lower case, nor a topic the post writes in lower case', () => {
    expect(
      talks(
        '- Marco Bell — writes great eBPF threads\n\n' +
          '## Data Governance: Still Hard\n\nWe talked about data and governance a lot.\n\n' +
          '## Rin Ishikawa (@rinsec): Red Teaming Apps\n\nSharp.\n\n' +
          '## Observability\n\nEveryone talked about tracing. Nobody talked about cost.\n',
      ),
    ).toEqual([['Red Teaming Apps', 'talk', ['Rin Ishikawa']]]);
  });
});

describe('lists that are not line-ups', () => {
  it('are told by the sentence that introduces them or by their heading', () => {
    expect(
      talks(
        'Honestly the talks were secondary. Some conversations:\n\n- **Adaeze Nwosu** is hiring SREs.\n- Hiro Kato from Mercari\n\n' +
          'Recommended books:\n\n- *Accelerate* by Nicole Forsgren\n\n' +
          '## People to follow\n\n- Marco Bell (@mbell) — Kubernetes SIG Node lead\n',
      ),
    ).toEqual([]);
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

  it('takes "Dr." or "Prof." before a name for no part of it, and keeps "Jr." and "al-"', () => {
    const x = extract(
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

  it("drops a schedule table's breaks", () => {
    expect(
      talks(
        '| Time | Speaker | Talk |\n|---|---|---|\n| 10:00 | Ömer Yıldız | Rye and the Future |\n| 11:00 | — | Coffee break |\n| 12:00 | | Lunch |\n',
      ),
    ).toEqual([['Rye and the Future', 'talk', ['Ömer Yıldız']]]);
  });
});

describe('more line shapes', () => {
  it('reads paragraphs that open with a title set apart, a time, or a name then a title', () => {
    expect(
      talks(
        '**Funnels That Work** — Emeka Obi\n\nGreat talk.\n\n' +
          '**Anders Kjær** — *Teams, Not Heroes*. Brutal honesty.\n\n' +
          '🎤 **Privacy-First Analytics** — Zainab Hussein\n\n' +
          '**09:00** Keynote — *Open Source Upkeep* — Bea Almeida\n\n' +
          '**12:00** Lunch (sponsored by Acme)\n',
      ).map(([title, kind, speakers]) => [title, kind, speakers]),
    ).toEqual([
      ['Funnels That Work', 'talk', ['Emeka Obi']],
      ['Teams, Not Heroes', 'talk', ['Anders Kjær']],
      ['Privacy-First Analytics', 'talk', ['Zainab Hussein']],
      ['Open Source Upkeep', 'keynote', ['Bea Almeida']],
    ]);
  });

  it('reads "T (Name, Company)", "T | Name | Event" and a definition list', () => {
    const x = extract(
      '- Profiling the Collector (Mei Chou, Google)\n- Bevy for Serious Apps | Ewa Kowal | Rust Nation 2026\n\n' +
        '**Image CDNs Compared**\n: Hamid Rostam, Fastly. A great benchmark.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Profiling the Collector', ['Mei Chou']],
      ['Bevy for Serious Apps', ['Ewa Kowal']],
      ['Image CDNs Compared', ['Hamid Rostam']],
    ]);
    expect(x.people.map((p) => p.affiliation)).toEqual(['Google', undefined, 'Fastly']);
  });
});

describe('who gave a session', () => {
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
});

describe('speakers named in other ways', () => {
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

  it('reads "Talk: *T*" under a heading that names its speaker alone', () => {
    expect(
      talks(
        '### Valentina Russo\n\nTalk: *Fluid Type Without Queries*. She live-coded it.\n\n### Travel\n\nTalk: *Trains*.\n',
      ),
    ).toEqual([['Fluid Type Without Queries', 'talk', ['Valentina Russo']]]);
  });
});

describe('handles and conversations', () => {
  it('reads "T — @handle (Name)", and a fireside chat between two people on a title', () => {
    expect(
      talks(
        '- "LiveView Beyond CRUD" — @sarahk (Sarah Klein)\n\nThere was also a fireside chat between Raj Malho and Emily Zhou on *Rules for Models*.\n',
      ),
    ).toEqual([
      ['LiveView Beyond CRUD', 'talk', ['Sarah Klein']],
      ['Rules for Models', 'talk', ['Raj Malho', 'Emily Zhou']],
    ]);
  });

  it('takes no topic such as "Cost Control" for a person', () => {
    expect(
      talks('## Cost Control: The Big Theme\n\nEveryone talked about warehouse sizing.\n'),
    ).toEqual([]);
  });
});

describe('long recaps: what a second round of styles showed', () => {
  it('takes no three-word title after "Panel:" for a person, nor a remark after a bold title', () => {
    expect(
      talks(
        '### Panel: Leading Through Layoffs\n\nGood panel.\n\n' +
          '- **Zero Trust for Machines** (Adaeze Nwachu)\n- **Cell-Based Architectures, Explained** — I left early.\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([['Zero Trust for Machines', ['Adaeze Nwachu']]]);
  });

  it('takes no place before the speaker, and no remark in brackets for a company', () => {
    const x = extract(
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

  it('reads a nickname before a full name in brackets as that person, not a title', () => {
    expect(
      talks('The opening keynote was from **Matz** (Yukihiro Matsumoto), as usual.\n'),
    ).toEqual([['Opening keynote', 'keynote', ['Yukihiro Matsumoto']]]);
  });

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

  it('reads "T, a talk by X and Y", "T, Name, Company", "T — with X", session codes, CJK titles and "Speaker(s)"', () => {
    expect(
      talks(
        'I skipped the morning keynote and came in for "Theory Building, Revisited", a talk by Signe Kjaer and Rupert Alder.\n\n' +
          '1. **SLOs for Batch Jobs**, Devika Raman, Stripe\n2. **Queues for Humans**, Ola Berg, Acme\n\n' +
          '- *Project Valhalla* — with Brian Goetz and Mauro Cimi\n' +
          '- **OPN305 – Open Source at Scale** by Lena Hart\n' +
          '- **「Ractorをもう一度」 (Ractors, Once More)** by 笹田 耕一 (Koichi Sasada) (JA)\n' +
          '- "Volcano Scheduler for AI Training Jobs" — Wang Xiaoming, Huawei\n\n' +
          '| Time | Talk | Speaker(s) |\n|---|---|---|\n| 11:00 | Debugging with eBPF | Chen Xiaoling |\n',
      ),
    ).toEqual([
      ['Theory Building, Revisited', 'talk', ['Signe Kjaer', 'Rupert Alder']],
      ['SLOs for Batch Jobs', 'talk', ['Devika Raman']],
      ['Queues for Humans', 'talk', ['Ola Berg']],
      ['Project Valhalla', 'talk', ['Brian Goetz', 'Mauro Cimi']],
      ['Open Source at Scale', 'talk', ['Lena Hart']],
      ['Ractorをもう一度 (Ractors, Once More)', 'talk', ['Koichi Sasada']],
      ['Volcano Scheduler for AI Training Jobs', 'talk', ['Wang Xiaoming']],
      ['Debugging with eBPF', 'talk', ['Chen Xiaoling']],
    ]);
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
});

describe('a third round of styles', () => {
  it('reads "A very practical talk from X" under a talk heading', () => {
    expect(
      talks(
        '### Generic Data Structures You Should Use\n\n' +
          'A very practical talk from [Shun Tanaka](https://twitter.com/tanakashun). He showed a ring buffer.\n\n' +
          '### Lunch\n\nThe food was great, from the local bakery.\n',
      ),
    ).toEqual([['Generic Data Structures You Should Use', 'talk', ['Shun Tanaka']]]);
  });
});

describe('a title set apart, then its speaker', () => {
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

  it('reads "After lunch: **T**, Name." when only the names follow the title', () => {
    expect(
      talks(
        'After lunch: **Blazor in Anger**, Tor-Arne Vestbø. I still do not get it.\n\n' +
          '**Quiet Harbours**, Mira Okafor and Ilse Brandt.\n\n' +
          'We compared **Sharp Tools**, Kafka Streams and others.\n\n' +
          'I liked **Observability**, Grafana Labs.\n',
      ),
    ).toEqual([
      ['Blazor in Anger', 'talk', ['Tor-Arne Vestbø']],
      ['Quiet Harbours', 'talk', ['Mira Okafor', 'Ilse Brandt']],
    ]);
  });
});

describe('speakers named around a title, a fourth way', () => {
  it('reads "T", was presented by Professor X', () => {
    expect(
      talks(
        'The Wednesday keynote, "Agents and Their Architects", was presented by Professor Gerd Baum-Stein.\n',
      ),
    ).toEqual([['Agents and Their Architects', 'keynote', ['Gerd Baum-Stein']]]);
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

  it('reads a possessive name with a nickname in it', () => {
    expect(
      talks(
        'After lunch I caught Siddharth "Sid" Venkat\'s talk on *Typing the Untypeable*. Sid is great.\n',
      ),
    ).toEqual([['Typing the Untypeable', 'talk', ['Siddharth Venkat']]]);
  });

  it('reads "👤 Name" under a talk heading', () => {
    expect(
      talks('### 🎤 Lightning: Hooks You Needed\n👤 Nana Ama Owusu\n\nFive minutes.\n'),
    ).toEqual([['Hooks You Needed', 'lightning', ['Nana Ama Owusu']]]);
  });

  it('reads "Name on **T**" when the name opens the sentence or follows a colon', () => {
    expect(
      talks(
        'Day two began with a talk I had waited for: Ewa Zielinska on **"Ten Years of Rust"**. Great.\n\n' +
          'I met Ann Lee on *Friday Night Lights*.\n',
      ),
    ).toEqual([['Ten Years of Rust', 'talk', ['Ewa Zielinska']]]);
  });
});

describe('line-ups told as rooms, labels and panels', () => {
  it('reads "Room 5 — **"T"**, Name." and a kind label inside the set-apart title', () => {
    expect(
      talks(
        'Room 5 — **"Spring Forward: What Changed"**, Josh Lonner. Fast-paced.\n\n' +
          '**Keynote — "Python and the Planet"**, Dr. Nomvula Sithebe. About energy.\n',
      ),
    ).toEqual([
      ['Spring Forward: What Changed', 'talk', ['Josh Lonner']],
      ['Python and the Planet', 'keynote', ['Nomvula Sithebe']],
    ]);
  });

  it('reads "The opening keynote was **Name** on "*T*""', () => {
    expect(
      talks(
        'The opening keynote was **Eric Evanton** on "*Twenty Years of the Blue Book*". Good.\n',
      ),
    ).toEqual([['Twenty Years of the Blue Book', 'keynote', ['Eric Evanton']]]);
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
});

describe('what is not a speaker', () => {
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

  it("reads a byline's job as the person's, not as a talk or a person", () => {
    const x = extract(
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

  it('takes a quoted title after a name and a comma for no job or employer', () => {
    const x = extract(
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

  it('reads a label and its speaker, then a comma and a title set apart', () => {
    expect(
      talks(
        '**16:00** — Closing keynote from Amara Nwosu (VP Engineering at Ridely), ' +
          '*Shipping to 200 Million Phones*. Great stories.\n\n' +
          '**Invited talk 1 — Prof. Reinhilde Vanderstraeten (KU Leuven)**, *"Sparsity Is Not ' +
          'Free"*. She showed a plot.\n\n' +
          '**Invited talk 2 — Dr. Obinna Eze (Deepfield)**, *"Distillation at the Frontier"*.\n',
      ),
    ).toEqual([
      ['Shipping to 200 Million Phones', 'keynote', ['Amara Nwosu']],
      ['Sparsity Is Not Free', 'talk', ['Reinhilde Vanderstraeten']],
      ['Distillation at the Frontier', 'talk', ['Obinna Eze']],
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

  it("takes authors, a part of the post's name or a description for no talk or speaker", () => {
    const x = extract(
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

  it('reads "Label: **Prof. X** (Org) on *T*" and "X gave a short practical talk on **T**"', () => {
    const x = extract(
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
    const x = extract(
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
    const x = extract('Next, **"Kotlin Everywhere"** by JetBrains\' Ana Ferra.\n');
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Kotlin Everywhere', ['Ana Ferra']],
    ]);
    expect(x.people.map((p) => [p.name, p.affiliation])).toEqual([['Ana Ferra', 'JetBrains']]);
  });
});

describe('who gave it, a fifth way', () => {
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

  it('reads lines bulleted with "•" as a list, each where it stands in the source', () => {
    const x = extract(
      'Lightning talks this morning:\n• "Flutter on a Dashboard" – Lukas Brand\n• "Dart on the Server" – Tomasz Gór\n',
    );
    expect(x.talks.map((t) => [t.title, t.kind, t.speakers])).toEqual([
      ['Flutter on a Dashboard', 'lightning', ['Lukas Brand']],
      ['Dart on the Server', 'lightning', ['Tomasz Gór']],
    ]);
    // The front matter takes three lines: the body's second line is the file's fifth.
    expect(x.talks.map((t) => [t.mentions[0]!.line, t.mentions[0]!.column])).toEqual([
      [5, 4],
      [6, 4],
    ]);
    expect(x.people.map((p) => [p.name, p.mentions[0]!.line, p.mentions[0]!.column])).toEqual([
      ['Lukas Brand', 5, 30],
      ['Tomasz Gór', 6, 26],
    ]);
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

describe('titles as a schedule or a diary writes them', () => {
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

  it('reads "was **Name** with *T*" as the person with their title', () => {
    expect(
      talks('The 3pm slot in Track 1 was **Rustam Nazar** with *Finding Bugs in unsafe Rust*.\n'),
    ).toEqual([['Finding Bugs in unsafe Rust', 'talk', ['Rustam Nazar']]]);
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
});

describe('a person or a book where a title would stand', () => {
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

  it("takes the set-apart title after a diary's own words", () => {
    expect(
      talks(
        '**10:30** — Stayed in Stage 1 for **Compose Performance, Measured** by Tariq Al-Mans.\n',
      ),
    ).toEqual([['Compose Performance, Measured', 'talk', ['Tariq Al-Mans']]]);
  });
});

describe('a fourth round of recap styles', () => {
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

  it('takes where a person spoke for no title of theirs', () => {
    expect(
      talks(
        'Jane Doe, who spoke at *KubeCon Europe*, said hello.\n\n' +
          'Ravi Menon spoke at *DevOpsDays Oslo* and then at **Scaling Builds Without Tears** ' +
          'night.\n',
      ),
    ).toEqual([]);
  });

  it('reads "Name (Company): Title" and "Name from Company: Title" in lists and paragraphs', () => {
    const x = extract(
      '- Kofi Boateng (Paystack): Payments in Ghana at Scale\n' +
        '- **Ines Moreau** from Doctolib: *Postgres Upgrades Without Fear*\n\n' +
        '**Joana Prates** (Shopify): *Rails at the Edge*. Good stuff, and she had slides.\n\n' +
        'In their paper "Fuzzing Smart Contracts at Scale", Li Wei and Omar Haddad showed bugs.\n\n' +
        '- Scaling Go (Part 2): The Sequel\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Payments in Ghana at Scale', ['Kofi Boateng']],
      ['Postgres Upgrades Without Fear', ['Ines Moreau']],
      ['Rails at the Edge', ['Joana Prates']],
      ['Fuzzing Smart Contracts at Scale', ['Li Wei', 'Omar Haddad']],
    ]);
    expect(x.people.map((p) => [p.name, p.affiliation])).toEqual([
      ['Kofi Boateng', 'Paystack'],
      ['Ines Moreau', 'Doctolib'],
      ['Joana Prates', 'Shopify'],
      ['Li Wei', undefined],
      ['Omar Haddad', undefined],
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

  it('gives a pair their talk, reads a pick before a title, and takes no adverb or title word for a name', () => {
    const x = extract(
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

  it('reads a paragraph that opens with a quoted title, a dash and its speaker, or the other way', () => {
    expect(
      talks(
        '"Testing Django Like You Mean It" — Aliya Nurmagambetova. Good talk.\n\n' +
          'Kateryna Bondarenko — "Async Views Without Regret". Measured benefits.\n\n' +
          '"Async Drop, Finally" — Tyler Mandry walks through the design.\n\n' +
          '"Software is eaten by the world, slowly" — Marc Andreessen, probably.\n',
      ),
    ).toEqual([
      ['Testing Django Like You Mean It', 'talk', ['Aliya Nurmagambetova']],
      ['Async Views Without Regret', 'talk', ['Kateryna Bondarenko']],
      ['Async Drop, Finally', 'talk', ['Tyler Mandry']],
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

  it('reads "T, by X." opening a paragraph, "A and B co-presenting "T"", and a byline in a blockquote', () => {
    expect(
      talks(
        'Learning From Near Misses, by Chloé Marchand. A near miss is a gift.\n\n' +
          'Kubernetes upgrades without fear, by Ahmed Al-Farsi. Their fleet is big.\n\n' +
          'After a long week, by Friday I was tired.\n\n' +
          'Thibaud Colas and Tushar Gupta co-presenting "Accessibility in the Django Admin".\n\n' +
          '### Streaming Joins Are Harder Than You Think\n\n> A talk by Inês Carvalho.\n\nGood one.\n',
      ),
    ).toEqual([
      ['Learning From Near Misses', 'talk', ['Chloé Marchand']],
      ['Kubernetes upgrades without fear', 'talk', ['Ahmed Al-Farsi']],
      ['Accessibility in the Django Admin', 'talk', ['Thibaud Colas', 'Tushar Gupta']],
      ['Streaming Joins Are Harder Than You Think', 'talk', ['Inês Carvalho']],
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

  it('takes the name in brackets after a handle for the person "with" a title', () => {
    const x = extract(
      'Next up, @sarahboyce_dev (Sarah Boyce) with "Contributing to Django". She showed the path.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Contributing to Django', ['Sarah Boyce']],
    ]);
    expect(x.people.map((p) => [p.name, p.affiliation])).toEqual([['Sarah Boyce', undefined]]);
  });

  it('ends a linked title at its link, and takes a side linked to a video for the title', () => {
    expect(
      talks(
        "- Jane Losare-Lusby — [Error Handling Isn't All About Errors](https://youtu.be/x). Great.\n" +
          '- Mara Bos — [Atomics](https://youtu.be/y)\n',
      ).map(([title, , speakers]) => [title, speakers]),
    ).toEqual([
      ["Error Handling Isn't All About Errors", ['Jane Losare-Lusby']],
      ['Atomics', ['Mara Bos']],
    ]);
  });

  it('reads "X in his talk "T"", "the talk was by X, and it was called "T"" and "— X from Org"', () => {
    const x = extract(
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

  it("keeps a meta line's length out of the speaker's employer", () => {
    const x = extract(
      '### Your Model Is Not the Product\n\n' +
        '*Keynote · Adaeze Nnamdi, VP of ML Platform at Borealis Freight · 45 min*\n',
    );
    expect(x.people.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Adaeze Nnamdi', 'VP of ML Platform', 'Borealis Freight'],
    ]);
  });
});
