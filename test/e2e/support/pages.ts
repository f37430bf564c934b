// The extension's full-tab pages (history, batch check, options) and downloads from them.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Launched } from './launch.ts';

export function extensionPage(ext: Launched, name: 'history' | 'batch' | 'options'): string {
  return `chrome-extension://${ext.extensionId}/src/${name}/index.html`;
}

export async function openExtensionPage(ext: Launched, name: 'history' | 'batch' | 'options'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(extensionPage(ext, name));
  return page;
}

/** Clicks `selector` and returns the name and text of the file the page downloads. */
export async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Turns "remember checked sites" on or off in the options page, as a user would. */
export async function setRememberSites(ext: Launched, on: boolean): Promise<void> {
  const options = await openExtensionPage(ext, 'options');
  const box = options.locator('[data-testid=remember-sites]');
  await box.waitFor();
  await options.locator('[data-testid=history-settings]:not([disabled])').waitFor();
  if ((await box.isChecked()) !== on) await box.click();
  await options.locator('[data-testid=saved]', { hasText: /\S/ }).waitFor();
  await options.close();
}
