import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from '../parse/anchors.ts';
import { parseArticle } from '../parse/parse-article.ts';
import { extractPost } from './extract-post.ts';

function extract(body: string, front = 'title: A conference recap') {
  const { post, tree } = parseArticle(`---\n${front}\n---\n${body}`, 'posts/recap.md');
  if (!post || !tree) throw new Error('fixture did not parse');
  return extractPost(post, tree, paragraphAnchors(tree));
}

const talks = (body: string, front?: string) =>
  extract(body, front).talks.map((t) => ({
    title: t.title,
    label: t.label,
    kind: t.kind,
    speakers: t.speakers,
  }));

describe('talks of one pattern in one post', () => {
  it('keeps apart two talks whose titles differ by one word when different people gave them', () => {
    const found = talks(
      'Ada Byron spoke about **Flink in production: lessons from Kafka**. Useful.\n\n' +
        'Grace Murray spoke about **Ceph in production: lessons from Kafka**. Also useful.\n\n' +
        'Later Ada Byron came back to **Flink in production: lessons from Kafak** in a panel.\n',
    );
    expect(found.map((t) => [t.title, t.speakers])).toEqual([
      ['Flink in production: lessons from Kafka', ['Ada Byron']],
      ['Ceph in production: lessons from Kafka', ['Grace Murray']],
    ]);
  });
});

