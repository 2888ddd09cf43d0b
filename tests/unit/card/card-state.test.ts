import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardStateMachine, type CardOptions, type CardTarget } from '../../../lib/annotate/card-state';

interface Target extends CardTarget {
  word: number;
}

const putin: Target = { personKey: 'putin', word: 1 };
const putinLater: Target = { personKey: 'putin', word: 7 };
const obama: Target = { personKey: 'obama', word: 2 };

function setup(options: CardOptions = {}) {
  const changes: (Target | null)[] = [];
  const timers = { setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms), clearTimeout: (h: unknown) => clearTimeout(h as number) };
  const card = new CardStateMachine<Target>(timers, (target) => changes.push(target), options);
  return { card, changes };
}

describe('CardStateMachine', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens after the 500 ms dwell, not before', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(499);
    expect(card.current).toBeNull();
    vi.advanceTimersByTime(1);
    expect(card.current).toBe(putin);
    expect(changes).toEqual([putin]);
  });

  it('honours a custom dwell', () => {
    const { card } = setup({ dwellMs: 100 });
    card.hoverMention(putin);
    vi.advanceTimersByTime(100);
    expect(card.current).toBe(putin);
  });

  it('does not restart the dwell while the pointer moves within mentions of the same person', () => {
    const { card } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(300);
    card.hoverMention(putinLater);
    vi.advanceTimersByTime(200);
    expect(card.current?.personKey).toBe('putin');
  });

  it('never opens when the pointer leaves before the dwell ends', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(400);
    card.hoverMention(null);
    vi.advanceTimersByTime(5_000);
    expect(changes).toEqual([]);
  });

  it('closes 300 ms after the pointer leaves the word', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    card.hoverMention(null);
    vi.advanceTimersByTime(299);
    expect(card.current).toBe(putin);
    vi.advanceTimersByTime(1);
    expect(card.current).toBeNull();
    expect(changes).toEqual([putin, null]);
  });

  it('stays open while the pointer is on the card, and closes 300 ms after it leaves the card', () => {
    const { card } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    card.hoverMention(null);
    vi.advanceTimersByTime(200);
    card.hoverCard(true);
    vi.advanceTimersByTime(5_000);
    expect(card.current).toBe(putin);
    card.hoverCard(false);
    vi.advanceTimersByTime(299);
    expect(card.current).toBe(putin);
    vi.advanceTimersByTime(1);
    expect(card.current).toBeNull();
  });

  it('stays open when the pointer comes back to the word within the grace period', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    card.hoverMention(null);
    vi.advanceTimersByTime(250);
    card.hoverMention(putinLater);
    vi.advanceTimersByTime(5_000);
    expect(card.current).toBe(putin);
    expect(changes).toEqual([putin]);
  });

  it('Escape closes at once and cancels any pending timer', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    card.dismiss();
    expect(card.current).toBeNull();
    vi.advanceTimersByTime(5_000);
    expect(changes).toEqual([putin, null]);
  });

  it('after Escape, reopens only once the pointer has left the mention and come back', () => {
    const { card } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    card.dismiss();
    card.hoverMention(putin);
    vi.advanceTimersByTime(5_000);
    expect(card.current).toBeNull();
    card.hoverMention(null);
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    expect(card.current).toBe(putin);
  });

  it('Escape during the dwell stops the card from opening', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(300);
    card.dismiss();
    vi.advanceTimersByTime(5_000);
    expect(changes).toEqual([]);
  });

  it('a different person replaces the card after their own dwell', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    card.hoverMention(obama);
    vi.advanceTimersByTime(499);
    expect(card.current).toBe(putin);
    vi.advanceTimersByTime(1);
    expect(card.current).toBe(obama);
    expect(changes).toEqual([putin, obama]);
  });

  it('a stale dwell timer never fires after the pointer moved to someone else', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(400);
    card.hoverMention(obama);
    vi.advanceTimersByTime(100);
    expect(card.current).toBeNull();
    vi.advanceTimersByTime(400);
    expect(changes).toEqual([obama]);
  });

  it('a stale close timer never fires after the pointer moved on to another person', () => {
    const { card, changes } = setup();
    card.hoverMention(putin);
    vi.advanceTimersByTime(500);
    card.hoverMention(null);
    vi.advanceTimersByTime(100);
    card.hoverMention(obama);
    vi.advanceTimersByTime(500);
    expect(changes).toEqual([putin, obama]);
  });

  it('ignores a timer that fires after being cleared', () => {
    const callbacks: (() => void)[] = [];
    const timers = { setTimeout: (cb: () => void) => callbacks.push(cb), clearTimeout: () => undefined };
    const changes: (Target | null)[] = [];
    const card = new CardStateMachine<Target>(timers, (target) => changes.push(target));
    card.hoverMention(putin);
    card.hoverMention(obama);
    callbacks[0]?.();
    expect(changes).toEqual([]);
    callbacks[1]?.();
    expect(changes).toEqual([obama]);
  });

  describe('with requireModifier', () => {
    it('opens only while the modifier is held', () => {
      const { card } = setup({ requireModifier: true });
      card.hoverMention(putin, false);
      vi.advanceTimersByTime(5_000);
      expect(card.current).toBeNull();
      card.hoverMention(putin, true);
      vi.advanceTimersByTime(500);
      expect(card.current).toBe(putin);
    });

    it('keeps the open card while the pointer stays on the same person without the modifier', () => {
      const { card } = setup({ requireModifier: true });
      card.hoverMention(putin, true);
      vi.advanceTimersByTime(500);
      card.hoverMention(putinLater, false);
      vi.advanceTimersByTime(5_000);
      expect(card.current).toBe(putin);
    });
  });

  describe('configure', () => {
    it('applies a new dwell and modifier rule from the next hover on', () => {
      const { card } = setup();
      card.configure({ dwellMs: 100, requireModifier: true });
      card.hoverMention(putin, false);
      vi.advanceTimersByTime(5_000);
      expect(card.current).toBeNull();
      card.hoverMention(putin, true);
      vi.advanceTimersByTime(100);
      expect(card.current).toBe(putin);
    });

    it('goes back to the defaults for what it is not given', () => {
      const { card } = setup({ dwellMs: 100, requireModifier: true });
      card.configure({});
      card.hoverMention(putin);
      vi.advanceTimersByTime(499);
      expect(card.current).toBeNull();
      vi.advanceTimersByTime(1);
      expect(card.current).toBe(putin);
    });
  });
});
