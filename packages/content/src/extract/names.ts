import { isSpaceCode } from './char-codes.ts';
import { Remembered } from './remembered.ts';
import { isRole } from './text-tools.ts';

// Person names are recognised by shape in the places where recaps put speakers (after "by",
// before "talked about", on the line under a title), not by a dictionary: a lexicon-based
// tagger (compromise) was measured at about 2 ms a sentence here, a hundred times the budget
// of a whole post, and still missed names such as "Tycho Andersen".

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'bint',
  'ibn',
  'al',
  'ter',
  'ten',
  'dos',
  'das',
  'y',
]);

// Capitalised words that open or sit in phrases that look like names but are not people.
const NOT_NAME_WORDS = new Set(
  `the a an this that these those it its he she they we you i my our their his her him them me us
  there here then when what which who why how where if and or but so also just only very really
  later afterwards afterward finally next meanwhile lastly firstly secondly thirdly however now
  first second third fourth fifth
  again earlier instead luckily sadly unfortunately fortunately honestly overall anyway besides
  moreover similarly likewise surprisingly interestingly personally eventually subsequently
  additionally furthermore easily clearly obviously surely definitely certainly probably basically
  notably naturally hopefully frankly ultimately apparently actually especially particularly
  arguably undoubtedly admittedly curiously thankfully
  day days week today tomorrow yesterday morning afternoon evening night keynote keynotes talk talks
  session sessions workshop workshops panel tutorial tutorials lightning track tracks room stage
  conference summit meetup party lunch breakfast dinner coffee break opening closing general
  welcome intro introduction part chapter slides slide video videos demo demos update news blog
  post posts article summary conclusion conclusions overview highlights takeaways notes
  monday tuesday wednesday thursday friday saturday sunday
  team labs lab inc ltd llc gmbh corp corporation company co group foundation university college
  institute press systems software technologies technology solutions studio studios cloud project
  docker go python java javascript typescript rust kubernetes linux windows google microsoft amazon
  aws azure apple facebook meta twitter github gitlab netflix oracle ibm intel red hat
  about after before during with without from by for of on in at to into over under between
  edition europe eu us usa uk london berlin paris new york san francisco
  everyone everybody nobody someone somebody anyone anybody people folks speakers attendees
  governance engineering platform security zero trust learning machine web components
  edge rendering testing observability infrastructure architecture microservices serverless
  frontend backend mobile database databases networking community culture leadership
  management product reliability monitoring logging tracing incident incidents ml
  generative quantum playbooks performance scaling devops devsecops sre api apis design
  patterns practices lessons learned future state modern hard parts beyond year years cost
  control theme themes through across within toward towards against versus village hall
  theater theatre auditorium arena centre center booth lounge ballroom building
  developer developers advocate advocates engineer engineers manager director designer designers
  architect architects researcher researchers scientist evangelist founder cofounder co-founder
  principal senior staff president chief officer consultant maintainer maintainers analyst
  specialist strategist organizer organiser organizers organisers`
    .split(/\s+/)
    .filter(Boolean),
);

const ORG_SUFFIX = new Set([
  'labs',
  'lab',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'gmbh',
  'corp',
  'corp.',
  'corporation',
  'company',
  'group',
  'foundation',
  'university',
  'press',
  'systems',
  'technologies',
  'team',
  'studios',
  'software',
  'solutions',
  'consulting',
  'institute',
  'ag',
  'sa',
  'bv',
  'oy',
  'ab',
]);

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'his', 'her', 'their']);

/**
 * One capitalised name word: letters with inner capitals, hyphens and apostrophes. A letter may
 * carry combining accents: text written decomposed (as macOS names files, and as some editors
 * save) spells "José" as "Jose" and a combining acute.
 */
