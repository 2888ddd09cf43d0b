import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ARCHIVE_CHANGED_KEY } from '../../../lib/tabs/keys';
import { announceArchiveChange, sessionRecordingStore } from '../../../lib/tabs/recording-store';

describe('sessionRecordingStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each tab\'s recording outcome in session storage and forgets a closed tab', async () => {
    await sessionRecordingStore.save(3, { kind: 'failed', message: 'No room left.' });
    expect(await sessionRecordingStore.load(3)).toEqual({ kind: 'failed', message: 'No room left.' });
    expect(await sessionRecordingStore.load(4)).toBeNull();
    expect(await fakeBrowser.storage.session.get('recording:3')).toEqual({ 'recording:3': { kind: 'failed', message: 'No room left.' } });
    await sessionRecordingStore.forget(3);
    expect(await sessionRecordingStore.load(3)).toBeNull();
  });

  it('reads anything else found under the key as no outcome', async () => {
    await fakeBrowser.storage.session.set({ 'recording:3': { kind: 'deleted everything' }, 'recording:4': 'recorded' });
    expect(await sessionRecordingStore.load(3)).toBeNull();
    expect(await sessionRecordingStore.load(4)).toBeNull();
  });
});

describe('announceArchiveChange', () => {
  beforeEach(() => fakeBrowser.reset());

  it('changes the session key at every change, even two in the same millisecond', async () => {
    const seen: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'session' && ARCHIVE_CHANGED_KEY in changes) seen.push(changes[ARCHIVE_CHANGED_KEY]?.newValue);
    });
    await announceArchiveChange(1000);
    await announceArchiveChange(1000);
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toEqual(seen[1]);
  });
});
