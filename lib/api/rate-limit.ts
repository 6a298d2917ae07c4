/**
 * Per-key request budgets for the content API: a token bucket per key, refilled continuously, held
 * in this process's memory. A database or Redis counter would make every cached answer cost a round
 * trip; the price is that each instance counts on its own (decision 025).
 */
export interface Budget {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until one more request is allowed (0 when one is). */
  retryAfterSeconds: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<number, Bucket>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(keyId: number): Budget {
    const at = this.now();
    const perMs = this.perMinute / 60_000;
    const previous = this.buckets.get(keyId);
    const tokens = previous ? Math.min(this.perMinute, previous.tokens + (at - previous.at) * perMs) : this.perMinute;
    const allowed = tokens >= 1;
    const left = allowed ? tokens - 1 : tokens;
    this.buckets.set(keyId, { tokens: left, at });
    if (this.buckets.size > 10_000) this.forgetFullBuckets(at, perMs);
    return {
      allowed,
      limit: this.perMinute,
      remaining: Math.floor(left),
      retryAfterSeconds: allowed ? 0 : Math.ceil((1 - left) / perMs / 1000),
      resetSeconds: Math.ceil((this.perMinute - left) / perMs / 1000),
    };
  }

  /** A full bucket holds nothing a fresh one would not; revoked keys' buckets go this way. */
  private forgetFullBuckets(at: number, perMs: number): void {
    for (const [keyId, bucket] of this.buckets) if (bucket.tokens + (at - bucket.at) * perMs >= this.perMinute) this.buckets.delete(keyId);
  }
}
