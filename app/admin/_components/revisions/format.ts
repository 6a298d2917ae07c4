const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** When a revision was saved, to the minute, in UTC (so every editor reads the same time). */
export function formatRevisionTime(date: Date): string {
  return `${timeFormat.format(date)} UTC`;
}
