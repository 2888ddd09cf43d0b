/**
 * The hover card: who a mentioned person is, from the article alone. Information only: its one
 * control opens the side panel, nothing in it changes what the extension keeps, and it never shows
 * anything about the reader's history.
 */
import type { CardPlacement } from '../lib/annotate/card-position';
import type { Person } from '../lib/types';

/** How the card leads to the side panel, as far as the browser allows from inside a page. */
export type PanelLink =
  /** A click in the page may open it (Chrome): a button, and why it did not open if it failed. */
  | { kind: 'button'; onOpen(): void; problem: string | null }
  /** It may not (Firefox): the keys that open it, or null when the reader set none. */
  | { kind: 'shortcut'; keys: string | null };

export interface HoverCardProps {
  person: Person;
  panel?: PanelLink;
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

function PanelLinkLine({ link }: { link: PanelLink }) {
  if (link.kind === 'shortcut') {
    return (
      <div class="panel-link">
        {link.keys ? (
          <>
            More in the Backstory sidebar: <kbd>{link.keys}</kbd>
          </>
        ) : (
          'More in the Backstory sidebar, from its toolbar button'
        )}
      </div>
    );
  }
  return (
    <div class="panel-link">
      <button type="button" class="open-panel" onClick={link.onOpen}>
        Open in side panel
      </button>
      {link.problem && (
        <p class="problem" role="alert">
          {link.problem}
        </p>
      )}
    </div>
  );
}

export function HoverCard({ person, panel, placement, sheet = false }: HoverCardProps) {
  const evidence = evidenceFor(person);
  const style = sheet || !placement ? undefined : { left: `${placement.left}px`, top: `${placement.top}px` };
  const className = ['card', sheet ? 'sheet' : '', !sheet && !placement ? 'measuring' : ''].filter(Boolean).join(' ');
  return (
    // A tooltip may hold no control (ARIA): with the panel button the card is a non-modal dialog.
    <div class={className} style={style} role={panel?.kind === 'button' ? 'dialog' : 'tooltip'} aria-label={`About ${person.name}`}>
      <div class="name">{person.name}</div>
      {(person.role || person.official) && (
        <div class="role">
          {person.role && <span>{person.role}</span>}
          {person.official && <span class="official">Official</span>}
        </div>
      )}
      {evidence && <blockquote class="evidence">{evidence}</blockquote>}
      <div class="mentions">{mentionsLabel(person.mentions)}</div>
      {panel && <PanelLinkLine link={panel} />}
    </div>
  );
}