describe('titles and speakers in the patterns recaps use', () => {
  it('reads "X talked about **T**" with handles in parentheses', () => {
    const x = extract(
      'Ada Byron ([@adab](https://twitter.com/adab)) and Grace Murray talked about **Compilers for everyone**. It was fun.\n',
    );
    expect(x.talks).toMatchObject([
      { title: 'Compilers for everyone', speakers: ['Ada Byron', 'Grace Murray'] },
    ]);
    expect(x.people.find((p) => p.name === 'Ada Byron')?.handles).toEqual({ twitter: 'adab' });
  });

  it('reads "T, by X" and "the session "T" by X" in a sentence, and "presented by members of the Org team, X and Y"', () => {
    expect(talks('I liked the session "Scaling Queues Gently" by Ravi Menon.\n')).toMatchObject([
      { title: 'Scaling Queues Gently', speakers: ['Ravi Menon'] },
    ]);
    const x = extract(
      'I recall "Securing Build Farms", presented by two members of the Acme team, Lena Hart and Omar Said.\n',
    );
    expect(x.talks[0]).toMatchObject({
      title: 'Securing Build Farms',
      speakers: ['Lena Hart', 'Omar Said'],
    });
    expect(x.people[0]?.affiliation).toBe('Acme');
  });

  it('reads "T, held by X, Role of Org" with the role and the affiliation', () => {
    const x = extract(
      'A case study was "Pipelines at the Library", held by Mara Quint, Head of Platform of Northwind Books (NB). Good.\n',
    );
    expect(x.talks[0]).toMatchObject({
      title: 'Pipelines at the Library',
      speakers: ['Mara Quint'],
    });
    expect(x.people[0]).toMatchObject({ role: 'Head of Platform', affiliation: 'Northwind Books' });
  });

  it('reads list items in "T from X", "T - X", "X - T" and "[T](video) by X" forms', () => {
    const body = [
      'These are the talks I saw:',
      '',
      '* Tracing the Kernel from Ines Vogel',
      '* Shipping Small Binaries - Tom Reyes',
      '* Pia Lund - Caching Without Tears',
      '* [Fearless Refactoring](https://www.youtube.com/watch?v=abc) by Kai Osei',
      '',
    ].join('\n');
    expect(talks(body)).toEqual([
      { title: 'Tracing the Kernel', label: undefined, kind: 'talk', speakers: ['Ines Vogel'] },
      { title: 'Shipping Small Binaries', label: undefined, kind: 'talk', speakers: ['Tom Reyes'] },
      { title: 'Caching Without Tears', label: undefined, kind: 'talk', speakers: ['Pia Lund'] },
      { title: 'Fearless Refactoring', label: undefined, kind: 'talk', speakers: ['Kai Osei'] },
    ]);
    expect(extract(body).talks[3]?.links).toEqual([
      { url: 'https://www.youtube.com/watch?v=abc', kind: 'video' },
    ]);
  });

  it('reads a title in (parentheses) form and a capitalised "By" inside a title', () => {
    expect(
      talks('* Testing By Example - Rhea Kim\n* Pair Programming Joy (Ann Hale, Ben Ito)\n'),
    ).toMatchObject([
      { title: 'Testing By Example', speakers: ['Rhea Kim'] },
      { title: 'Pair Programming Joy', speakers: ['Ann Hale', 'Ben Ito'] },
    ]);
  });

  it('reads a heading title with the speaker in it, with an affiliation, or on the next line', () => {
    const body = [
      '## Favourite talks',
      '',
      '### **Data Contracts in Practice** by _Noor Hadid (Initech)_',
      '',
      'Great.',
      '',
      '### **Faster Startup Times.**',
      '',
      'By Lars Eng, Globex.',
      '',
      '### Rethinking Retries',
      '',
      '[Sana](https://twitter.com/sana_dev) presented a short [Rethinking Retries](https://example.org/retries) talk.',
      '',
    ].join('\n');
    const x = extract(body);
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Data Contracts in Practice', ['Noor Hadid']],
      ['Faster Startup Times', ['Lars Eng']],
      ['Rethinking Retries', ['Sana']],
    ]);
    expect(x.people.find((p) => p.name === 'Noor Hadid')?.affiliation).toBe('Initech');
    expect(x.people.find((p) => p.name === 'Lars Eng')?.affiliation).toBe('Globex');
  });

  it('reads a title line followed by the speaker alone on the next line', () => {
    const x = extract(
      '[Birds and Bytes](https://www.youtube.com/watch?v=q1)  \nJune Park  \nA lovely talk about sensors.\n',
    );
    expect(x.talks).toMatchObject([{ title: 'Birds and Bytes', speakers: ['June Park'] }]);
  });

  it('finds titles introduced as talks without a speaker, and a quoted title in a sentence about a talk', () => {
    expect(
      talks(
        'Worth mentioning is the presentation ["Queues All The Way Down"](https://example.org/q).\n',
      ),
    ).toMatchObject([{ title: 'Queues All The Way Down', speakers: [] }]);
    expect(
      talks(
        'And "Intro to the Widget Project: Gears, Springs" rose hopes the speaker did not meet.\n',
      ),
    ).toMatchObject([{ title: 'Intro to the Widget Project: Gears, Springs' }]);
  });

  it('reads untitled sessions with their presenters from the list that follows', () => {
    const body = [
      'The **Opening keynote** of day one covered the roadmap:',
      '',
      '- Eva Stone explained the new scheduler',
      '- [Raj Patel](https://www.linkedin.com/in/rajpatel) showed the dashboard',
      '',
    ].join('\n');
    const x = extract(body);
    expect(x.talks).toMatchObject([
      {
        title: null,
        label: 'Opening keynote',
        kind: 'keynote',
        speakers: ['Eva Stone', 'Raj Patel'],
      },
    ]);
    expect(x.people.find((p) => p.name === 'Raj Patel')?.handles).toEqual({ linkedin: 'rajpatel' });
  });

  it("gives an untitled session's mentions what the post called it as their title", () => {
    const x = extract(
      'The **day 2 closing general session** showed the new engine, with a demo by Mia Torres.\n',
    );
    expect(x.talks).toMatchObject([{ title: null }]);
    expect(x.talks[0]!.mentions.map((m) => [m.title, m.text])).toEqual([
      ['day 2 closing general session', 'day 2 closing general session'],
    ]);
  });

  it('names keynotes by their day when the post has day headings', () => {
    const body = [
      '## Day 1',
      '',
      'The keynote opened with a demo. The second part of the keynote was the announcement from **Mia Torres**.',
      '',
    ].join('\n');
    expect(talks(body)).toEqual([
      { title: null, label: 'Keynote, Day 1', kind: 'keynote', speakers: ['Mia Torres'] },
    ]);
  });

  it('gives one workshop per person for "tutorials by X, Y and Z", and keeps people of untitled talks as speakers', () => {
    const x = extract(
      'I missed the tutorials by [Ann Lee](https://conf.example/speaker/ann), [Bo Chen](https://conf.example/speaker/bo) and [Cy Diaz](https://conf.example/speaker/cy). A thought provoking talk by [Dee Roy](https://twitter.com/deeroy) closed the day.\n',
    );
    expect(x.talks.map((t) => [t.kind, t.speakers])).toEqual([
      ['workshop', ['Ann Lee']],
      ['workshop', ['Bo Chen']],
      ['workshop', ['Cy Diaz']],
    ]);
    expect(x.people.map((p) => p.name)).toContain('Dee Roy');
  });

  it('collects the list under a talk as its takeaways and slides links as its links', () => {
    const body = [
      'Lu Wen spoke about **Boring Databases** ([slides](https://speakerdeck.com/lu/boring)):',
      '',
      '- Use the defaults',
      '- Measure first',
      '',
    ].join('\n');
    const [talk] = extract(body).talks;
    expect(talk?.takeaways).toEqual(['Use the defaults', 'Measure first']);
    expect(talk?.links).toContainEqual({
      url: 'https://speakerdeck.com/lu/boring',
      kind: 'slides',
    });
  });

  it('reads reference links as links: slides, a video embed, and the profile on a name', () => {
    const body = [
      'Lu Wen ([@luwen][lu]) spoke about **Boring Databases** ([slides][deck]).',
      '',
      '## Scaling Widgets Sideways',
      '',
      'Ada Lovelace showed how to scale widgets sideways.',
      '',
      '{{< youtube w7Ft2ymGmfc >}}',
      '',
      '[deck]: https://speakerdeck.com/lu/boring',
      '[lu]: https://twitter.com/luwen',
      '[deck]: https://example.com/not-the-first-definition',
    ].join('\n');
    const { talks, people } = extract(body);
    expect(talks.map((t) => [t.title, t.links])).toEqual([
      ['Boring Databases', [{ url: 'https://speakerdeck.com/lu/boring', kind: 'slides' }]],
      [
        'Scaling Widgets Sideways',
        [{ url: 'https://www.youtube.com/watch?v=w7Ft2ymGmfc', kind: 'video' }],
      ],
    ]);
    expect(people.find((p) => p.name === 'Lu Wen')?.handles).toMatchObject({ twitter: 'luwen' });
  });

  it('says where each talk and person was found: file line, column and paragraph anchor', () => {
    const x = extract('Intro.\n\nKim Ode spoke about **Tiny Services**.\n');
    const m = x.talks[0]!.mentions[0]!;
    expect(m).toMatchObject({
      post: 'recap',
      line: 6,
      column: 23,
      endLine: 6,
      endColumn: 36,
      text: 'Tiny Services',
      title: 'Tiny Services',
      anchor: 'p-2',
    });
    expect(m.sentence).toBe('Kim Ode spoke about Tiny Services.');
    expect(x.people[0]!.mentions[0]).toMatchObject({
      line: 6,
      column: 1,
      endColumn: 8,
      text: 'Kim Ode',
    });
  });
});

