/**
 * A generated reader's archive for the history benchmark: plausible articles where people and
 * events recur as they do in the news (a few are in many articles, most in a few), plus the
 * known-but-unread links pages point to. Seeded, so every run measures the same archive.
 */
import type { ArchivedArticle, ArchivedPerson } from '../lib/history/types';
import { personIdentity } from '../lib/history/identity';
import { EXCERPT_CHARS } from '../lib/history/types';
import type { ArticleAnalysis, Person } from '../lib/types';

/** mulberry32: small, fast, and the same sequence for the same seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = (
  'Sergei Vladimir Angela Emmanuel Olaf Xi Narendra Joe Kamala Rishi Keir Ursula Antony Jens Mark Ana Pedro Giorgia ' +
  'Recep Benjamin Volodymyr Dmitry Maria Yuri Alexei Elena Tatiana Nikolai Boris Liz Theresa David Hillary John ' +
  'Barack Donald Nancy Chuck Mitch Jacinda Justin Scott Anthony Fumio Shinzo Moon Yoon Lula Javier Gustavo Claudia ' +
  'Andres Cyril Abiy Paul William Ngozi Kristalina Christine Janet Jerome Mario Charles Rex Mike Ruth Samuel ' +
  'Isabel Omar Leila Tomasz Katarina Henrik Ingrid Lars Sanna Mette Kaja Edgars Gitanas Alar Zuzana Peter'
).split(' ');
const SURNAMES = (
  'Lavrov Putin Merkel Macron Scholz Jinping Modi Biden Harris Sunak Starmer Leyen Blinken Stoltenberg Rutte Costa ' +
  'Sanchez Meloni Erdogan Netanyahu Zelensky Peskov Zakharova Ushakov Navalny Nabiullina Golikova Patrushev Johnson ' +
  'Truss May Cameron Clinton Kerry Obama Trump Pelosi Schumer McConnell Ardern Trudeau Morrison Albanese Kishida Abe ' +
  'Jae-in Suk-yeol Silva Milei Petro Sheinbaum Lopez Ramaphosa Ahmed Kagame Ruto Okonjo Georgieva Lagarde Yellen Powell ' +
  'Draghi Michel Tillerson Pompeo Adler Miller Garbuzov Donilon Gottemoeller Pushkov Kovalenko Novak Horvath Berg ' +
  'Lindqvist Nilsson Marin Frederiksen Kallas Rinkevics Nauseda Karis Caputova Pellegrini Fischer Weber Rossi Bianchi ' +
  'Moreau Laurent Dubois Schmidt Wagner Kowalski Nowak Popescu Ivanov Petrov Sokolov Volkov Morozov Smirnov Kuznetsov'
).split(' ');
const OFFICIAL_ROLES = [
  'Foreign Minister', 'Prime Minister', 'President', 'Defense Minister', 'Finance Minister', 'Secretary of State',
  'Senator', 'Governor', 'Mayor', 'ambassador to the United Nations', 'Kremlin spokesman', 'Interior Minister',
  'central bank governor', 'Speaker of the House', 'opposition leader', 'NATO Secretary General', 'EU foreign policy chief',
  'deputy prime minister', 'national security adviser', 'chief of the general staff', 'party leader', 'Attorney General',
];
const OTHER_ROLES = [
  'chief executive', 'analyst at the Carnegie Center', 'professor of economics', 'human rights lawyer', 'novelist',
  'striker', 'coach', 'film director', 'founder of the company', 'union leader', 'economist', 'activist',
  'chief economist at a bank', 'editor', 'investor', 'researcher at the institute', 'historian', 'surgeon',
];
const PLACES = [
  'G20', 'G7', 'G8', 'Brussels', 'Geneva', 'Munich', 'Davos', 'Helsinki', 'Minsk', 'Syria', 'Iran', 'Ukraine', 'Gaza',
  'Korea', 'Paris', 'Glasgow', 'Vienna', 'Camp David', 'Singapore', 'Hanoi', 'Doha', 'Riyadh', 'Istanbul', 'Astana',
  'Kyoto', 'Bali', 'Madrid', 'Vilnius', 'Bucharest', 'Warsaw', 'Lisbon', 'Nice', 'Oslo', 'Dayton', 'Sochi', 'Minsk II',
];
const HEADS = ['summit', 'meeting', 'talks', 'ceasefire', 'nuclear deal', 'crisis', 'elections', 'agreement', 'conference', 'protests', 'treaty', 'sanctions'];
const SITES = [
  'themoscowtimes.com', 'bbc.co.uk', 'theguardian.com', 'nytimes.com', 'telegraph.co.uk', 'lemonde.fr', 'reuters.com',
  'apnews.com', 'politico.eu', 'ft.com', 'aljazeera.com', 'dw.com',
];
const VERBS = ['warns', 'meets', 'rejects', 'backs', 'calls for', 'criticises', 'signs', 'defends', 'questions', 'praises', 'holds talks on', 'responds to'];
const WORDS = (
  'government officials said on Monday that the talks would continue despite pressure from allies and critics who ' +
  'argued the plan was rushed while markets reacted calmly to the news and diplomats expected further meetings ' +
  'before the deadline next month amid concerns over security energy prices trade and the budget'
).split(' ');

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 10 * 365;

interface PoolPerson {
  name: string;
  surname: string;
  identity: string;
  official: boolean;
  /** The roles held, in order over the ten years. */
  roles: string[];
}

