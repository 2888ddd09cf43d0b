/** The key of a tab's analysis in `storage.session`, as the storage API and its change events name it. */
export const analysisStorageKey = (tabId: number): string => `analysis:${tabId}`;

/** The key of the person the side panel should focus for a tab, in `storage.session`. */
export const focusStorageKey = (tabId: number): string => `focus:${tabId}`;

/** The key of what became of recording a tab's article into the reader's history, in `storage.session`. */
export const recordingStorageKey = (tabId: number): string => `recording:${tabId}`;

/** Changes whenever the background changes the reader's archive, in `storage.session`: the open extension pages read it again. */
export const ARCHIVE_CHANGED_KEY = 'archiveChanged';