describe('what a post says of each person', () => {
  it('quotes the sentence a person is named in, and under a heading the paragraph its anchor leads to', () => {
    const x = extract(
      'The room was full. Kim Ode spoke about **Tiny Services**. Then lunch.\n\n' +
        '## Lee Park: Big Queues\n\nQueues are hard. Very hard.\n\n' +
        'The talks I enjoyed:\n\n- **Fast Builds** by Ann Lee, with a demo\n- **Slow Tests** by Kim Ode\n',
    );
    expect(x.people.map((p) => [p.name, p.mentions.map((m) => [m.anchor, m.sentence])])).toEqual([
      [
        'Kim Ode',
        [
          ['p-1', 'Kim Ode spoke about Tiny Services.'],
          ['p-5', 'Slow Tests by Kim Ode'],
        ],
      ],
      ['Lee Park', [['p-2', 'Queues are hard.']]],
      ['Ann Lee', [['p-4', 'Fast Builds by Ann Lee, with a demo']]],
    ]);
  });
});

describe('what is not a talk or a speaker', () => {
  it('takes no sentence adverb before a comma for a speaker', () => {
    const x = extract(
      'Later, Bob Smith talked about **Zero-cost Abstractions Revisited**.\n\n' +
        'Afterwards, Dan Ode presented **Fast Builds**.\n\n' +
        'Finally, Ana Lu talked about **Small Queues**.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Zero-cost Abstractions Revisited', ['Bob Smith']],
      ['Fast Builds', ['Dan Ode']],
      ['Small Queues', ['Ana Lu']],
    ]);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Ana Lu', 'Bob Smith', 'Dan Ode']);
  });

  it('takes no heading that names a day or a date for a talk', () => {
    for (const heading of ['Day one', 'Day 2 - Tuesday, 17 Nov', 'Wednesday', 'The second day'])
      expect(
        talks(
          `## ${heading}\n\nPriya Shah opened the morning. Then Kel Hight talked about **Kubernetes without the hype**.\n`,
        ).map((t) => t.title),
        heading,
      ).toEqual(['Kubernetes without the hype']);
  });

  it('reads words set apart by inline HTML as it reads Markdown emphasis and links', () => {
    const body =
      'Jane Doe spoke on <b>Scaling <i>Widgets</i></b>.\n\n' +
      'Bob Smith presented <cite>Async Python Without the Pain</cite> ' +
      '(<a href="https://speakerdeck.com/bob/async">slides</a>).\n';
    const x = extract(body);
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Scaling Widgets', ['Jane Doe']],
      ['Async Python Without the Pain', ['Bob Smith']],
    ]);
    expect(x.talks[1]!.links).toEqual([
      expect.objectContaining({ url: 'https://speakerdeck.com/bob/async', kind: 'slides' }),
    ]);
    // The title's place in the file: after the front matter's three lines and `<b>`.
    expect(x.talks[0]!.mentions[0]).toMatchObject({ line: 4, column: 22, endColumn: 40 });
  });

  it("takes no talk's title for a speaker of the next talk in the sentence", () => {
    const x = extract(
      'Jane Doe spoke on **Scaling Widgets**, and Bob Smith presented *Async Python Without the Pain*.\n',
    );
    expect(x.talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Scaling Widgets', ['Jane Doe']],
      ['Async Python Without the Pain', ['Bob Smith']],
    ]);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Bob Smith', 'Jane Doe']);
  });

  it('links a find in a heading to the paragraph under it, and quotes that, not the title again', () => {
    const x = extract(
      '## Fast Things by Ann Smith\n\nShe showed fast things. It was good.\n\n' +
        '### **Slow Things.**\n\nBy Bob Lee, Acme.\n\nHe showed slow things.\n\n' +
        '## Scheduling at Scale\n\nVita Smid showed how her team schedules a thousand services.\n\n' +
        'Then we had lunch.\n\n## Wrap-up\n',
    );
    expect(x.talks.map((t) => [t.title, t.mentions.map((m) => [m.anchor, m.sentence])])).toEqual([
      ['Fast Things', [['p-1', 'She showed fast things.']]],
      ['Slow Things', [['p-3', 'He showed slow things.']]],
      // The presenter's own paragraph is the prose about the talk: it is the one quoted.
      [
        'Scheduling at Scale',
        [['p-4', 'Vita Smid showed how her team schedules a thousand services.']],
      ],
    ]);
    expect(x.people.map((p) => [p.name, p.mentions.map((m) => m.anchor)])).toEqual([
      ['Ann Smith', ['p-1']],
      ['Bob Lee', ['p-2']],
      ['Vita Smid', ['p-4']],
    ]);
  });

  it('takes a heading that only says which session it is for an untitled session', () => {
    for (const [heading, label] of [
      ['The opening keynote', 'Opening keynote'],
      ['Closing general session', 'Closing general session'],
      ['Keynote', 'Keynote'],
    ])
      expect(
        extract(
          `## ${heading}\n\nPriya Shah opened the conference with a talk on trust.\n`,
        ).talks.map((t) => [t.title, t.label, t.speakers]),
        heading,
      ).toEqual([[null, label, ['Priya Shah']]]);
  });

  it('leaves out the post author, even when the author writes about their own talk', () => {
    const x = extract(
      'Pat Quill spoke about **Owning Your Pager**.\n',
      'title: Recap\nauthor: Pat Quill',
    );
    expect(x.people).toEqual([]);
  });

  it('leaves out book authors in a reading list and books named as such', () => {
    const body = [
      '## Reading list',
      '',
      '- [Team Shapes](https://example.org/book) by _Ivy Marsh and Cal Dunn_',
      '',
      'A talk by Ola Berg mentioned the book "Release It Again" and its author.',
      '',
    ].join('\n');
    const x = extract(body);
    expect(x.people.map((p) => p.name)).toEqual([]);
    expect(x.talks.map((t) => t.title)).not.toContain('Team Shapes');
  });

  it('does not take products or projects named in passing for talks', () => {
    const x = extract(
      'Ana Ruiz talked about the Orbit Registry and the [Orbit Control Plane](https://example.com/ocp), which is promising.\n',
    );
    expect(x.talks).toEqual([]);
  });

  it('does not take an emphasised word or a quoted remark for a title', () => {
    expect(talks('Mo Lin presented the *container-as-a-service* idea.\n')).toEqual([]);
    expect(talks('This talk goes on my "I hope I never need this information" pile.\n')).toEqual(
      [],
    );
  });

  it("leaves out a future edition's line-up", () => {
    expect(talks('Next year, Uma Das will give **Streams at Scale** in Lisbon.\n')).toEqual([]);
  });

  it('does not take topic headings for talks', () => {
    expect(
      talks(
        '### Virtualization and Containers\n\nThe past waves of virtualization are commodity now.\n',
      ),
    ).toEqual([]);
  });
});

