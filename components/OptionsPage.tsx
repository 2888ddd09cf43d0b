/**
 * The options page: where Backstory runs, and how names behave in articles. Props in, callbacks
 * out; the page that renders it saves each change at once and reports the outcome in `status`.
 */
import type { ArchiveSummary } from '../lib/options/history';
import type { OptionsView } from '../lib/options/view-model';
import { HOVER_MODIFIERS, MAX_HOVER_DELAY_MS, MIN_HOVER_DELAY_MS, type HoverModifier } from '../lib/settings/reader-settings';
import { HistorySettings, type HistoryActions } from './HistorySettings';

export interface OptionsActions extends HistoryActions {
  switchListedSite(site: string, on: boolean): void;
  removeExtraSite(origin: string): void;
  setAllSites(on: boolean): void;
  /** The text typed in the delay field, checked by the page. */
  setHoverDelay(text: string): void;
  setHoverModifier(modifier: HoverModifier): void;
  setUnderline(on: boolean): void;
}

export interface OptionsStatus {
  text: string;
  error: boolean;
}

const MODIFIER_LABELS: Record<HoverModifier, string> = {
  none: 'No key: resting the pointer is enough',
  Alt: 'Alt (Option on a Mac)',
  Control: 'Ctrl',
  Shift: 'Shift',
  Meta: 'Command on a Mac, Windows key elsewhere',
};

/** `archive`: the reader's history as the background counts it; null while it is counted. */
export function OptionsPage({ view, status, actions, archive = null }: { view: OptionsView; status: OptionsStatus | null; actions: OptionsActions; archive?: ArchiveSummary }) {
  return (
    <main class="page options" aria-labelledby="options-title">
      <h1 id="options-title">Backstory settings</h1>
      <p class={status?.error ? 'status error' : 'status'} role="status" aria-live="polite">
        {status?.text}
      </p>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Where Backstory runs</h2>
        <p>
          Backstory reads articles on the news sites below. To use it on another site, open the site and click the Backstory
          button in the toolbar.
        </p>
        <fieldset>
          <legend>News sites</legend>
          <ul class="sites">
            {view.listed.map(({ site, on }) => (
              <li key={site}>
                <label>
                  <input type="checkbox" name="site" value={site} checked={on} onChange={(event) => actions.switchListedSite(site, event.currentTarget.checked)} /> {site}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <h3 id="extra-heading">Other sites you turned on</h3>
        {view.extra.length ? (
          <ul class="sites" aria-labelledby="extra-heading">
            {view.extra.map(({ origin, label }) => (
              <li key={origin}>
                <span class="origin">{label}</span>{' '}
                <button type="button" class="secondary" aria-label={`Remove ${label}`} onClick={() => actions.removeExtraSite(origin)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">None yet.</p>
        )}

        <label class="all-sites">
          <input id="all-sites" type="checkbox" checked={view.allSites} aria-describedby="all-sites-hint" onChange={(event) => actions.setAllSites(event.currentTarget.checked)} /> Run on
          every website
        </label>
        <p id="all-sites-hint" class="hint">
          Your browser asks you to confirm. News sites you switched off above stay off.
        </p>
      </section>

      <section aria-labelledby="names-heading">
        <h2 id="names-heading">Names in articles</h2>
        <label>
          <input id="underline" type="checkbox" checked={view.underline} aria-describedby="underline-hint" onChange={(event) => actions.setUnderline(event.currentTarget.checked)} />{' '}
          Underline the names of people
        </label>
        <p id="underline-hint" class="hint">
          Without underlines, resting the pointer on a name still shows who the person is.
        </p>

        <label for="hover-delay">Wait before showing a person's card (milliseconds)</label>
        {/* Uncontrolled: a rejected entry stays in the field for the reader to correct, and saving does not move the focus. */}
        <input
          id="hover-delay"
          type="number"
          inputMode="numeric"
          min={MIN_HOVER_DELAY_MS}
          max={MAX_HOVER_DELAY_MS}
          step={50}
          defaultValue={String(view.hoverDelayMs)}
          aria-describedby="hover-delay-hint"
          onChange={(event) => actions.setHoverDelay(event.currentTarget.value)}
        />
        <p id="hover-delay-hint" class="hint">
          From {MIN_HOVER_DELAY_MS} to {MAX_HOVER_DELAY_MS}. The default, 500, keeps cards from opening while the pointer only passes over a name.
        </p>

        <label for="hover-modifier">Key to hold for the card to open</label>
        <select id="hover-modifier" value={view.hoverModifier} onChange={(event) => actions.setHoverModifier(event.currentTarget.value as HoverModifier)}>
          {HOVER_MODIFIERS.map((modifier) => (
            <option key={modifier} value={modifier}>
              {MODIFIER_LABELS[modifier]}
            </option>
          ))}
        </select>
      </section>

      <HistorySettings view={view} archive={archive} actions={actions} />

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your data</h2>
        <p>The text of the pages you read never leaves your browser, and these settings are kept on this device only.</p>
      </section>
    </main>
  );
}
