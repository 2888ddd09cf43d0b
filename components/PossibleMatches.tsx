/**
 * Under a person in the side panel: archived articles that may name them otherwise ("Sergey
 * Lavrov", "Vladimir Vladimirovich Putin"), which the identity rule does not link by itself. The
 * reader says whether each is the same person. Props in, callbacks out; names, titles and roles
 * come from pages and are rendered as text.
 */
import type { PersonCoverageView, PossibleMatchView } from '../lib/sidepanel/history-view';

export function PossibleMatches({ person, onAnswer }: { person: PersonCoverageView; onAnswer(match: PossibleMatchView, same: boolean): void }) {
  if (person.possible.length === 0) return null;
  return (
    <div class="possible-matches">
      <h4>Maybe the same person</h4>
      <ul>
        {person.possible.map((match) => (
          <li key={`${match.url} ${match.identity}`} class="suggested">
            <a href={match.url} target="_blank" rel="noopener noreferrer">
              {match.title}
            </a>
            <span class="when">
              {match.date}
              {match.site && ` · ${match.site}`}
            </span>
            <span class="named">{match.role ? `${match.name}, ${match.role}` : match.name}</span>
            <span class="entry-actions">
              <button type="button" class="small" aria-label={`Same person: ${match.name} in ${match.title} is ${person.name}`} onClick={() => onAnswer(match, true)}>
                Same person
              </button>
              <button type="button" class="secondary small" aria-label={`Not the same person: ${match.name} in ${match.title} is not ${person.name}`} onClick={() => onAnswer(match, false)}>
                Not the same person
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
