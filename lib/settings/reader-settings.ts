/**
 * The reader's settings: what they are, their defaults, and how whatever is found in storage is
 * read back. Storage is written by older and newer versions of the extension and can be edited by
 * hand in the browser's devtools, so every field is checked on its own: a missing or bad value
 * falls back to its default and the others are kept. Reading never throws.
 */
import { NEWS_SITES } from '../sites';
import { isExcludedSiteList, normalExcludedSites } from './history-settings';

/** Keys that may be held to open the hover card; 'none' opens it on hover alone. */
export const HOVER_MODIFIERS = ['none', 'Alt', 'Control', 'Shift', 'Meta'] as const;
export type HoverModifier = (typeof HOVER_MODIFIERS)[number];

export const MIN_HOVER_DELAY_MS = 0;
export const MAX_HOVER_DELAY_MS = 3000;

export interface ReaderSettings {
  /** Time the pointer rests on a name before its card opens. */
  hoverDelayMs: number;
  /** Key that must be held for the card to open, or 'none'. */
  hoverModifier: HoverModifier;
  /** Draw the underlines under names; off, hovering a name still opens its card. */
  underline: boolean;
  /** Listed news sites (as in NEWS_SITES) the reader switched off, in the list's order. */
  disabledSites: string[];
  /** The reader asked Backstory to run on every site (it also needs the browser's permission for all sites). */
  allSites: boolean;
  /** Recording into the reader's history is paused: nothing new is kept, what is kept stays. */
  historyPaused: boolean;
  /** Sites never recorded (see history-settings.ts), in the order the reader added them. */
  historyExcludedSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  hoverDelayMs: 500,
  hoverModifier: 'none',
  underline: true,
  disabledSites: [],
  allSites: false,
  historyPaused: false,
  historyExcludedSites: [],
});

/** Whole milliseconds within the range the options page offers. */
export function isHoverDelay(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_HOVER_DELAY_MS && (value as number) <= MAX_HOVER_DELAY_MS;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

interface FieldRule<T> {
  /** Whether a stored value can be read as this field. */
  valid(value: unknown): boolean;
  /** The form a valid value is kept in. */
  normal?(value: T): T;
  /** Stricter check for a value being saved, when reading is lenient. */
  writable?(value: unknown): boolean;
}

const FIELDS: { [K in keyof ReaderSettings]: FieldRule<ReaderSettings[K]> } = {
  hoverDelayMs: { valid: isHoverDelay },
  hoverModifier: { valid: (value) => HOVER_MODIFIERS.includes(value as HoverModifier) },
  underline: { valid: isBoolean },
  // Read: a site no longer listed stops counting, the others stay off. Written: listed sites only.
  disabledSites: {
    valid: (value) => Array.isArray(value) && value.every((site) => typeof site === 'string'),
    normal: (sites) => NEWS_SITES.filter((site) => sites.includes(site)),
    writable: (value) => Array.isArray(value) && value.every((site) => NEWS_SITES.includes(site)),
  },
  allSites: { valid: isBoolean },
  historyPaused: { valid: isBoolean },
  historyExcludedSites: {
    valid: (value) => Array.isArray(value) && value.every((site) => typeof site === 'string'),
    normal: normalExcludedSites,
    writable: isExcludedSiteList,
  },
};

function field<K extends keyof ReaderSettings>(key: K, value: unknown): ReaderSettings[K] {
  const { valid, normal } = FIELDS[key];
  if (!valid(value)) return structuredClone(DEFAULT_SETTINGS[key]);
  return normal ? normal(value as ReaderSettings[K]) : (value as ReaderSettings[K]);
}

/** The settings in `stored` (any shape), each field validated on its own and defaulted when missing or bad. */
export function parseSettings(stored: unknown): ReaderSettings {
  const raw: Record<string, unknown> = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  return {
    hoverDelayMs: field('hoverDelayMs', raw.hoverDelayMs),
    hoverModifier: field('hoverModifier', raw.hoverModifier),
    underline: field('underline', raw.underline),
    disabledSites: field('disabledSites', raw.disabledSites),
    allSites: field('allSites', raw.allSites),
    historyPaused: field('historyPaused', raw.historyPaused),
    historyExcludedSites: field('historyExcludedSites', raw.historyExcludedSites),
  };
}

/**
 * `current` with `change` applied. Unlike reading, a write refuses a bad value, with a message that
 * names it, so the caller can tell the reader and nothing already saved is lost.
 */
export function mergeSettings(current: ReaderSettings, change: Partial<ReaderSettings>): ReaderSettings {
  for (const key of Object.keys(change) as (keyof ReaderSettings)[]) {
    const rule: FieldRule<unknown> | undefined = FIELDS[key];
    if (!rule || !(rule.writable ?? rule.valid)(change[key])) throw new Error(`Not a valid ${key}: ${JSON.stringify(change[key])}`);
  }
  return parseSettings({ ...current, ...change });
}

/** The change that switches one listed site on or off. */
export function siteSwitch(settings: ReaderSettings, site: string, enabled: boolean): Pick<ReaderSettings, 'disabledSites'> {
  const others = settings.disabledSites.filter((disabled) => disabled !== site);
  return { disabledSites: enabled ? others : [...others, site] };
}

/** Whether the settings that decide where Backstory runs differ (the hover and underline ones do not). */
export const sitesChanged = (a: ReaderSettings, b: ReaderSettings): boolean =>
  a.allSites !== b.allSites || a.disabledSites.join() !== b.disabledSites.join();

/** The delay the reader typed, in milliseconds, or null when it is not a whole number in range. */
export function parseHoverDelay(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const ms = Number(trimmed);
  return isHoverDelay(ms) ? ms : null;
}
