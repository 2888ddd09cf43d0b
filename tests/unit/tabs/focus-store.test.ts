import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FOCUS_REQUEST_TTL_MS, sessionFocusStore } from '../../../lib/tabs/focus-store';

describe('sessionFocusStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the person to focus per tab in session storage, until the panel takes it once', async () => {
    await sessionFocusStore.request(3, 'gennady orlovsky', 1_000);
    await sessionFocusStore.request(4, 'helen whitcombe', 1_000);
    expect(await fakeBrowser.storage.session.get('focus:3')).toEqual({ 'focus:3': { personKey: 'gennady orlovsky', at: 1_000 } });
    expect(await sessionFocusStore.take(3, 2_000)).toBe('gennady orlovsky');
    expect(await sessionFocusStore.take(3, 2_000)).toBeNull();
    expect(await sessionFocusStore.take(4, 2_000)).toBe('helen whitcombe');
  });

  it('drops a request no panel took in time: the panel it was for did not open', async () => {
    await sessionFocusStore.request(3, 'gennady orlovsky', 1_000);
    expect(await sessionFocusStore.take(3, 1_000 + FOCUS_REQUEST_TTL_MS + 1)).toBeNull();
    expect(await fakeBrowser.storage.session.get('focus:3')).toEqual({});
  });

  it('the latest request wins, and a closed tab\'s is forgotten', async () => {
    await sessionFocusStore.request(3, 'gennady orlovsky', 1_000);
    await sessionFocusStore.request(3, 'helen whitcombe', 1_001);
    await sessionFocusStore.request(5, 'pavel yermakov', 1_001);
    await sessionFocusStore.forget(5);
    expect(await sessionFocusStore.take(3, 1_002)).toBe('helen whitcombe');
    expect(await sessionFocusStore.take(5, 1_002)).toBeNull();
  });

  it('ignores a malformed entry', async () => {
    await fakeBrowser.storage.session.set({ 'focus:3': { personKey: 7 } });
    expect(await sessionFocusStore.take(3, 0)).toBeNull();
  });
});
