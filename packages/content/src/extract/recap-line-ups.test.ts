import { describe, expect, it } from 'vitest';
import { extractRecap, talks } from './fixtures/recap-talks.ts';

// Line-ups: lists and paragraphs that pair a title with its people, written as recaps of other
// conferences write them: forms the fixtures of `extract-post.test.ts` do not show.

describe('lists of "Name (@handle) - Title"', () => {
  it('take the side with the handle for the person, with any dash or a colon', () => {
    const x = extractRecap(
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

  it('reads "T — @handle (Name)", and a fireside chat between two people on a title', () => {
    expect(
      talks(
        '- "LiveView Beyond CRUD" — @sarahk (Sarah Klein)\n\nThere was also a fireside chat between Raj Malho and Emily Zhou on *Rules for Models*.\n',
      ),
    ).toEqual([
      ['LiveView Beyond CRUD', 'talk', ['Sarah Klein']],
      ['Rules for Models', 'panel', ['Raj Malho', 'Emily Zhou']],
    ]);
  });

  it('takes the name in brackets after a handle for the person "with" a title', () => {
    const x = extractRecap(
      'Next up, @sarahboyce_dev (Sarah Boyce) with "Contributing to Django". She showed the path.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Contributing to Django', ['Sarah Boyce']],
    ]);
    expect(x.people.map((p) => [p.name, p.affiliation])).toEqual([['Sarah Boyce', undefined]]);
  });
});

describe('items in other orders', () => {
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
    const x = extractRecap(
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

  it('reads a nickname before a full name in brackets as that person, not a title', () => {
    expect(
      talks('The opening keynote was from **Matz** (Yukihiro Matsumoto), as usual.\n'),
    ).toEqual([['Opening keynote', 'keynote', ['Yukihiro Matsumoto']]]);
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

describe('which side of an item is the title', () => {
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

describe('paragraph and line shapes', () => {
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
    const x = extractRecap(
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

  it('reads lines bulleted with "•" as a list, each where it stands in the source', () => {
    const x = extractRecap(
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

  it('reads "Name (Company): Title" and "Name from Company: Title" in lists and paragraphs', () => {
    const x = extractRecap(
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
});
