import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** axe rule sets: WCAG 2.0–2.2 A and AA, plus best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Fails the test with every axe violation on the page, each with the elements it concerns. */
export async function expectNoAxeViolations(page: Page) {
  // Only violations are reported in full: axe skips collecting the details of every rule that passed.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
