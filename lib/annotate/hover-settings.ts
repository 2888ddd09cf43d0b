/** The reader's hover settings in the terms of the card's state machine and of pointer events. */
import type { HoverModifier, ReaderSettings } from '../settings/reader-settings';
import type { CardOptions } from './card-state';

export type HoverSettings = Pick<ReaderSettings, 'hoverDelayMs' | 'hoverModifier'>;

/** The modifier flags every pointer and keyboard event carries. */
export interface ModifierFlags {
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const FLAG: Record<Exclude<HoverModifier, 'none'>, keyof ModifierFlags> = { Alt: 'altKey', Control: 'ctrlKey', Shift: 'shiftKey', Meta: 'metaKey' };

/** Whether the key the reader chose is held during `event`; with no key chosen, always. */
export function modifierHeld(event: ModifierFlags, modifier: HoverModifier): boolean {
  return modifier === 'none' || event[FLAG[modifier]];
}

export function cardOptions(settings: HoverSettings): CardOptions {
  return { dwellMs: settings.hoverDelayMs, requireModifier: settings.hoverModifier !== 'none' };
}
