/** An error's message in plain words for the reader: thrown values are not always Errors. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
