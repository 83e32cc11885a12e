/** Gate: every built page is valid HTML (html-validate, recommended rules tuned to Astro's output). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '@/lib/built-pages.ts';
import { DIST } from '../support/dist-files.ts';
import { htmlValidateConfig } from './html-validate.config.ts';

test('every built page passes html-validate', async () => {
  const validator = new HtmlValidate(htmlValidateConfig);
  const problems: string[] = [];
  const pages = builtPages(DIST);
  assert.ok(pages.length > 0);
  for (const page of pages) {
    const report = await validator.validateString(await readFile(page.file, 'utf8'), page.file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(problems, [], `${problems.length} HTML problems`);
});
