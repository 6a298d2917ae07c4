'use client';

import { useSyncExternalStore } from 'react';

/** For values that never change once read: nothing to subscribe to. */
export const subscribeToNothing = () => () => {};

/**
 * False in the server's HTML (what a browser without JavaScript keeps), true
 * once the script runs: for controls that only work with it, so a page never
 * shows buttons that do nothing.
 */
export function useHasScript(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
