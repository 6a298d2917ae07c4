// @ts-check
/**
 * The largest request body a Server Action accepts: Next's own default, set
 * here once so that next.config.mjs (which tells Next) and proxy.ts (which
 * answers 413 before Next would fail with a 500) cannot disagree. A post body
 * at its 100,000-character limit is at most 400 KB of UTF-8.
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
