/**
 * Following a link in the language switcher as a person does: with many
 * languages the list sits in a `<details>` disclosure, opened first.
 */
import type { Page } from '@playwright/test';

export async function switchLanguage(page: Page, navName: string, language: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: navName });
  const details = nav.locator('details');
  if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await nav.locator('summary').click();
  }
  await nav.getByRole('link', { name: language, exact: true }).click();
}