interface PoolEvent {
  name: string;
}

export interface GeneratedArchive {
  /** The read articles, then the unread links, in batches as the store imports them. */
  batches(size: number): Generator<ArchivedArticle[]>;
  /** Analyses of articles the archive does not hold yet: `people` people each, some of the most covered among them. */
  queries(count: number, people: number): Array<{ analysis: ArticleAnalysis; paragraphs: string[] }>;
}

export function generateArchive(articles: number, seed = 4): GeneratedArchive {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  /** Popular first: an index skewed to the start, as coverage is (u³: the top 1% get a fifth of the picks). */
  const popular = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 3)]!;

  const people: PoolPerson[] = [];
  const identities = new Set<string>();
  while (people.length < 4000) {
    const [first, surname] = [pick(FIRST_NAMES), pick(SURNAMES)];
    const identity = personIdentity({ name: `${first} ${surname}` });
    if (identity === null || identities.has(identity)) continue;
    identities.add(identity);
    const official = random() < 0.45;
    const roles = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(official ? OFFICIAL_ROLES : OTHER_ROLES));
    people.push({ name: `${first} ${surname}`, surname, identity, official, roles });
  }
  const events: PoolEvent[] = PLACES.flatMap((place) => HEADS.map((head) => ({ name: `${place} ${head}` })));
  events.sort(() => random() - 0.5);

  const dayOf = (offset: number) => new Date(FIRST_DAY + offset * DAY_MS).toISOString().slice(0, 10);
  const text = (length: number) => Array.from({ length }, () => pick(WORDS)).join(' ');
  const roleAt = (person: PoolPerson, day: number) => person.roles[Math.min(person.roles.length - 1, Math.floor((day / DAYS) * person.roles.length))]!;
  const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

  /** One article's content; the same `id` gives the same article. */
  function article(id: number) {
    const day = Math.floor(random() * DAYS);
    const site = pick(SITES);
    const count = Math.min(15, 1 + Math.floor(random() * 6) + Math.floor(random() * 6));
    const named = [...new Set(Array.from({ length: count }, () => popular(people)))];
    const stories = random() < 0.6 ? [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => popular(events)))] : [];
    const lead = named[0]!;
    const title = `${lead.surname} ${pick(VERBS)} ${stories[0]?.name ?? text(3)}`;
    const date = dayOf(day);
    const url = `https://www.${site}/${date.replaceAll('-', '/')}/${slug(title)}-${id}`;
    const excerpt = `${lead.name}, the ${roleAt(lead, day)}, ${text(40)}`.slice(0, EXCERPT_CHARS);
    return { day, site, named, stories, title, date, url, excerpt };
  }

  const unreadUrl = (id: number) => `https://www.${SITES[id % SITES.length]}/${dayOf(id % DAYS).replaceAll('-', '/')}/more-on-the-story-u${id}`;

  function* batches(size: number): Generator<ArchivedArticle[]> {
    const unread = new Set<number>();
    let batch: ArchivedArticle[] = [];
    const emit = function* (record: ArchivedArticle) {
      batch.push(record);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    };
    const readUrls: string[] = [];
    for (let id = 0; id < articles; id++) {
      const { day, site, named, stories, title, date, url, excerpt } = article(id);
      readUrls.push(url);
      const firstSeen = new Date(FIRST_DAY + day * DAY_MS + random() * 3 * DAY_MS).toISOString();
      // Half the page's links lead to articles the reader read too, half to ones never opened.
      const relatedUrls = new Set<string>();
      for (let link = Math.floor(random() * 9); link > 0; link--) {
        const linkId = Math.floor(random() * articles);
        if (random() < 0.5 && linkId < id) relatedUrls.add(readUrls[linkId]!);
        else {
          relatedUrls.add(unreadUrl(linkId));
          unread.add(linkId);
        }
      }
      yield* emit({
        url,
        title,
        site,
        published: random() < 0.9 ? date : null,
        firstSeen,
        lastSeen: firstSeen,
        authors: [pick(people).name],
        people: named.map((person): ArchivedPerson => ({
          identity: person.identity,
          name: person.name,
          aliases: [person.surname],
          role: random() < 0.8 ? roleAt(person, day) : null,
          official: person.official,
        })),
        events: stories.map((event) => ({ name: event.name, date: random() < 0.5 ? date : null, end: null, place: null })),
        relatedUrls: [...relatedUrls],
        excerpt,
        read: true,
      });
    }
    for (const id of unread) {
      const seen = new Date(FIRST_DAY + (id % DAYS) * DAY_MS).toISOString();
      const record: ArchivedArticle = {
        url: unreadUrl(id), title: 'More on the story', site: SITES[id % SITES.length]!, published: null, firstSeen: seen, lastSeen: seen,
        authors: [], people: [], events: [], relatedUrls: [], excerpt: '', read: false,
      };
      yield* emit(record);
    }
    if (batch.length > 0) yield batch;
  }

  function queries(count: number, size: number) {
    return Array.from({ length: count }, (_, index) => {
      const { day, site, stories, title, date, url, excerpt } = article(articles + index);
      // A big story: a third of its people among the fifty most covered, the rest as usual.
      const named = new Set<PoolPerson>();
      while (named.size < Math.ceil(size / 3)) named.add(people[Math.floor(random() * 50)]!);
      while (named.size < size) named.add(popular(people));
      const analysis: ArticleAnalysis = {
        isArticle: true,
        url,
        canonicalUrl: url,
        title,
        siteName: site,
        authors: [],
        published: date,
        language: 'en',
        people: [...named].map((person, rank): Person => {
          const role = roleAt(person, day);
          return { name: person.name, key: person.identity, role, roles: [role], aliases: [person.surname], mentions: size - rank, official: person.official, evidence: [] };
        }),
        events: stories.map((event) => ({ name: event.name, aliases: [], date: null, end: null, place: null, evidence: '' })),
        related: Array.from({ length: 6 }, (_, link) => ({ title: `Related ${link}`, url: unreadUrl(Math.floor(random() * articles)) })),
        articleLinks: [],
      };
      return { analysis, paragraphs: [excerpt] };
    });
  }

  return { batches, queries };
}