describe('more ways of naming a talk', () => {
  it('reads possessives: "X\'s keynote", "X\'s talk on T"', () => {
    expect(
      talks(
        "Mia Ford's opening keynote set the tone. Later, Ben Cole's talk on **Quiet Logging** was calm.\n",
      ),
    ).toEqual([
      { title: null, label: 'Keynote', kind: 'keynote', speakers: ['Mia Ford'] },
      { title: 'Quiet Logging', label: undefined, kind: 'talk', speakers: ['Ben Cole'] },
    ]);
  });

  it('reads "In "T", X showed ..."', () => {
    expect(talks('In "Fast Feedback Loops", Ada Quinn showed her test setup.\n')).toMatchObject([
      { title: 'Fast Feedback Loops', speakers: ['Ada Quinn'] },
    ]);
  });

  it('takes a name alone under a heading as its presenter, and drops a "Keynote:" label from the title', () => {
    expect(talks('## Keynote: The Next Ten Years\n\n*Rosa Lind*\n\nA look ahead.\n')).toEqual([
      { title: 'The Next Ten Years', label: undefined, kind: 'keynote', speakers: ['Rosa Lind'] },
    ]);
  });

  it("reads a later untitled mention of the same person's session as that session again", () => {
    const x = extract(
      "I attended:\n\n1. Workshop: Design Deep Dive, by Gus Tam.\n\nLater: Gus Tam's workshop was great.\n",
    );
    expect(x.talks).toHaveLength(1);
    expect(x.talks[0]!.mentions).toHaveLength(2);
  });
});

