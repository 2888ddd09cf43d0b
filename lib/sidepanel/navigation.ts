/** What the side panel says about moving the page to a person: where it went, or why it could not. */
import type { ShownMention } from '../messaging/protocol';
import { errorMessage } from '../error-message';

export function describeShown(shown: ShownMention): string {
  return `${shown.name}: mention ${shown.ordinal} of ${shown.total} in the page`;
}

/** The browsers' words when no script listens in the tab (the page is loading, was reloaded, or is not an article). */
const NO_SCRIPT = /Receiving end does not exist|Could not establish connection|No reply to/;

export function describeShowFailure(name: string, error: unknown): string {
  const message = errorMessage(error);
  if (NO_SCRIPT.test(message)) return `Could not show ${name} in the page: it is not ready, or it was reloaded. Reload the page and try again.`;
  // The page's own answer ("… is not mentioned in the text shown on the page") is already said plainly.
  const answered = /^showPerson failed: (.+)$/.exec(message)?.[1];
  return answered ? `${answered}.` : `Could not show ${name} in the page: ${message}`;
}
