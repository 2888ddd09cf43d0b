import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard } from '../../../lib/annotate/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 160 };
const word = (left: number, top: number, width = 60, height = 20) => ({ left, top, right: left + width, bottom: top + height });

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('puts the card just below the word, aligned with its start', () => {
    expect(placeCard(word(100, 100), card, viewport)).toEqual({ left: 100, top: 120 + CARD_GAP, above: false });
  });

  it('puts the card above the word when there is no room below', () => {
    const placed = placeCard(word(100, 700), card, viewport);
    expect(placed).toEqual({ left: 100, top: 700 - CARD_GAP - 160, above: true });
  });

  it('clamps the card inside the right and left edges', () => {
    expect(placeCard(word(950, 100), card, viewport).left).toBe(1000 - 320 - CARD_GAP);
    expect(placeCard(word(-40, 100), card, viewport).left).toBe(CARD_GAP);
  });

  it('never covers the word, wherever it is', () => {
    for (let top = 0; top <= 780; top += 20) {
      for (let left = 0; left <= 940; left += 47) {
        const anchor = word(left, top);
        const placed = placeCard(anchor, card, viewport);
        const box = { left: placed.left, top: placed.top, right: placed.left + card.width, bottom: placed.top + card.height };
        expect(overlaps(box, anchor)).toBe(false);
      }
    }
  });
});
