import { describe, expect, it } from 'vitest';
import { reconcileRegistration } from '../../../lib/access/reconcile';
import { ALL_SITES } from '../../../lib/access/registration';
import { NEWS_SITE_MATCHES } from '../../../lib/sites';
import { ARTICLE, fakeAccessApis, LOCAL, OTHER } from './fake-access';

describe('reconcileRegistration', () => {
  it('after install, registers the listed sites and runs in their open tabs only', async () => {
    const { state, apis } = fakeAccessApis({ tabs: [ARTICLE, OTHER] });
    const result = await reconcileRegistration(apis, 'all');
    expect(state.registered.map((script) => script.matches)).toEqual([NEWS_SITE_MATCHES]);
    expect(state.calls).toEqual(['register', 'inject 1']);
    expect(result.injected).toEqual([1]);
  });

  it('is idempotent: a second call changes nothing and runs nowhere', async () => {
    const { state, apis } = fakeAccessApis({ tabs: [ARTICLE] });
    await reconcileRegistration(apis, 'new');
    state.calls.length = 0;
    expect(await reconcileRegistration(apis, 'new')).toMatchObject({ injected: [] });
    expect(state.calls).toEqual([]);
  });

  it('runs once more in every tab in scope after an update, without registering again', async () => {
    const { state, apis } = fakeAccessApis({ tabs: [ARTICLE] });
    await reconcileRegistration(apis, 'all');
    state.calls.length = 0;
    await reconcileRegistration(apis, 'all');
    expect(state.calls).toEqual(['inject 1']);
  });

  it('adds a site granted from the toolbar and runs in its open tab at once, not again in the others', async () => {
    const { state, apis } = fakeAccessApis({ tabs: [ARTICLE, OTHER] });
    await reconcileRegistration(apis, 'all');
    state.calls.length = 0;
    state.granted.push('https://www.example.org/*');
    await reconcileRegistration(apis, 'new');
    expect(state.calls).toEqual(['unregister', 'register', 'inject 2']);
    expect(state.registered[0]?.matches).toContain('https://www.example.org/*');
  });

  it('drops a listed site the reader switched off, and runs nowhere', async () => {
    const { state, apis } = fakeAccessApis({ tabs: [ARTICLE] });
    await reconcileRegistration(apis, 'all');
    state.calls.length = 0;
    state.settings = { ...state.settings, disabledSites: ['themoscowtimes.com'] };
    await reconcileRegistration(apis, 'new');
    expect(state.calls).toEqual(['unregister', 'register']);
    expect(state.registered[0]?.excludeMatches).toEqual(['https://themoscowtimes.com/*', 'https://*.themoscowtimes.com/*']);
  });

  it('switching a listed site back on runs in its open tabs again', async () => {
    const { state, apis } = fakeAccessApis({ settings: { disabledSites: ['themoscowtimes.com'] }, tabs: [ARTICLE] });
    await reconcileRegistration(apis, 'all');
    expect(state.calls).toEqual(['register']);
    state.settings = { ...state.settings, disabledSites: [] };
    await reconcileRegistration(apis, 'new');
    expect(state.calls).toEqual(['register', 'unregister', 'register', 'inject 1']);
  });

  it('covers every site once allowed, and runs in the unlisted tabs that just came into scope', async () => {
    const { state, apis } = fakeAccessApis({ tabs: [ARTICLE, LOCAL] });
    await reconcileRegistration(apis, 'all');
    state.calls.length = 0;
    state.granted.push(ALL_SITES);
    state.settings = { ...state.settings, allSites: true };
    await reconcileRegistration(apis, 'new');
    expect(state.registered[0]?.matches).toEqual([ALL_SITES]);
    expect(state.calls).toEqual(['unregister', 'register', 'inject 3']);
  });

  it('unregisters when nothing is enabled', async () => {
    const { state, apis } = fakeAccessApis();
    await reconcileRegistration(apis, 'all');
    state.granted = [];
    expect((await reconcileRegistration(apis, 'new')).scope).toBeNull();
    expect(state.registered).toEqual([]);
  });

  it('reports a tab it could not run in and still runs in the others', async () => {
    const second = { id: 4, url: 'https://www.bbc.com/news/x' };
    const { state, apis } = fakeAccessApis({ tabs: [ARTICLE, second], failInject: [1] });
    const result = await reconcileRegistration(apis, 'all');
    expect(result.injected).toEqual([4]);
    expect(result.failed).toEqual([{ tabId: 1, error: expect.any(Error) }]);
    expect(state.calls).toContain('inject 4');
  });
});
