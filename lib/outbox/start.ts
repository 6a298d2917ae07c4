import 'server-only';
import { onShutdown } from '@/lib/server/shutdown-hooks.mjs';
import { createWebhookWorker, type WebhookWorker } from './worker';

/** One worker per server process: instrumentation.ts may run in several bundles, and the dev server reloads modules. */
const holder = globalThis as { __musingsWebhookWorker?: WebhookWorker };

export async function startWebhookWorkerOnce(): Promise<void> {
  if (holder.__musingsWebhookWorker) return;
  const worker = createWebhookWorker();
  holder.__musingsWebhookWorker = worker;
  // On SIGTERM (scripts/serve.mjs) it stops claiming and lets the deliveries in flight finish or time out.
  onShutdown(() => worker.stop());
  await worker.start();
}
