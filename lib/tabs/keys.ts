/** The key of a tab's analysis in `storage.session`, as the storage API and its change events name it. */
export const analysisStorageKey = (tabId: number): string => `analysis:${tabId}`;

/** The key of the person the side panel should focus for a tab, in `storage.session`. */
export const focusStorageKey = (tabId: number): string => `focus:${tabId}`;
