const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** An admin timestamp to the minute, in UTC like the rest of the site (and saying so), machine-readable too. */
export function DateTime({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{dateTimeFormat.format(date)} UTC</time>;
}