describe('speakers with their company, and headings in "Name: Title" form', () => {
  it('reads "X talked about T" when the verb stands far into a long sentence', () => {
    const lead =
      'After a long morning of hallway conversations about build caches and release trains and all the ways teams wire their pipelines together across regions and clouds and offices without ever quite agreeing on naming or ownership or much else really, ';
    expect(lead.length).toBeGreaterThan(240);
    expect(talks(`${lead}Ada Byron talked about **Compilers for everyone**.\n`)).toMatchObject([
      { title: 'Compilers for everyone', speakers: ['Ada Byron'] },
    ]);
  });

  it('reads "X from Org talked about T" and keeps the organisation', () => {
    const x = extract('Lena Marsh from Initech talked about **Rethinking Queues**.\n');
    expect(x.talks).toMatchObject([{ title: 'Rethinking Queues', speakers: ['Lena Marsh'] }]);
    expect(x.people[0]?.affiliation).toBe('Initech');
  });

  it('reads "X: T" and "T | X" in headings', () => {
    expect(
      talks(
        '### Rob Vance: What We Got Wrong\n\nGood.\n\n### Tiny Tools | Ana Ruiz\n\nAlso good.\n',
      ),
    ).toMatchObject([
      { title: 'What We Got Wrong', speakers: ['Rob Vance'] },
      { title: 'Tiny Tools', speakers: ['Ana Ruiz'] },
    ]);
  });

  it('reads a "Two Words: T" heading as the title whole when the section names other presenters', () => {
    const x = extract(
      '### **Quiet Lanterns: Tuning Small Services.**\n\nBy Mara Voss and Ivo Brandt, Example Corp.\n\nNotes.\n\n' +
        '### Humble Gardens: Growing Old Indexes\n\n[Tomas](https://twitter.com/tomasgrey) presented the index work.\n',
    );
    expect(x.talks.map((t) => ({ title: t.title, speakers: t.speakers }))).toEqual([
      { title: 'Quiet Lanterns: Tuning Small Services', speakers: ['Mara Voss', 'Ivo Brandt'] },
      { title: 'Humble Gardens: Growing Old Indexes', speakers: ['Tomas'] },
    ]);
    expect(x.people.map((p) => p.name)).not.toContain('Quiet Lanterns');
    expect(x.people.map((p) => p.name)).not.toContain('Humble Gardens');
  });

  it('keeps "X: T" in a heading when the section below names the same person again', () => {
    expect(
      talks('### Rob Vance: What We Got Wrong\n\nRob presented the postmortems of a year.\n'),
    ).toMatchObject([{ title: 'What We Got Wrong', speakers: ['Rob Vance'] }]);
  });
});