const NAME_WORD =
  /^(?:\p{Lu}\p{M}*[\p{Ll}\p{Lu}\p{M}'’]*(?:-\p{Lu}?\p{M}*[\p{Ll}\p{M}'’]+)*|\p{Lu}\.(?:\p{Lu}\.)*|(?:al|el|ad|ibn|bin|abu|d|l)[-'’]\p{Lu}\p{M}*[\p{Ll}\p{M}'’]+(?:-\p{Lu}\p{M}*[\p{Ll}\p{M}'’]+)*)$/u;
// "Robert Hayes III", "Robert Hayes Jr.": a generation after a surname.
const GENERATION = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;

/** Two capitals or more and nothing else ("AWS", "ÉTÉ" however its accents are written). */
const ALL_CAPS = /^(?:\p{Lu}\p{M}*){2,}$/u;

/** Two capitals, then small letters: an event or a brand ("PGDay", "JSConf"), not a name. */
const CAPITALS_THEN_SMALL = /^(?:\p{Lu}\p{M}*){2,}\p{Ll}/u;

export function isNameWord(word: string): boolean {
  return (
    word.length <= 30 &&
    ((NAME_WORD.test(word) && !ALL_CAPS.test(word) && !CAPITALS_THEN_SMALL.test(word)) ||
      GENERATION.test(word))
  );
}

/**
 * A company's or a place's name, as a pattern's source: up to four capitalised words ("Red
 * Hat", "Søfartsbanken", "AT&T").
 */
export const ORG_WORDS = String.raw`\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}`;

/** Whether a word is one of the common words that look like a name's when capitalised ("From", "Then"). */
export function isCommonWord(word: string): boolean {
  return NOT_NAME_WORDS.has(word.toLowerCase());
}

export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}

/** True when the words look like an organisation ("Ardan Labs", "Oxford University Press"). */
export function looksLikeOrg(text: string): boolean {
  return orgWords(text.trim().split(/\s+/), text);
}

function orgWords(words: readonly string[], text: string): boolean {
  for (const w of words) if (flagsOf(w) & ORG_WORD) return true;
  return ALL_CAPS.test(text.trim());
}

/** A word that may stand in a name as it is: `isNameWord`, and not a common non-name word. */
const NAME_OK = 1;
/** A word that ends an organisation's name ("Labs", "Inc."). */
const ORG_WORD = 2;
const wordFlags = new Remembered<number>(50_000);

/**
 * What a word can be in a name, worked out once per word: names are tried at every capital
 * of a post, and the same few hundred words come back again and again.
 */
function flagsOf(word: string): number {
  return wordFlags.answer(word, flagsOnce);
}

function flagsOnce(word: string): number {
  const lower = word.toLowerCase();
  return (
    (isNameWord(word) && !NOT_NAME_WORDS.has(lower.replace(/[.'’]+$/, '')) ? NAME_OK : 0) |
    (ORG_SUFFIX.has(lower.replace(/[.,;:]+$/, '')) ? ORG_WORD : 0)
  );
}

// Words of places that are also surnames ("Lena Hall"): a surname after a first name, but a
// place after a word that names a kind of place ("Main Hall", "Expo Hall").
const PLACE_SURNAMES = new Set(['hall']);
const PLACE_KINDS = new Set(
  `main expo exhibition exhibit great town city concert music sports lecture conference
  assembly dining grand west east north south central festival congress event convention
  entrance community memorial royal albert carnegie union church guild market food`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether `words[i]`, the last of the first `count` words, is a place's word that stands as a
 * surname after a first name.
 */
function surnameOfPlace(words: readonly string[], i: number, count = words.length): boolean {
  if (i === 0 || i !== count - 1 || !PLACE_SURNAMES.has(words[i]!.toLowerCase())) return false;
  const before = words[i - 1]!;
  return (flagsOf(before) & NAME_OK) !== 0 && !PLACE_KINDS.has(before.toLowerCase());
}

export interface NameShapeOptions {
  /** Accept a lone first name ("Sasha"), for places where the pattern itself is strong. */
  readonly single?: boolean;
}

/**
 * Whether `text` has the shape of a person's name: two to four capitalised words (particles
 * such as "van" or "de" allowed inside), or one when `single` is set, none of them a common
 * capitalised non-name word.
 * @example isPersonName('Nathan McCauley') // true
 * @example isPersonName('Docker Trusted Registry') // false
 */
export function isPersonName(text: string, options: NameShapeOptions = {}): boolean {
  const words = text.trim().split(/\s+/);
  // Four words, or five with particles among them ("María José de la Cruz").
  if (words.length === 0 || words.length > 5 || text.length > 60) return false;
  if (words.length === 1 && !options.single) return false;
  let capitals = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (PARTICLES.has(w) && i > 0 && i < words.length - 1) continue;
    if (!(flagsOf(w) & NAME_OK) && !surnameOfPlace(words, i)) return false;
    capitals++;
  }
  if (capitals > 4 || orgWords(words, text)) return false;
  return capitals >= Math.min(words.length, options.single ? 1 : 2);
}

export interface NameFound {
  readonly name: string;
  /** Offsets of the name in the text that was scanned. */
  readonly start: number;
  readonly end: number;
  readonly affiliation?: string;
  readonly role?: string;
}

export interface NameListResult {
  readonly names: NameFound[];
  /** Offset just past what was consumed (names, affiliations, separators). */
  readonly end: number;
  /** An organisation given where a person would stand ("by Ardan Labs"). */
  readonly org?: string;
}

// "A + B" as a terse list joins two names.
const SEPARATOR =
  /^(?:\s*,\s*and\s+|\s*,\s*&\s*|\s+and\s+|\s*&\s*|\s*,\s*|\s*\/\s*|\s+\+\s+|\s+with\s+)/;
// A name does not go on past a line break: "... and Kemal Yavuz\nThree opinions".
const WORD_RUN = /^[\p{L}][\p{L}\p{M}'’.-]*(?:[^\S\n]+[\p{L}][\p{L}\p{M}'’.-]*)*/u;

const STARTS_UPPER = /^\p{Lu}/u;

/** Whether a text starts with a capital letter, as every name word does. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : STARTS_UPPER.test(s);
}

/**
 * Where the first word of `WORD_RUN` ends in `s` (letters, marks, apostrophes, dots and
 * hyphens), read from ASCII and ’ only: -1 when another character outside ASCII comes first.
 */
function firstWordEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      if (c === 0x2019) continue;
      return -1;
    }
    const lower = c | 0x20;
    if ((lower >= 97 && lower <= 122) || c === 0x27 || c === 0x2e || c === 0x2d) continue;
    return i;
  }
  return s.length;
}

/** The longest prefix of `s` (at most four words) that has the shape of a name. */
function leadingName(s: string, single: boolean): string | undefined {
  // Patterns try names at many places that start with no capital: no name word does. Nor
  // does a name start with its generation ("III Corps").
  if (!startsUpper(s) || /^(?:II|III|IV|Jr|Sr)\b/.test(s)) return undefined;
  // Every candidate starts with the first word, unchanged unless it ends with a dot: a first
  // word that cannot stand in a name ("The", "This") rules them all out.
  const k = firstWordEnd(s);
  if (k > 31) return undefined;
  const firstFlags = k > 0 && s.charCodeAt(k - 1) !== 0x2e ? flagsOf(s.slice(0, k)) : -1;
  if (firstFlags !== -1 && !(firstFlags & NAME_OK)) return undefined;
  const words = runWords(s) ?? WORD_RUN.exec(s.slice(0, 120))?.[0].split(/\s+/).slice(0, 5);
  if (!words) return undefined;
  // Each word is looked up once however many candidates it stands in, the first word not again
  // when it is the one just looked up (both start the text: the same length, the same word).
  const flags = [-1, -1, -1, -1, -1];
  if (firstFlags !== -1 && words[0]!.length === k) flags[0] = firstFlags;
  const flagsAt = (i: number) => {
    if (flags[i] === -1) flags[i] = flagsOf(words[i]!);
    return flags[i]!;
  };
  const ok = (i: number) => (flagsAt(i) & NAME_OK) !== 0;
  for (let n = words.length; n >= 1; n--) {
    // Every word but the last stands unchanged in the candidate, and so does the last when it
    // has no final dot: a word that fails rules out the candidate before it is built.
    let possible = n === 1 || ok(0);
    for (let i = 1; possible && i < n - 1; i++) possible = ok(i) || PARTICLES.has(words[i]!);
    if (!possible || !(words[n - 1]!.endsWith('.') || ok(n - 1) || surnameOfPlace(words, n - 1, n)))
      continue;
    if (!words[n - 1]!.endsWith('.')) {
      // What `isPersonName` would answer, from the words already read and checked.
      const name = nameOfWords(words, n, single, flagsAt);
      if (name) return name;
      continue;
    }
    const candidate = words
      .slice(0, n)
      .join(' ')
      .replace(/[.]$/, (m) =>
        /\b(?:\p{Lu}|Jr|Sr)\.$/u.test(words.slice(0, n).join(' ')) ? m : '',
      );
    if (isPersonName(candidate, { single })) return candidate;
  }
  return undefined;
}

/**
 * `isPersonName` of the first `n` words joined, when each word but the particles inside
 * passes `NAME_OK`: the candidate, or undefined. `flagsAt` gives the flags of the word at an
 * index, already looked up for each of these words.
 */
function nameOfWords(
  words: readonly string[],
  n: number,
  single: boolean,
  flagsAt: (i: number) => number,
): string | undefined {
  if (n === 1 && !single) return undefined;
  let length = n - 1;
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    length += words[i]!.length;
    if (!(PARTICLES.has(words[i]!) && i > 0 && i < n - 1)) capitals++;
  }
  if (length > 60 || capitals > 4 || capitals < Math.min(n, single ? 1 : 2)) return undefined;
  const candidate = (n === words.length ? words : words.slice(0, n)).join(' ');
  // `orgWords` of these words, from the flags already read.
  for (let i = 0; i < n; i++) if (flagsAt(i) & ORG_WORD) return undefined;
  return ALL_CAPS.test(candidate.trim()) ? undefined : candidate;
}

