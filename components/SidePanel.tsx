/**
 * The side panel's view: props in, nothing out. Every string from the page is rendered as a text
 * node by Preact, never parsed as markup.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { EarlierCoverage, RankedRelated, rankedRelated, type PanelHistory } from './HistorySections';
import type { ArticleView, EventView, PanelState, PersonView } from '../lib/sidepanel/view-model';
import type { RelatedLink } from '../lib/types';

const STATUS_TEXT: Record<Exclude<PanelState['kind'], 'article' | 'not-article' | 'error' | 'site-off'>, string> = {
  'no-tab': 'No tab to show: open a news article in this window.',
  'unsupported-site': 'Backstory is not on for this page. To turn it on for a website, click the Backstory button in the toolbar while the site is open.',
  restricted: 'Backstory cannot read this page: browsers keep their own pages, files on your computer and add-on stores out of reach of extensions.',
  pending: 'Reading this article… If the page is not a news article, nothing will appear.',
};

function statusText(state: PanelState): string | null {
  switch (state.kind) {
    case 'article':
      return isEmpty(state.article) ? 'Nothing found in this article: no people, events or related articles.' : null;
    case 'not-article':
      return `Not an article: ${state.reason}`;
    case 'error':
      return `Could not load this tab's analysis: ${state.message}`;
    case 'site-off':
      return `Backstory is not on for ${state.host}.`;
    default:
      return STATUS_TEXT[state.kind];
  }
}

const isEmpty = (article: ArticleView) =>
  !article.people.length && !article.events.length && !article.related.length && !article.articleLinks.length;

/** Moving from the panel to the page and back: which person is current, and what the last move did. */
export interface PanelNavigation {
  /** The person last shown in the page or asked for from it: marked as current. */
  current: string | null;
  /** Changes each time keyboard focus should move to the current person (the page asked for them). */
  focusRequest: number;
  /** Where the page went, or why it could not (read out politely). */
  announcement: string;
  onShowPerson(personKey: string): void;
}

/** What the panel can do about a site Backstory is not on; the page that renders the panel wires them to the browser. */
export interface PanelActions {
  /** The options page, where the reader chooses the sites. */
  optionsUrl: string;
  /** Turns Backstory on for the tab's site: called from the button's click, so the browser may ask. */
  onEnableSite(): void;
}

/** `notice` (the outcome of the reader's last action) is announced instead of the state's own status. */
export function SidePanel({
  state,
  navigation,
  actions,
  notice,
  history,
}: {
  state: PanelState;
  navigation?: PanelNavigation;
  actions?: PanelActions;
  notice?: string | null;
  history?: PanelHistory;
}) {
  const status = notice || statusText(state);
  return (
    <main class="panel" aria-labelledby="panel-title">
      <header>
        <h1 id="panel-title">Backstory</h1>
        {state.kind === 'article' && <p class="article-title">{state.article.title}</p>}
      </header>
      <p class={`status status-${state.kind}`} role="status" aria-live="polite">
        {status}
      </p>
      {actions && (state.kind === 'site-off' || state.kind === 'unsupported-site') && (
        <p class="actions">
          {state.kind === 'site-off' && (
            <button type="button" onClick={actions.onEnableSite}>
              Enable Backstory on {state.host}
            </button>
          )}
          <a href={actions.optionsUrl} target="_blank" rel="noopener">
            Choose where Backstory runs
          </a>
        </p>
      )}
      {state.kind === 'article' && <ArticleSections article={state.article} navigation={navigation} history={history} />}
    </main>
  );
}

function ArticleSections({ article, navigation, history }: { article: ArticleView; navigation: PanelNavigation | undefined; history: PanelHistory | undefined }) {
  const ranked = rankedRelated(history);
  return (
    <>
      <Section id="people" title="People" empty="No people found in this article.">
        {article.people.length > 0 && (
          <>
            <p id="people-hint" class="hint">
              Select a name to go to its next mention in the page.
            </p>
            <p class="where" aria-live="polite">
              {navigation?.announcement}
            </p>
            <ul class="people">
              {article.people.map((person) => (
                <PersonItem key={person.key} person={person} navigation={navigation} />
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section id="events" title="Events" empty="No dated events found in this article.">
        {article.events.length > 0 && (
          <ul class="events">
            {article.events.map((event, index) => (
              <EventItem key={`${index}:${event.name}`} event={event} />
            ))}
          </ul>
        )}
      </Section>
      <Section id="related" title="Related articles" empty="The page lists no related articles.">
        {(ranked.length > 0 || article.related.length > 0 || article.articleLinks.length > 0) && (
          <>
            {/* The history ranks the page's own links with the articles read before; without it, the page's list as it is. */}
            {ranked.length > 0 && history ? <RankedRelated articles={ranked} history={history} /> : article.related.length > 0 && <Links links={article.related} />}
            {article.articleLinks.length > 0 && (
              <>
                <h3>Linked in the article</h3>
                <Links links={article.articleLinks} />
              </>
            )}
          </>
        )}
      </Section>
      <Section id="earlier" title="Earlier coverage">
        <EarlierCoverage history={history} />
      </Section>
    </>
  );
}

function Section({ id, title, empty, children }: { id: string; title: string; empty?: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children || <p class="empty">{empty}</p>}
    </section>
  );
}

function PersonItem({ person, navigation }: { person: PersonView; navigation: PanelNavigation | undefined }) {
  const button = useRef<HTMLButtonElement>(null);
  const current = navigation?.current === person.key;
  const focusRequest = navigation?.focusRequest ?? 0;
  useEffect(() => {
    // Focusing also scrolls the name into view.
    if (current && focusRequest > 0) button.current?.focus();
  }, [current, focusRequest]);
  return (
    <li class={current ? 'person current' : 'person'}>
      <button
        ref={button}
        type="button"
        class="name"
        aria-current={current ? 'true' : undefined}
        aria-describedby="people-hint"
        onClick={() => navigation?.onShowPerson(person.key)}
      >
        {person.name}
      </button>
      {person.official && <span class="badge">official</span>}
      {person.role && <span class="role">{person.role}</span>}
      <span class="mentions">{person.mentions === 1 ? '1 mention' : `${person.mentions} mentions`}</span>
      {person.evidence && <blockquote class="evidence">{person.evidence}</blockquote>}
    </li>
  );
}

function EventItem({ event }: { event: EventView }) {
  return (
    <li class="event">
      <span class="name">{event.name}</span>
      {event.when && <span class="when">{event.when}</span>}
      {event.place && <span class="place">{event.place}</span>}
      {event.fromPublication && <span class="distance">{event.fromPublication}</span>}
    </li>
  );
}

function Links({ links }: { links: readonly RelatedLink[] }) {
  return (
    <ul class="links">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title || link.url}
          </a>
        </li>
      ))}
    </ul>
  );
}
