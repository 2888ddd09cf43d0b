/**
 * The options page's history section: pause recording, the sites never recorded, export, import,
 * delete the older articles or everything (after a confirm step) and the article count. Props in,
 * callbacks out; the page reports each outcome in its status line.
 */
import { describeArchive, type ArchiveSummary } from '../lib/options/history';
import type { OptionsView } from '../lib/options/view-model';
import { useConfirmStep } from './confirm-step';
import { DeleteOlderHistory } from './DeleteOlderHistory';

export interface HistoryActions {
  setHistoryPaused(paused: boolean): void;
  /** The site the reader typed, checked by the page; true when it was taken (the field is then cleared). */
  excludeSite(text: string): boolean;
  includeSite(site: string): void;
  exportHistory(): void;
  importHistory(file: File): void;
  deleteHistory(): void;
  /** Deletes the articles last read more than `months` calendar months ago. */
  deleteHistoryOlderThan(months: number): void;
}

export function HistorySettings({ view, archive, actions }: { view: OptionsView; archive: ArchiveSummary; actions: HistoryActions }) {
  const { confirming, cancel, opener: deleteAll, open: openConfirm, close: closeConfirm } = useConfirmStep();
  const articles = archive && 'articles' in archive ? archive.articles : null;

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Your history</h2>
      <p>
        Backstory remembers the articles you read on this device, to show earlier coverage of the people and events in the next one. Your history
        is never uploaded, and nothing is kept from private windows.
      </p>
      <p class="archive-count">{describeArchive(archive)}</p>

      <label>
        <input
          id="history-paused"
          type="checkbox"
          checked={view.historyPaused}
          aria-describedby="history-paused-hint"
          onChange={(event) => actions.setHistoryPaused(event.currentTarget.checked)}
        />{' '}
        Pause recording
      </label>
      <p id="history-paused-hint" class="hint">
        While paused, Backstory adds no article to your history. What it already holds stays until you delete it.
      </p>

      <h3 id="excluded-heading">Sites never recorded</h3>
      {view.historyExcludedSites.length ? (
        <ul class="sites" aria-labelledby="excluded-heading">
          {view.historyExcludedSites.map((site) => (
            <li key={site}>
              <span class="origin">{site}</span>{' '}
              <button type="button" class="secondary" aria-label={`Remove ${site}`} onClick={() => actions.includeSite(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">None: Backstory records articles on every site it runs on.</p>
      )}
      <form
        class="add-site"
        onSubmit={(event) => {
          event.preventDefault();
          const field = event.currentTarget.elements.namedItem('excluded-site') as HTMLInputElement;
          if (actions.excludeSite(field.value)) field.value = '';
        }}
      >
        <label for="exclude-site">Site to leave out of your history</label>
        <span class="field-row">
          <input id="exclude-site" name="excluded-site" type="text" inputMode="url" autoComplete="off" spellcheck={false} placeholder="example.com" aria-describedby="exclude-site-hint" />
          <button type="submit">Add</button>
        </span>
        <p id="exclude-site-hint" class="hint">
          Its subdomains are left out too. Articles from it already in your history stay until you delete them.
        </p>
      </form>

      <h3>Keep a copy</h3>
      <p class="hint">The file holds every article in your history and your corrections. Importing adds them to this device's history.</p>
      <p class="field-row">
        <button type="button" onClick={actions.exportHistory}>
          Export history
        </button>
        <label for="import-history" class="file-label">
          Import history from a file
        </label>
        <input
          id="import-history"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again is a change too.
            input.value = '';
            if (file) actions.importHistory(file);
          }}
        />
      </p>

      <DeleteOlderHistory deleteOlderThan={actions.deleteHistoryOlderThan} />

      <h3>Start again</h3>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            {articles === null ? 'Delete everything in your history' : `Delete all ${articles === 1 ? '1 article' : `${articles} articles`}`} and your
            corrections? This cannot be undone.
          </p>
          <p class="field-row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                closeConfirm();
                actions.deleteHistory();
              }}
            >
              Delete everything
            </button>
            <button ref={cancel} type="button" class="secondary" onClick={closeConfirm}>
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <button ref={deleteAll} type="button" class="secondary" onClick={openConfirm}>
          Delete all history…
        </button>
      )}
    </section>
  );
}
