/**
 * The options page: shows the settings and the sites as stored and granted, saves each change at
 * once and says what happened. Permission prompts are asked for first thing in the click handler.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/extension-page.css';
import { OptionsPage, type OptionsActions, type OptionsStatus } from '../../components/OptionsPage';
import { readHostPermissions } from '../../lib/access/browser-state';
import { ALL_SITES } from '../../lib/access/registration';
import { errorMessage } from '../../lib/error-message';
import { sendRequest } from '../../lib/messaging/client';
import {
  archiveFileName,
  archiveFileProblem,
  describeDeletedBefore,
  describeImport,
  parseArchiveText,
  startOfDayMonthsBefore,
  type ArchiveSummary,
} from '../../lib/options/history';
import { optionsView } from '../../lib/options/view-model';
import { parseSiteEntry, siteExclusion } from '../../lib/settings/history-settings';
import { MAX_HOVER_DELAY_MS, MIN_HOVER_DELAY_MS, parseHoverDelay } from '../../lib/settings/reader-settings';
import { loadSettings, saveSettings, switchListedSite, updateSettings, watchSettings } from '../../lib/settings/store';
import { listedSiteMatches } from '../../lib/sites';
import { ARCHIVE_CHANGED_KEY } from '../../lib/tabs/keys';
import { downloadJson } from './download';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app');

let status: OptionsStatus | null = null;
/** Only the latest refresh may render. */
let generation = 0;

async function refresh(): Promise<void> {
  const mine = ++generation;
  const [settings, permissions, archive] = await Promise.all([loadSettings(), readHostPermissions(), archiveSummary()]);
  if (mine !== generation || !root) return;
  render(<OptionsPage view={optionsView(settings, permissions)} status={status} actions={actions} archive={archive} />, root);
}

async function archiveSummary(): Promise<ArchiveSummary> {
  try {
    return await sendRequest({ type: 'getArchiveSummary' });
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** Says how `change` went, then redraws from what is stored: the page never shows a change that did not happen. */
function report<T>(change: Promise<T>, done: string | ((result: T) => string), failed = 'Not saved'): void {
  change
    .then(
      (result) => (status = { text: typeof done === 'string' ? done : done(result), error: false }),
      (error: unknown) => (status = { text: `${failed}: ${errorMessage(error)}`, error: true }),
    )
    .finally(() => void refresh());
}

/** Reads the file the reader picked and hands it to the archive. */
async function importFile(file: File): Promise<{ articles: number; corrections: number }> {
  const problem = archiveFileProblem(file.size);
  if (problem) throw new Error(problem);
  return sendRequest({ type: 'importArchive', file: parseArchiveText(await file.text()) });
}

/** Resolves if the browser granted `origins` (asking the reader when needed), else rejects with why. */
function requireOrigins(origins: string[], what: string): Promise<void> {
  return browser.permissions.request({ origins }).then((granted) => {
    if (!granted) throw new Error(`your browser did not give Backstory access to ${what}.`);
  });
}

const actions: OptionsActions = {
  switchListedSite(site, on) {
    if (!on) return report(switchListedSite(site, false), `Backstory is off on ${site}. Pages open there stay as they are until reloaded.`);
    // Granted at install, so no prompt, unless the reader revoked it in the browser's add-on settings.
    report(requireOrigins(listedSiteMatches(site), site).then(() => switchListedSite(site, true)), `Backstory is on for ${site}.`);
  },
  removeExtraSite(origin) {
    const label = origin.replace(/\/\*$/, '');
    report(browser.permissions.remove({ origins: [origin] }), `Removed ${label}: Backstory no longer runs there.`);
  },
  setAllSites(on) {
    if (on) {
      report(requireOrigins([ALL_SITES], 'all websites').then(() => saveSettings({ allSites: true })), 'Backstory runs on every website.');
      return;
    }
    // The setting first: even if the browser keeps the permission, Backstory stops running everywhere.
    report(
      saveSettings({ allSites: false }).then(() => browser.permissions.remove({ origins: [ALL_SITES] })),
      'Backstory no longer runs on every website.',
    );
  },
  setHoverDelay(text) {
    const ms = parseHoverDelay(text);
    if (ms === null) {
      status = { text: `Not saved: the wait must be a whole number from ${MIN_HOVER_DELAY_MS} to ${MAX_HOVER_DELAY_MS}.`, error: true };
      void refresh();
      return;
    }
    report(saveSettings({ hoverDelayMs: ms }), `Saved: cards open after ${ms} ms.`);
  },
  setHoverModifier(modifier) {
    report(saveSettings({ hoverModifier: modifier }), modifier === 'none' ? 'Saved: cards open without a key.' : `Saved: cards open while ${modifier} is held.`);
  },
  setUnderline(on) {
    report(saveSettings({ underline: on }), on ? 'Saved: names are underlined.' : 'Saved: names are not underlined.');
  },
  setHistoryPaused(paused) {
    report(
      saveSettings({ historyPaused: paused }),
      paused ? 'Recording paused: Backstory adds no article to your history.' : 'Recording again: Backstory adds the articles you read to your history.',
    );
  },
  excludeSite(text) {
    const site = parseSiteEntry(text);
    if (site === null) {
      status = { text: `Not added: “${text.trim()}” is not a website address. Type one such as example.com.`, error: true };
      void refresh();
      return false;
    }
    report(updateSettings((current) => siteExclusion(current, site, true)), `Saved: Backstory will not record articles from ${site}.`);
    return true;
  },
  includeSite(site) {
    report(updateSettings((current) => siteExclusion(current, site, false)), `Saved: Backstory records articles from ${site} again.`);
  },
  exportHistory() {
    const fileName = archiveFileName(new Date());
    report(
      sendRequest({ type: 'exportArchive' }).then((file) => downloadJson(file, fileName)),
      `Exported: your history is in ${fileName}, in your downloads.`,
      'Not exported',
    );
  },
  importHistory(file) {
    report(importFile(file), describeImport, `Not imported from ${file.name}`);
  },
  deleteHistory() {
    report(sendRequest({ type: 'deleteArchive' }), 'Deleted: your history is empty.', 'Not deleted');
  },
  deleteHistoryOlderThan(months) {
    const before = startOfDayMonthsBefore(new Date(), months);
    report(sendRequest({ type: 'deleteArticlesSeenBefore', before: before.toISOString() }), ({ deleted }) => describeDeletedBefore(deleted, before), 'Not deleted');
  },
};

// Changes made elsewhere (the toolbar button, another options tab, the browser's add-on settings) show at once.
watchSettings(() => void refresh());
browser.permissions.onAdded.addListener(() => void refresh());
// The archive changed: an article read, forgotten from the side panel, or another options tab's import.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && ARCHIVE_CHANGED_KEY in changes) void refresh();
});
browser.permissions.onRemoved.addListener(() => void refresh());
void refresh();
