import type { MentionNavigator } from '../annotate/navigation';
import { parseContentRequest, type ContentReplies, type ErrorReply } from './protocol';

/** What the content script knows that requests ask about. */
export interface PageState {
  navigator: MentionNavigator;
  /** The person whose name was under the pointer when the page's context menu last opened, or null. */
  contextMenuPerson(): string | null;
}

/**
 * The content script's answer to one message: sender checked, payload validated, then dispatched.
 * Only this extension (its side panel and background) may move the page.
 */
export function handleContentRequest(message: unknown, fromThisExtension: boolean, page: PageState): ContentReplies[keyof ContentReplies] | ErrorReply {
  if (!fromThisExtension) return { error: 'Unknown sender' };
  const request = parseContentRequest(message);
  if (!request) return { error: 'Malformed request' };
  switch (request.type) {
    case 'showPerson':
      return page.navigator.show(request.personKey);
    case 'showNextMention':
      return page.navigator.show(null);
    case 'getContextMenuPerson':
      return { personKey: page.contextMenuPerson() };
  }
}
