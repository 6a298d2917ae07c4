import { expect, type Page } from '@playwright/test';

// A page left for another stays mounted, hidden, so Back finds it as it was (Next 16 keeps it in <Activity>): match what shows.

/** The editor's save bar: where the text stands (saved, saving, unsaved, autosaved, offline). */
export const saveState = (page: Page) => page.locator('.save-bar-state').filter({ visible: true });

/** The editor's primary button, whatever it says for the text in the form (Publish, Update, Schedule, Save draft, Save framework). */
export const primaryButton = (page: Page) => page.locator('.save-bar button[data-primary]').filter({ visible: true });

/** Presses the primary button and waits for the save bar to say the given version is saved. */
export async function saveAs(page: Page, version: number, label?: string) {
  const button = primaryButton(page);
  if (label) await expect(button).toHaveText(label);
  await button.click();
  await expect(saveState(page)).toContainText(new RegExp(`(Saved|Created) as version ${version}\\.`));
}
