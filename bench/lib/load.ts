import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** Drives `url` with autocannon in this process for a fixed duration. */
export async function measure(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
  });
  return summarize(result);
}

/** The numbers a bench row reports, from any autocannon run. */
export function summarize(result: autocannon.Result): LoadResult {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Fills the cache (sequential requests, each checked for success), then a
 * short concurrent burst so the server's JIT is warm: without it the first
 * seconds of a measured run showed p99 latencies of 4 s here.
 */
export async function warmUp(url: string, connections = 16): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  }
  await autocannon({ url, connections, duration: 2 });
}
