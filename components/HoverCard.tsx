/**
 * The hover card: who a mentioned person is, from the article alone. Read-only by design (no
 * buttons that change anything) and it never shows anything about the reader's history.
 */
import type { CardPlacement } from '../lib/annotate/card-position';
import type { Person } from '../lib/types';

export interface HoverCardProps {
  person: Person;
  /** Viewport position; absent while the card is first measured. */
  placement: CardPlacement | null;
  /** Bottom sheet for touch, instead of a card next to the word. */
  sheet?: boolean;
}

/** The sentence stating the role shown, else the first evidence the article gives. */
function evidenceFor(person: Person): string | null {
  const stated = person.evidence.find((item) => item.role === person.role) ?? person.evidence[0];
  return stated?.sentence ?? null;
}

function mentionsLabel(count: number): string {
  return `Mentioned ${count} ${count === 1 ? 'time' : 'times'} in this article`;
}

export function HoverCard({ person, placement, sheet = false }: HoverCardProps) {
  const evidence = evidenceFor(person);
  const style = sheet || !placement ? undefined : { left: `${placement.left}px`, top: `${placement.top}px` };
  const className = ['card', sheet ? 'sheet' : '', !sheet && !placement ? 'measuring' : ''].filter(Boolean).join(' ');
  return (
    <div class={className} style={style} role="tooltip" aria-label={`About ${person.name}`}>
      <div class="name">{person.name}</div>
      {(person.role || person.official) && (
        <div class="role">
          {person.role && <span>{person.role}</span>}
          {person.official && <span class="official">Official</span>}
        </div>
      )}
      {evidence && <blockquote class="evidence">{evidence}</blockquote>}
      <div class="mentions">{mentionsLabel(person.mentions)}</div>
    </div>
  );
}
