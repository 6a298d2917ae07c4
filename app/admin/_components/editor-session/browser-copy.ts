import type { TypedFields } from '@/lib/validation/working-copy';

/** Unsaved text kept in this browser, for when the server cannot be reached or the tab dies first. */
export interface BrowserCopy {
  fields: TypedFields;
  baseVersion: number;
  /** Epoch milliseconds. */
  keptAt: number;
  /** Typed while a new item was first saved: its editor takes it up at once instead of offering it. */
  resume?: boolean;
}

const PREFIX = 'musings:unsaved:';

/** localStorage can be full, disabled or private: keeping a copy is best effort, never an error for the author. */
export function readBrowserCopy(key: string): BrowserCopy | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    const parsed = raw ? (JSON.parse(raw) as BrowserCopy) : null;
    return parsed && typeof parsed.fields === 'object' && typeof parsed.baseVersion === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

export function keepBrowserCopy(key: string, copy: BrowserCopy): boolean {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function dropBrowserCopy(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing kept, nothing to drop.
  }
}
