import { describe, expect, it, vi } from 'vitest';
import type { MentionNavigator } from '../../../lib/annotate/navigation';
import { handleContentRequest, type PageState } from '../../../lib/messaging/content-handler';

function page(contextMenuPerson: string | null = null): PageState & { show: ReturnType<typeof vi.fn<MentionNavigator['show']>> } {
  const show = vi.fn<MentionNavigator['show']>((personKey) => ({ personKey: personKey ?? 'anyone', name: 'Helen Whitcombe', ordinal: 2, total: 3 }));
  return { show, navigator: { show }, contextMenuPerson: () => contextMenuPerson };
}

describe('handleContentRequest', () => {
  it('moves to a person\'s next mention, or anyone\'s, and says where', () => {
    const state = page();
    expect(handleContentRequest({ type: 'showPerson', personKey: 'helen whitcombe' }, true, state)).toEqual({
      personKey: 'helen whitcombe',
      name: 'Helen Whitcombe',
      ordinal: 2,
      total: 3,
    });
    handleContentRequest({ type: 'showNextMention' }, true, state);
    expect(state.show.mock.calls).toEqual([['helen whitcombe'], [null]]);
  });

  it('tells whose name the context menu was opened on, or null', () => {
    expect(handleContentRequest({ type: 'getContextMenuPerson' }, true, page('gennady orlovsky'))).toEqual({ personKey: 'gennady orlovsky' });
    expect(handleContentRequest({ type: 'getContextMenuPerson' }, true, page())).toEqual({ personKey: null });
  });

  it('refuses another extension, without moving the page', () => {
    const state = page('gennady orlovsky');
    expect(handleContentRequest({ type: 'showPerson', personKey: 'helen whitcombe' }, false, state)).toEqual({ error: 'Unknown sender' });
    expect(handleContentRequest({ type: 'getContextMenuPerson' }, false, state)).toEqual({ error: 'Unknown sender' });
    expect(state.show).not.toHaveBeenCalled();
  });

  it.each([null, { type: 'showPerson' }, { type: 'showPerson', personKey: 'a', behavior: 'instant' }, { type: 'analyzeArticle', article: {} }])(
    'answers a malformed message %j with an error, without moving the page',
    (message) => {
      const state = page();
      expect(handleContentRequest(message, true, state)).toEqual({ error: 'Malformed request' });
      expect(state.show).not.toHaveBeenCalled();
    },
  );
});
