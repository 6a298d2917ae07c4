import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Playwright's own
 * browser when installed, else a system Chromium (Debian's `chromium`).
 * Undefined `executablePath` means Playwright's own.
 */
export function findBrowser(): { executablePath?: string } | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? { executablePath: configured } : null;
  if (existsSync(chromium.executablePath())) return {};
  const system = SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
  return system ? { executablePath: system } : null;
}

export const BROWSER_MISSING_MESSAGE = `No Chromium found for the browser tests. Either:
  - install Playwright's browser:   npx playwright install chromium   (needs internet access), or
  - install the system Chromium:    sudo apt-get install -y chromium  (or set CHROMIUM_PATH to a Chromium binary)`;
