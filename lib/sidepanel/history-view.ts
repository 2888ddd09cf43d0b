/**
 * What the side panel shows of the reader's history for the article in the tab: each person's
 * earlier articles with the role they had in each (a role history), the later ones apart, the
 * articles that may name them otherwise (for the reader to say whether they do), the related
 * articles ranked with why, and what became of recording this article. No browser API here.
 */
import type { CoverageEntry, PersonCoverage, PossibleMatch, RelatedArticle } from '../history/types';
import type { HistoryRequest, RecordingOutcome, TabHistory } from '../messaging/protocol';
import { formatPartialDate } from './dates';
import { isWebLink, type ArticleView, type PersonView } from './view-model';

export type HistoryLookup = { ok: true; history: TabHistory | null } | { ok: false; error: string };

/**
 * What the reader's "Not the same person" on an entry asks the archive to keep. Where the entry
 * names the person by another identity the reader joined to theirs, the two identities are apart.
 * Under the person's own name, the two articles are (two people of one name): an identity
 * correction there would say the name is always different people.
 */
export type NotSamePersonRequest = Extract<HistoryRequest, { type: 'correctIdentity' | 'splitArticles' }>;

/** An archived article about a person, its date as the reader reads it ("2 May 2013"). */
export interface CoverageItemView extends CoverageEntry {
  /** What "Not the same person" sends; null when nothing can be kept (this article is not in the archive). */
  notSame: NotSamePersonRequest | null;
}

/** An archived article that may name the person otherwise ("Sergey Lavrov"), its date as the reader reads it. */
export type PossibleMatchView = PossibleMatch;

export interface PersonCoverageView {
  key: string;
  name: string;
  identity: string;
  /** "Foreign Minister (2013) → Prime Minister (this article)", or null for fewer than two roles. */
  roleHistory: string | null;
  /** Newest first. */
  earlier: CoverageItemView[];
  /** Published after this article, newest first. */
  since: CoverageItemView[];
  /** Articles that may name this person otherwise, newest first: the reader says whether they do. */
  possible: PossibleMatchView[];
}

/** A related article, its date as the reader reads it and its why a sentence ("Also mentions Lavrov."). */
export type RelatedArticleView = Omit<RelatedArticle, 'score'>;

export type HistoryView =
  | { kind: 'unavailable'; message: string }
  | {
      kind: 'ready';
      /** The people with coverage, in the order of the panel's people. */
      people: PersonCoverageView[];
      /** Best first. */
      related: RelatedArticleView[];
      /** Why this article is not in the history, or null when it is (or nothing is known). */
      recording: string | null;
    };

/** A day ("2013-05-02") or the moment first seen ("2013-05-02T10:00:00Z"), as the reader reads dates. */
export function formatArchiveDate(date: string): string {
  return formatPartialDate(/^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date);
}

const isWebAddress = (url: string) => isWebLink({ title: '', url });

function notSameRequest(entry: CoverageEntry, identity: string, keptUrl: string | null): NotSamePersonRequest | null {
  if (entry.identity !== identity) return { type: 'correctIdentity', a: identity, b: entry.identity, same: false };
  return keptUrl === null || keptUrl === entry.url ? null : { type: 'splitArticles', identity, urls: [entry.url, keptUrl] };
}

function itemView(entry: CoverageEntry, identity: string, keptUrl: string | null): CoverageItemView {
  return { url: entry.url, title: entry.title || entry.url, site: entry.site, date: formatArchiveDate(entry.date), role: entry.role, identity: entry.identity, notSame: notSameRequest(entry, identity, keptUrl) };
}

interface RoleStep {
  role: string;
  from: string;
  to: string;
}

/**
 * The roles a person held, oldest first, this article in its place between the earlier and the
 * later ones; one role held in a row of articles is one step ("Foreign Minister (2013–2016)").
 */
export function roleHistory(coverage: PersonCoverage, currentRole: string | null): string | null {
  const year = (entry: CoverageEntry) => entry.date.slice(0, 4);
  const held = [
    ...[...coverage.earlier].reverse().map((entry) => ({ role: entry.role, when: year(entry) })),
    { role: currentRole, when: 'this article' },
    ...[...coverage.since].reverse().map((entry) => ({ role: entry.role, when: year(entry) })),
  ];
  const steps: RoleStep[] = [];
  for (const { role, when } of held) {
    if (!role) continue;
    const last = steps.at(-1);
    if (last && last.role.toLowerCase() === role.toLowerCase()) last.to = when;
    else steps.push({ role, from: when, to: when });
  }
  if (steps.length < 2) return null;
  return steps.map(({ role, from, to }) => `${role} (${from === to ? from : `${from}–${to}`})`).join(' → ');
}

function personCoverageView(person: PersonView, coverage: PersonCoverage, possible: PossibleMatch[], keptUrl: string | null): PersonCoverageView {
  const items = (entries: CoverageEntry[]) => entries.filter((entry) => isWebAddress(entry.url)).map((entry) => itemView(entry, coverage.identity, keptUrl));
  return {
    key: person.key,
    name: person.name,
    identity: coverage.identity,
    roleHistory: roleHistory(coverage, person.role),
    earlier: items(coverage.earlier),
    since: items(coverage.since),
    possible: possible.filter((match) => isWebAddress(match.url)).map((match) => ({ ...match, title: match.title || match.url, date: formatArchiveDate(match.date) })),
  };
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

function relatedView(article: RelatedArticle): RelatedArticleView {
  return { url: article.url, title: article.title || article.url, site: article.site, date: article.date ? formatArchiveDate(article.date) : null, read: article.read, why: sentence(article.why) };
}

/** Why the article is not in the reader's history, in their words; null when it is, or when that is not known. */
export function describeRecording(outcome: RecordingOutcome | null): string | null {
  switch (outcome?.kind) {
    case 'paused':
      return 'This article is not added to your history: recording is paused in the settings.';
    case 'private-window':
      return 'This article is not added to your history: Backstory keeps nothing from private windows.';
    case 'excluded':
      return `This article is not added to your history: you chose never to record ${outcome.site}.`;
    case 'too-many':
      return `This article is not added to your history: this tab brought more than ${outcome.perMinute} new articles in a minute, more than anyone reads, so Backstory stopped recording it for now.`;
    case 'failed':
      return `Backstory could not add this article to your history. ${outcome.message}`;
    default:
      return null;
  }
}

export function historyView(lookup: HistoryLookup, article: ArticleView): HistoryView {
  if (!lookup.ok) return { kind: 'unavailable', message: lookup.error };
  const history = lookup.history ?? { coverage: [], related: [], possibleMatches: [], recording: null, keptUrl: null };
  const byKey = new Map(history.coverage.map((coverage) => [coverage.personKey, coverage]));
  const possibleByKey = new Map(history.possibleMatches.map((matches) => [matches.personKey, matches]));
  const people = article.people.flatMap((person) => {
    const possible = possibleByKey.get(person.key);
    const coverage = byKey.get(person.key) ?? (possible && { personKey: person.key, identity: possible.identity, earlier: [], since: [] });
    const view = coverage && personCoverageView(person, coverage, possible?.articles ?? [], history.keptUrl);
    return view && (view.earlier.length || view.since.length || view.possible.length) ? [view] : [];
  });
  return {
    kind: 'ready',
    people,
    related: history.related.filter((related) => isWebAddress(related.url)).map(relatedView),
    recording: describeRecording(history.recording),
  };
}
