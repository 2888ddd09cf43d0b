import { describe, expect, it } from 'vitest';
import { RecordingLimiter } from '../../../lib/history/recording-limit';

describe('RecordingLimiter', () => {
  const limits = { perTab: 2, allTabs: 3, windowMs: 1000 };

  it('takes a few new articles per tab within the window, and the same article again at any time', () => {
    const limiter = new RecordingLimiter(limits);
    expect([limiter.admit(1, 'a', 0), limiter.admit(1, 'b', 10), limiter.admit(1, 'c', 20)]).toEqual([true, true, false]);
    expect(limiter.admit(1, 'a', 30)).toBe(true);
    expect(limiter.admit(1, 'c', 1000)).toBe(true);
  });

  it('caps all tabs together', () => {
    const limiter = new RecordingLimiter(limits);
    expect([limiter.admit(1, 'a', 0), limiter.admit(2, 'b', 0), limiter.admit(3, 'c', 0), limiter.admit(4, 'd', 0)]).toEqual([true, true, true, false]);
    expect(limiter.admit(4, 'd', 999)).toBe(false);
    expect(limiter.admit(4, 'd', 1000)).toBe(true);
  });
});
