/**
 * Next.js calls register() once when a server process starts. It starts the webhook delivery worker
 * (lib/outbox, decision 026) in the Node.js runtime, and not while `next build` prerenders pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startWebhookWorkerOnce } = await import('./lib/outbox/start');
  await startWebhookWorkerOnce();
}
