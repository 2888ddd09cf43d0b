/** The key of a tab's analysis in `storage.session`, as the storage API and its change events name it. */
export const analysisStorageKey = (tabId: number): string => `analysis:${tabId}`;
