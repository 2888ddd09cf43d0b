/**
 * A failed browser call nothing waits for (a menu update, a panel opening) is logged for whoever
 * debugs the background; the reader sees its effect, or its absence, where it happens.
 */
export const logFailure =
  (what: string, level: 'warn' | 'error' = 'warn') =>
  (error: unknown): void =>
    console[level](`Backstory: ${what}`, error);
