import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '@/lib/dates';

describe('the site’s one date format', () => {
  it('reads the same for readers and in the admin, in UTC, to the minute where time matters', () => {
    const moment = new Date('2024-04-18T00:05:00Z');
    expect(formatDate(moment)).toBe('April 18, 2024');
    expect(formatDateTime(moment)).toBe('April 18, 2024, 00:05 UTC');
    expect(formatDateTime(new Date('2024-12-31T23:59:59Z'))).toBe('December 31, 2024, 23:59 UTC');
  });
});
