// The world the generated posts report on: conference editions, their talks and the people who
// give them. Posts draw from this pool, so the same talk and person show up in many posts.
import { titleSimilarity } from '../../src/extract/similarity.ts';
import { capitalize, chance, int, pick, type Random, sample } from './random.ts';
import { coined, personName, talkTitle } from './vocabulary.ts';

export interface PoolSpeaker {
  readonly key: string;
  readonly name: string;
  readonly handles: { readonly twitter?: string; readonly github?: string };
  readonly affiliation: string;
}

export interface PoolTalk {
  readonly key: string;
  readonly event: string;
  readonly title: string | null;
  /** How posts name an untitled session ("Opening keynote"). */
  readonly label?: string;
  readonly kind: 'talk' | 'keynote' | 'general-session';
  readonly speakers: readonly string[];
  readonly slides?: string;
  readonly video?: string;
}

export interface PoolEvent {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly location: string;
  readonly start: string;
  readonly end: string;
  readonly url: string;
  readonly talks: readonly PoolTalk[];
}

export interface Pool {
  readonly events: readonly PoolEvent[];
  readonly speakers: ReadonlyMap<string, PoolSpeaker>;
  /** Names of post authors, none of them a speaker. */
  readonly authors: readonly string[];
}

const COUNTRIES = ['Portugal', 'Norway', 'Chile', 'Kenya', 'Japan', 'Canada', 'Poland', 'Ireland'];
const KINDS = ['Con', 'Conf', ' Summit', ' Days', 'Fest'];
const ORG_TAILS = ['Labs', 'Systems', 'Software', 'Group'];

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function makeSpeakers(r: Random, count: number): Map<string, PoolSpeaker> {
  const speakers = new Map<string, PoolSpeaker>();
  const names = new Set<string>();
  while (speakers.size < count) {
    const name = personName(r);
    const plain = slug(name);
    if (names.has(plain)) continue;
    names.add(plain);
    const handle = plain.replace(/-/g, '').slice(0, 12);
    const handles = chance(r, 0.5)
      ? { twitter: handle }
      : chance(r, 0.5)
        ? { github: `${handle}${int(r, 1, 99)}` }
        : {};
    const key = `s${speakers.size}`;
    speakers.set(key, { key, name, handles, affiliation: `${coined(r)} ${pick(r, ORG_TAILS)}` });
  }
  return speakers;
}

function makeTalks(r: Random, event: string, speakerKeys: readonly string[]): PoolTalk[] {
  const talks: PoolTalk[] = [];
  const titles: string[] = [];
  const target = int(r, 16, 28);
  while (talks.length < target) {
    const title = talkTitle(r);
    // Distinct talks of one edition must not read as the same talk, or the answer would be wrong.
    if (titles.some((t) => titleSimilarity(t, title) >= 0.5)) continue;
    titles.push(title);
    const key = `${event}/t${talks.length}`;
    talks.push({
      key,
      event,
      title,
      kind: 'talk',
      speakers: sample(r, speakerKeys, chance(r, 0.8) ? 1 : 2),
      slides: chance(r, 0.4) ? `https://speakerdeck.com/${slug(title).slice(0, 24)}` : undefined,
      video: chance(r, 0.4)
        ? `https://www.youtube.com/watch?v=${coined(r, 3, 3).toLowerCase()}`
        : undefined,
    });
  }
  talks.push({
    key: `${event}/opening`,
    event,
    title: null,
    label: 'Opening keynote',
    kind: 'keynote',
    speakers: sample(r, speakerKeys, int(r, 1, 2)),
  });
  talks.push({
    key: `${event}/closing`,
    event,
    title: null,
    label: 'Closing general session',
    kind: 'general-session',
    speakers: sample(r, speakerKeys, int(r, 1, 2)),
  });
  return talks;
}

/** A pool sized for `posts` posts: about 40 posts per edition, four editions per series. */
export function makePool(r: Random, posts: number): Pool {
  const editions = Math.max(2, Math.ceil(posts / 40));
  const speakers = makeSpeakers(r, Math.max(40, editions * 12));
  const speakerKeys = [...speakers.keys()];
  const seriesNames = new Set<string>();
  const events: PoolEvent[] = [];
  while (events.length < editions) {
    const base = `${coined(r, 2, 3)}${pick(r, KINDS)}`;
    if (seriesNames.has(base.split(' ')[0]!.toLowerCase())) continue;
    seriesNames.add(base.split(' ')[0]!.toLowerCase());
    const city = coined(r, 2, 3);
    const first = int(r, 2012, 2020);
    for (let k = 0; k < 4 && events.length < editions; k++) {
      const year = first + k;
      const name = `${base} ${year}`;
      const id = slug(name);
      const month = int(r, 1, 11);
      const day = int(r, 1, 25);
      const date = (d: number) =>
        `${year}-${String(month).padStart(2, '0')}-${String(day + d).padStart(2, '0')}`;
      // Speakers come back to a series: each edition draws from a slice of the pool.
      const from = int(r, 0, Math.max(0, speakerKeys.length - 60));
      events.push({
        id,
        name,
        year,
        location: `${city}, ${pick(r, COUNTRIES)}`,
        start: date(0),
        end: date(1),
        url: `https://${slug(base)}.example.org/${year}`,
        talks: makeTalks(r, id, speakerKeys.slice(from, from + 60)),
      });
    }
  }
  const authors: string[] = [];
  const taken = new Set([...speakers.values()].map((s) => slug(s.name)));
  while (authors.length < Math.max(10, Math.ceil(posts / 8))) {
    const name = personName(r);
    if (!taken.has(slug(name))) {
      taken.add(slug(name));
      authors.push(name);
    }
  }
  return { events, speakers, authors };
}

export { capitalize, slug };