/**
 * The first five words of `WORD_RUN` in the first 120 characters of `s`, which starts with a
 * letter, read from ASCII and ’ only: undefined when another character comes first.
 */
function runWords(s: string): string[] | undefined {
  const limit = Math.min(s.length, 120);
  const words: string[] = [];
  for (let i = 0; ; ) {
    let j = i;
    for (; j < limit; j++) {
      const c = s.charCodeAt(j);
      if (c >= 0x80) {
        if (c === 0x2019) continue;
        return undefined;
      }
      const lower = c | 0x20;
      if (!((lower >= 97 && lower <= 122) || c === 0x27 || c === 0x2e || c === 0x2d)) break;
    }
    words.push(s.slice(i, j));
    if (words.length === 5) return words;
    // Spaces and then a letter go on with the run.
    let k = j;
    for (; k < limit; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0x80) return undefined;
      if (c === 0x0a) return words;
      if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d))) break;
    }
    if (k === j || k >= limit) return words;
    const lower = s.charCodeAt(k) | 0x20;
    if (!(lower >= 97 && lower <= 122)) return words;
    i = k;
  }
}

/**
 * Reads a list of people from the start of `text`: "X", "X and Y", "X, Y & Z", each optionally
 * followed by "(Org)" or ", Role of Org" or ", Org". Stops at the first thing that is not part
 * of such a list.
 * @example readNameList('Rolf Neugebauer & Justin Cormack').names.map((n) => n.name) // ['Rolf Neugebauer', 'Justin Cormack']
 */
