// @ts-check
/**
 * What must be closed before the process exits (the database pools). The app's
 * modules are bundled by Next and the server entry is not, so the registry
 * lives on globalThis, where both see the same one.
 * @typedef {() => Promise<unknown> | unknown} ShutdownHook
 */
const holder = /** @type {{ __musingsShutdownHooks?: Set<ShutdownHook> }} */ (globalThis);

/** @param {ShutdownHook} hook */
export function onShutdown(hook) {
  (holder.__musingsShutdownHooks ??= new Set()).add(hook);
}

/** Runs every hook once, in parallel; one failing does not stop the others. */
export async function runShutdownHooks() {
  const hooks = [...(holder.__musingsShutdownHooks ?? [])];
  holder.__musingsShutdownHooks?.clear();
  const results = await Promise.allSettled(hooks.map(async (hook) => hook()));
  for (const result of results) if (result.status === 'rejected') console.error(`A shutdown step failed: ${result.reason}`);
}
