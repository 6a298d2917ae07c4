import { afterAll, describe, expect, it } from 'vitest';
import { createDatabaseProbe } from '@/lib/server/database-probe.mjs';
import { openTcpGate, type TcpGate } from '../support/tcp-gate';

let gate: TcpGate;
const probes: Array<{ close(): Promise<void> }> = [];

afterAll(async () => {
  await Promise.all(probes.map((probe) => probe.close().catch(() => undefined)));
  await gate?.close();
});

describe('the database probe behind the 503 page', () => {
  it('does not let a "reachable" from a moment ago excuse a response that failed since the database went away', async () => {
    gate = await openTcpGate(process.env.DATABASE_URL!);
    const probe = createDatabaseProbe(gate.url);
    probes.push(probe);
    expect(await probe.reachable()).toBe(true);
    await gate.close();
    // Within the second, the proxy's look may reuse it: it only decides whether to try the page.
    expect(await probe.reachable()).toBe(true);
    // A 500 asks afresh, and the answer is the outage it is.
    expect(await probe.reachableNow()).toBe(false);
    // A burst of failures during the outage reuses that answer.
    const started = Date.now();
    expect(await probe.reachableNow()).toBe(false);
    expect(Date.now() - started).toBeLessThan(50);
    await gate.open();
  });
});
