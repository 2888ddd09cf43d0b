import { describe, expect, it } from 'vitest';
import { cardOptions, modifierHeld } from '../../../lib/annotate/hover-settings';

const keys = (held: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...held,
});

describe('modifierHeld', () => {
  it('is always true when no key is chosen', () => {
    expect(modifierHeld(keys(), 'none')).toBe(true);
  });

  it('reads the chosen key only', () => {
    expect(modifierHeld(keys({ altKey: true }), 'Alt')).toBe(true);
    expect(modifierHeld(keys({ ctrlKey: true }), 'Control')).toBe(true);
    expect(modifierHeld(keys({ shiftKey: true }), 'Shift')).toBe(true);
    expect(modifierHeld(keys({ metaKey: true }), 'Meta')).toBe(true);
    expect(modifierHeld(keys({ ctrlKey: true, shiftKey: true }), 'Alt')).toBe(false);
  });
});

describe('cardOptions', () => {
  it('turns the reader settings into the card timing and modifier rule', () => {
    expect(cardOptions({ hoverDelayMs: 250, hoverModifier: 'none' })).toEqual({ dwellMs: 250, requireModifier: false });
    expect(cardOptions({ hoverDelayMs: 0, hoverModifier: 'Shift' })).toEqual({ dwellMs: 0, requireModifier: true });
  });
});
