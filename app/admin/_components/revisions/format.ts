import { formatDateTime } from '@/lib/site';

/** When a revision was saved: the site's date format, to the minute, in UTC. */
export const formatRevisionTime = formatDateTime;
