/** Whether `value` is a time exactly as Date.toISOString writes it: such times compare as text, and the archive keeps no other. */
export const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
