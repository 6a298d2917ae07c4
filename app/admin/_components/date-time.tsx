import { formatDateTime } from '@/lib/site';

/** An admin timestamp to the minute, in the site's one format, machine-readable too. */
export function DateTime({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}