describe('lists and sections that are not line-ups', () => {
  it('does not take takeaways about the talks for talks', () => {
    expect(
      talks(
        'My takeaways from the talks:\n\n- Measure before you optimise\n- Keep the pager quiet\n',
      ),
    ).toEqual([]);
  });

  it('does not take a plain sub-heading under "Highlights" for a talk', () => {
    expect(talks('## Highlights\n\n### Networking\n\nI met many people.\n')).toEqual([]);
  });
});

describe('schedules', () => {
  it('reads a table with a title column and a speaker column', () => {
    const body =
      '| Time | Talk | Speaker |\n| --- | --- | --- |\n| 10:00 | Boring Deploys | Ivo Lind |\n| 11:00 | Kind Reviews | Pam Ode, Raj Iyer |\n';
    expect(talks(body)).toMatchObject([
      { title: 'Boring Deploys', speakers: ['Ivo Lind'] },
      { title: 'Kind Reviews', speakers: ['Pam Ode', 'Raj Iyer'] },
    ]);
  });

  it('leaves a table without such columns alone', () => {
    expect(talks('| talk | room |\n| --- | --- |\n| keynote | A |\n')).toEqual([]);
  });

  it('reads labelled lines', () => {
    expect(talks('**Talk:** Safer Releases  \n**Speaker:** Uma Reyes\n')).toMatchObject([
      { title: 'Safer Releases', speakers: ['Uma Reyes'] },
    ]);
  });
});

describe('list items that read both ways', () => {
  it('take the longer side as the title, and otherwise the order the rest of the list uses', () => {
    const body = [
      'Talks I saw:',
      '',
      '* Ola Berg - Quiet Queues: Calm Retries',
      '* Ivo Lind - Gentle Gears',
      '* Tia Moss - The Art of Small Deploys',
      '',
    ].join('\n');
    expect(talks(body).map((t) => [t.title, t.speakers])).toEqual([
      ['Quiet Queues: Calm Retries', ['Ola Berg']],
      ['Gentle Gears', ['Ivo Lind']],
      ['The Art of Small Deploys', ['Tia Moss']],
    ]);
  });

  it('take as the title the side that ends in a word the prose writes in lower case, against the list', () => {
    const body = [
      'Talks I saw:',
      '',
      '* Ola Berg - Quiet Queues: Calm Retries',
      '* Ivo Lind - The Art of Small Deploys',
      '* Gentle Gears - Tia Moss',
      '',
      'The team swapped the gears of the build and most of the queues.',
      '',
      '* Deep Pools: Calm Retries - Ola Berg',
      '* Mia Vann - Gentle Sockets',
      '',
      'Then the sockets went away.',
      '',
    ].join('\n');
    expect(talks(body).map((t) => [t.title, t.speakers])).toEqual([
      ['Quiet Queues: Calm Retries', ['Ola Berg']],
      ['The Art of Small Deploys', ['Ivo Lind']],
      ['Gentle Gears', ['Tia Moss']],
      ['Deep Pools: Calm Retries', ['Ola Berg']],
      ['Gentle Sockets', ['Mia Vann']],
    ]);
  });

  it('read title first when nothing in the list says otherwise', () => {
    expect(talks('* Gentle Gears - Ivo Lind\n').map((t) => [t.title, t.speakers])).toEqual([
      ['Gentle Gears', ['Ivo Lind']],
    ]);
  });
});
