/**
 * When a failed delivery is tried again: 30 s after the first failure, doubling each time up to 4 hours,
 * for about a day in all (15 attempts over ~24 h 15 min), then it is marked failed. The worker takes the
 * schedule as an option, so tests run it in milliseconds.
 */
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 4 * 3_600_000;
export const MAX_ATTEMPTS = 15;

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => Math.min(FIRST_RETRY_MS * 2 ** index, LONGEST_WAIT_MS));

/** The wait after attempt number `attempts` (1-based) failed, or null when it was the last. */
export function retryDelayAfter(attempts: number, delays: readonly number[] = DEFAULT_RETRY_DELAYS_MS): number | null {
  return delays[attempts - 1] ?? null;
}
