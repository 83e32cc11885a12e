import type { Page } from '@playwright/test';
import { site } from '@/config/site.ts';

/** The neutral site the quick exit leads to, answered locally so tests never leave the machine. */
export async function stubQuickExitTarget(page: Page) {
  const target = new URL(site.quickExitUrl);
  await page.context().route(`${target.origin}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
    }),
  );
}
