import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sessionAnalysisStore } from '../../../lib/tabs/analysis-store';

describe('sessionAnalysisStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one analysis per tab in session storage and forgets a closed tab', async () => {
    const analysis = { isArticle: false, reason: 'test' } as const;
    await sessionAnalysisStore.save(3, analysis);
    expect(await sessionAnalysisStore.load(3)).toEqual(analysis);
    expect(await sessionAnalysisStore.load(4)).toBeNull();
    expect(await fakeBrowser.storage.session.get('analysis:3')).toEqual({ 'analysis:3': analysis });
    await sessionAnalysisStore.forget(3);
    expect(await sessionAnalysisStore.load(3)).toBeNull();
  });
});
