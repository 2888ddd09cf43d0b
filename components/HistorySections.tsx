/**
 * The side panel's parts drawn from the reader's own history: earlier coverage per person, and the
 * related articles ranked with why. Props in, callbacks out. Titles and roles come from pages (and
 * from imported files): rendered as text, and only http(s) addresses become links (history-view.ts).
 */
import type { CoverageItemView, HistoryView, PersonCoverageView, PossibleMatchView, RelatedArticleView } from '../lib/sidepanel/history-view';
import { PossibleMatches } from './PossibleMatches';

/** The history for the panel's article, and what the reader can do about it. */
export interface PanelHistory {
  /** null: still being looked up. */
  view: HistoryView | null;
  onForget(article: { url: string; title: string }): void;
  /** The reader says the person of `entry` is not `person` (what to keep is entry.notSame). */
  onNotSamePerson(person: PersonCoverageView, entry: CoverageItemView): void;
  /** The reader says whether the name in `match` is `person` (same) or someone else. */
  onPossibleMatch(person: PersonCoverageView, match: PossibleMatchView, same: boolean): void;
}

export const NOTHING_EARLIER = 'Nothing earlier yet: Backstory remembers the articles you read on this device.';

export function EarlierCoverage({ history }: { history: PanelHistory | undefined }) {
  const view = history?.view;
  if (!history || !view) return <p class="hint">Looking through your history…</p>;
  if (view.kind === 'unavailable') return <p class="empty error">Could not read your history: {view.message}</p>;
  return (
    <>
      {view.recording && <p class="recording-note">{view.recording}</p>}
      {view.people.length === 0 ? (
        <p class="empty">{NOTHING_EARLIER}</p>
      ) : (
        view.people.map((person) => <PersonCoverage key={person.key} person={person} history={history} />)
      )}
    </>
  );
}

function PersonCoverage({ person, history }: { person: PersonCoverageView; history: PanelHistory }) {
  const id = `coverage-${person.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div class="coverage" role="group" aria-labelledby={id}>
      <h3 id={id}>{person.name}</h3>
      {person.roleHistory && <p class="role-history">Roles: {person.roleHistory}</p>}
      {person.earlier.length > 0 ? (
        <CoverageList person={person} entries={person.earlier} history={history} />
      ) : (
        <p class="empty">No earlier article you read mentions {person.name}.</p>
      )}
      {person.since.length > 0 && (
        <>
          <h4>Since then</h4>
          <CoverageList person={person} entries={person.since} history={history} />
        </>
      )}
      <PossibleMatches person={person} onAnswer={(match, same) => history.onPossibleMatch(person, match, same)} />
    </div>
  );
}

function CoverageList({ person, entries, history }: { person: PersonCoverageView; entries: CoverageItemView[]; history: PanelHistory }) {
  return (
    <ul class="archive-list">
      {entries.map((entry) => (
        <li key={entry.url} class="archived">
          <a href={entry.url} target="_blank" rel="noopener noreferrer">
            {entry.title}
          </a>
          <span class="when">
            {entry.date}
            {entry.site && ` · ${entry.site}`}
          </span>
          {entry.role && <span class="role">{entry.role}</span>}
          <span class="entry-actions">
            {entry.notSame && (
              <button type="button" class="secondary small" aria-label={`Not the same person: ${entry.title} is not about ${person.name}`} onClick={() => history.onNotSamePerson(person, entry)}>
                Not the same person
              </button>
            )}
            <ForgetButton article={entry} history={history} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function ForgetButton({ article, history }: { article: { url: string; title: string }; history: PanelHistory }) {
  return (
    <button type="button" class="secondary small" aria-label={`Forget this article: ${article.title}`} onClick={() => history.onForget(article)}>
      Forget this article
    </button>
  );
}

/** The related articles the history ranks, best first; none while it is looked up or cannot be read. */
export const rankedRelated = (history: PanelHistory | undefined): RelatedArticleView[] => (history?.view?.kind === 'ready' ? history.view.related : []);

export function RankedRelated({ articles, history }: { articles: RelatedArticleView[]; history: PanelHistory }) {
  return (
    <ol class="archive-list ranked">
      {articles.map((article) => (
        <RelatedItem key={article.url} article={article} history={history} />
      ))}
    </ol>
  );
}

function RelatedItem({ article, history }: { article: RelatedArticleView; history: PanelHistory }) {
  return (
    <li class={article.read ? 'archived read' : 'archived unread'}>
      <a href={article.url} target="_blank" rel="noopener noreferrer">
        {article.title}
      </a>{' '}
      <span class={article.read ? 'badge read' : 'badge unread'}>{article.read ? 'Read' : 'Not read yet'}</span>
      {(article.date || article.site) && <span class="when">{[article.date, article.site].filter(Boolean).join(' · ')}</span>}
      {article.why && <span class="why">{article.why}</span>}
      {article.read && (
        <span class="entry-actions">
          <ForgetButton article={article} history={history} />
        </span>
      )}
    </li>
  );
}