export function readNameList(text: string, options: NameShapeOptions = {}): NameListResult {
  return readList(text, options.single ?? false, true);
}

/**
 * `readNameList` without looking for an organisation where no person stands: most patterns
 * try names at every capital before a verb and need only the people.
 * @example readNames('The team talked').names // []
 */
export function readNames(text: string, options: NameShapeOptions = {}): NameListResult {
  return readList(text, options.single ?? false, false);
}

const NATIVE_FIRST =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s·・]{0,15}\s*\(\s*(?=\p{Lu})/u;

/**
 * Whether the words in brackets after a name are a remark, not a company: "(the cats were
 * real)", "(a bit rushed, he ran out of time)", a language code "(EN)".
 */
function remark(inner: string): boolean {
  return (
    !/\p{Lu}/u.test(inner) ||
    /\b(?:I|I'm|he|she|they|we|my|his|her|their|sorry)\b/.test(inner) ||
    // "(*The State of CSS*, as every year)": words of the writer's after a comma.
    /,\s*\p{Ll}/u.test(inner) ||
    /^(?:EN|JA|FR|DE|ES|ZH|PT|IT|KO|RU|NL|PL|SV)$/.test(inner)
  );
}

const NICKNAME_FIRST = /^\p{Lu}[\p{L}\p{M}'’-]*\s*\(\s*(?=\p{Lu})/u;

/** "Matz (" before "Yukihiro Matsumoto)": a lone name and a bracket holding a full name. */
function nicknameFirst(text: string): RegExpExecArray | null {
  const m = NICKNAME_FIRST.exec(text);
  if (!m) return null;
  const full = leadingName(text.slice(m[0].length), false);
  return full && /^\s*\)/.test(text.slice(m[0].length + full.length)) ? m : null;
}

const HANDLE_FIRST = /^@[A-Za-z0-9_]{1,15}\s*\(\s*(?=\p{Lu})/u;
// A first name, then a nickname in quotes or brackets, then the rest of the name.
const NICKNAME = /^(\p{Lu}[\p{L}\p{M}'’-]+)\s+["“‘(]\p{Lu}[\p{L}\p{M}'’.-]*["”’)]\s+(?=\p{Lu})/u;
// "Dr. Ann Lee", "Prof Bo Chen": a title before the name is not part of it.
const HONORIFIC_WORDS = 'Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame';
// "Prof. Dr. Klaus-Dieter Reinholz": titles may stack, as German writes them.
const HONORIFIC = new RegExp(`^(?:(?:${HONORIFIC_WORDS})\\.?\\s+){1,3}(?=\\p{Lu})`, 'u');
const HONORIFIC_AT_END = new RegExp(`\\b(?:(?:${HONORIFIC_WORDS})\\.?\\s*){1,3}$`);

/**
 * `text` without the honorific it ends with, which opens the name after it: the words before
 * "Prof. Ann Lee" are "keynote: ", not "keynote: Prof. ".
 * @example withoutHonorificAtEnd('Closing keynote: Prof. ') // 'Closing keynote: '
 */
export function withoutHonorificAtEnd(text: string): string {
  const m = HONORIFIC_AT_END.exec(text);
  return m ? text.slice(0, m.index) : text;
}
/**
 * The length of the honorific that opens a name at `at` in `text` ("Dr. ", "Prof "), or 0: it
 * is not part of the name.
 * @example honorificLength('Dr. Ann Lee') // 4
 */
export function honorificLength(text: string, at = 0): number {
  const lead = text.charCodeAt(at);
  // Honorifics start with D, M, P or S: most names start otherwise, and skip the search.
  if (lead !== 0x44 && lead !== 0x4d && lead !== 0x50 && lead !== 0x53) return 0;
  return HONORIFIC.exec(text.slice(at, at + 30))?.[0].length ?? 0;
}

const DESCRIBER = /^(?:the|his|her|their)\s/;
const DESCRIBED_BEFORE = /^(?:the|his|her|their)\s+(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu})/u;
// An organisation's possessive before a name: "JetBrains' ", "Google's ".
const POSSESSOR = /^(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,2})(?:['’]s?)\s+(?=\p{Lu})/u;
// ", PhD" or ", Jr." after a name is no organisation.
const NOT_AN_AFFILIATION = /^(?:Ph\.?\s?D\.?|M\.?D\.?|MSc|MBA|BSc|Jr\.?|Sr\.?|II|III|IV)$/;
const EMPLOYER_AFTER_ROLE =
  /^\s*,\s*(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})(?=\s*(?:[.;:\n)·|]|$))/u;
// Marks that open or close a quotation, where a title would stand; not an apostrophe.
const QUOTES = /["“”„«»]/;

function readList(text: string, single: boolean, withOrg: boolean): NameListResult {
  const names: NameFound[] = [];
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  let end = i;
  let org: string | undefined;
  for (let guard = 0; guard < 12; guard++) {
    i += honorificLength(text, i);
    // "the language designer Sergei Ivashchenko", "her former colleague Lucas Ferreira": a
    // few lower-case words of what they are, then a full name ("my colleague" is the
    // writer's company, not a speaker's).
    const first = text.charCodeAt(i);
    const what =
      (first === 0x74 || first === 0x68) && DESCRIBER.test(text.slice(i, i + 6))
        ? DESCRIBED_BEFORE.exec(text.slice(i, i + 60))
        : null;
    // Without `single`, a name read is two words or more and has a person's shape.
    if (what && leadingName(text.slice(i + what[0].length), false)) i += what[0].length;
    // "JetBrains' Ana Ferreira", "Google's Vikram Sethi": where they work, then a full name.
    let employer: string | undefined;
    // Asked only when an apostrophe comes soon after: most names have none.
    const apostrophe = text.slice(i, i + 40).search(/['’]/);
    const owner =
      apostrophe > 0 && startsUpper(text.slice(i, i + 1))
        ? POSSESSOR.exec(text.slice(i, i + 60))
        : null;
    if (owner && leadingName(text.slice(i + owner[0].length), false)) {
      employer = owner[1];
      i += owner[0].length;
    }
    // "笹田 耕一 (Koichi Sasada)": the name in its own script first, then in Latin letters.
    const native = text.charCodeAt(i) >= 0x2e80 ? NATIVE_FIRST.exec(text.slice(i, i + 40)) : null;
    if (native) i += native[0].length;
    // "@sarah_k (Sarah Klein)": the handle first, the name in brackets.
    // Or a nickname first, "Matz (Yukihiro Matsumoto)", when the brackets hold a full name.
    const bracket = text.indexOf('(', i);
    const handleFirst =
      text.charCodeAt(i) === 0x40
        ? HANDLE_FIRST.exec(text.slice(i, i + 40))
        : bracket > i && bracket - i < 32
          ? nicknameFirst(text.slice(i, i + 80))
          : null;
    if (handleFirst) i += handleFirst[0].length;
    const rest = text.slice(i);
    // "Oluwaseun "Shay" Bakare": the nickname between the names is left out of the name.
    // Asked only when a quote or bracket follows the first word.
    const space = rest.indexOf(' ');
    const after = space > 0 ? rest.charCodeAt(space + 1) : 0;
    const nick =
      after === 0x22 || after === 0x201c || after === 0x2018 || after === 0x28
        ? NICKNAME.exec(rest)
        : null;
    const surname = nick ? leadingName(rest.slice(nick[0].length), true) : undefined;
    const whole = surname && nick ? `${nick[1]} ${surname}` : undefined;
    const name = whole && isPersonName(whole) ? whole : leadingName(rest, single);
    const length =
      name === whole && nick && surname ? nick[0].length + surname.length : name?.length;
    if (!name || length === undefined) {
      if (withOrg && names.length === 0 && startsUpper(rest)) {
        const o = /^([\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,3})/u.exec(rest);
        if (o && looksLikeOrg(o[1]!)) org = o[1]!.replace(/[.,;:]+$/, '');
      }
      break;
    }
    let j = i + length;
    if (handleFirst || native) {
      const close = /^\s*\)/.exec(text.slice(j));
      if (!close) break;
      j += close[0].length;
    }
    let affiliation: string | undefined = employer;
    let role: string | undefined;
    const paren = /^\s*\(([^()\n]{1,60})\)/.exec(text.slice(j));
    if (paren) {
      const inner = paren[1]!.trim();
      if (!/^@|https?:/.test(inner) && !/\b(slides|video|talk)\b/i.test(inner) && !remark(inner))
        affiliation = inner;
      j += paren[0].length;
    }
    // Up to a meta line's separator too: "Ann Lee, VP at Borealis · 45 min".
    const comma = /^\s*,\s*([^,;:\n()·|•]{1,80}?)(?=\s*(?:[.;:\n)·|•]|\s\(|,|$))/.exec(
      text.slice(j),
    );
    if (comma && !affiliation) {
      const after = comma[1]!.trim();
      const roleOf = /^(.{2,50})\s+(?:of|at|@)\s+(.{2,60})$/.exec(after);
      // A quoted title after the name ("X, "Ten Years of Flutter"") is no job at a place.
      if (roleOf && /^\p{Lu}/u.test(roleOf[2]!) && !QUOTES.test(after)) {
        role = roleOf[1];
        affiliation = roleOf[2]!.replace(/\s*\([^)]*\)\s*$/, '');
        j += comma[0].length;
      } else if (NOT_AN_AFFILIATION.test(after)) {
        // A degree or a generation belongs to the name before it: passed over.
        j += comma[0].length;
      } else if (isRole(after)) {
        // "Helena Marquardt, Principal Engineer, Fernhill Logistics": the job, then where.
        role = after;
        j += comma[0].length;
        const org = EMPLOYER_AFTER_ROLE.exec(text.slice(j));
        if (org) {
          affiliation = org[1];
          j += org[0].length;
        }
      } else if (
        !leadingName(after, false) &&
        /^\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}$/u.test(after)
      ) {
        affiliation = after;
        j += comma[0].length;
      }
    }
    names.push({ name, start: i, end: i + length, affiliation, role });
    end = j;
    const sep = SEPARATOR.exec(text.slice(j));
    if (!sep) break;
    i = j + sep[0].length;
  }
  return { names, end, org };
}
