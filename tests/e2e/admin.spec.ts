/**
 * The web editor at /admin/ (src/integrations/admin.ts), driven through its real
 * interface: Sveltia CMS's "Work with Local Repository", whose folder picker
 * (the File System Access API) is handed a copy of content/ in the browser's
 * private file system, so the files the editor writes can be read back exactly.
 *
 * 1. The page itself: noindex, its own policy, scripts from this site only, and
 *    no request to any other host while it is used.
 * 2. A post created in English through the form (title, summary, tag, campaign,
 *    picture, a text with the help-lines component) and saved.
 * 3. The Spanish translation of an existing post edited and saved: it keeps its
 *    translation record but no longer claims a review.
 * 4. A draft post holding a note for editors (an MDX comment) edited and saved:
 *    the note is written back as it was, not escaped into text.
 * 5. Every file written, byte for byte, goes into a copy of the project, which
 *    `astro build` accepts (the content guard refuses an escaped note); the built
 *    pages show the titles. One build for all cases.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ADMIN_STATUS_ORIGIN, adminContentSecurityPolicy } from '@/lib/csp.ts';
import { postPath } from '@/lib/paths.ts';
import { astro, PROJECT, withProjectCopy } from '../support/project-copy.ts';

test.describe.configure({ mode: 'serial' });
// The editor is a desktop tool: a laptop-sized window, mouse and keyboard.
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

/** The folder name the editor is given, in the browser's private file system. */
const CHECKOUT = 'checkout';
const NEW_TITLE = 'What to do if a job offer sounds too good to be true';
const NEW_SLUG = 'what-to-do-if-a-job-offer-sounds-too-good-to-be-true';
const EDITED_SLUG = 'stockton-campaign-introduction';
const EDITED_TITLE = 'Le presentamos nuestra campaña contra la trata en Stockton y el Valle de San Joaquín';
/** A draft post whose text holds a note for editors (an MDX comment). */
const NOTE_SLUG = 'share-what-you-see-with-the-stop-app';
const NOTE_TITLE = 'Share what you see and hear with the STOP APP';

/** Files the editor wrote, by path from the project root: filled by the cases, built by the last one. */
const written = new Map<string, string>();

/** content/, as the browser receives it: path → base64. */
function contentFiles(): [string, string][] {
  return readdirSync(join(PROJECT, 'content'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return [relative(PROJECT, file).split('\\').join('/'), readFileSync(file).toString('base64')];
    });
}

/** The editor's accessible group for a field ("“Title” Field", with Unicode isolation marks). */
const field = (page: Page, label: string) =>
  page.getByRole('group', { name: new RegExp(`^“\\u2068?${label.replace(/[()]/g, '\\$&')}\\u2069?” Field$`) });

/**
 * Watch for requests to other hosts and console errors (CSP violations show there) for the whole
 * visit. The one other host the editor asks on its own is GitHub's status page (its policy allows
 * it); the test answers for it, as the machine has no network.
 */
async function watch(page: Page) {
  await page.route(`${ADMIN_STATUS_ORIGIN}/**`, (route) =>
    route.fulfill({ json: { status: { indicator: 'none', description: 'All Systems Operational' } } }),
  );
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['data:', 'blob:'].includes(url.protocol) &&
      url.hostname !== '127.0.0.1' &&
      url.origin !== ADMIN_STATUS_ORIGIN
    )
      foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { foreign, errors };
}

/**
 * Open the editor on a copy of content/ (`edit` may change files first) and sign in with "Work with
 * Local Repository": the folder picker answers with that copy.
 */
async function openOnCheckout(page: Page, edit: (files: [string, string][]) => [string, string][] = (f) => f) {
  await page.addInitScript((name) => {
    // The real picker needs a person to choose a folder; this hands over the prepared one.
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name),
    });
  }, CHECKOUT);
  await page.goto('/admin/');
  await page.evaluate(
    async ({ name, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(name, { recursive: true }).catch(() => undefined);
      const checkout = await root.getDirectoryHandle(name, { create: true });
      // The editor checks that the folder is a Git checkout.
      await checkout.getDirectoryHandle('.git', { create: true });
      for (const [path, data] of files) {
        const parts = path.split('/');
        let dir = checkout;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { name: CHECKOUT, files: edit(contentFiles()) },
  );
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('button', { name: 'Create New Entry' })).toBeVisible();
}

/** A file the editor wrote, read back through the same folder handle. */
async function readCheckout(page: Page, path: string): Promise<string> {
  return page.evaluate(
    async ({ name, path }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    },
    { name: CHECKOUT, path },
  );
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved: the editor goes back to the collection's list.
  await expect(page.getByRole('button', { name: 'Create New Entry' })).toBeVisible();
}

test('/admin/ is the editor: noindex, its own policy, scripts from this site only', async ({ page }) => {
  const { foreign, errors } = await watch(page);
  const response = await page.goto('/admin/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toBe(adminContentSecurityPolicy());
  expect(headers['x-robots-tag']).toBe('noindex');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  const robots = await page.locator('meta[name="robots"]').evaluateAll((m) => m.map((e) => e.getAttribute('content')));
  expect(robots.length).toBeGreaterThan(0);
  for (const content of robots) expect(content).toMatch(/noindex/);
  await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible();
  const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(new URL(src).origin, src).toBe(new URL(page.url()).origin);
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

test('a new English post written through the form', async ({ page }) => {
  const { foreign, errors } = await watch(page);
  await openOnCheckout(page);
  await page.getByRole('button', { name: 'Create New Entry' }).click();

  await field(page, 'Published').locator('input[type="date"]').fill('2026-11-02');
  await field(page, 'Author').getByRole('textbox').fill('STOP THE TRAFFIK');
  await field(page, 'Tags').getByRole('combobox').click();
  await page.getByRole('option', { name: 'labour-exploitation' }).click();
  await field(page, 'Title').click();
  await field(page, 'Campaign').getByRole('radio', { name: 'stockton' }).click();
  await field(page, 'Picture').getByRole('button', { name: 'Browse' }).click();
  const library = page.getByRole('dialog');
  await library.getByRole('option', { name: 'stockton-valley.jpg' }).click();
  await library.getByRole('button', { name: 'Insert' }).click();
  await field(page, 'Picture description (alt text)')
    .getByRole('textbox')
    .fill('Illustration of the San Joaquin Valley at sunset, with farm fields either side of a long road.');

  const text = field(page, 'Text');
  await text.locator('[contenteditable="true"]').click();
  await page.keyboard.type('If a job offer asks you to pay a fee or to hand over your passport, ask for help first:');
  await page.keyboard.press('Enter');
  await text.getByRole('button', { name: 'Insert' }).click();
  // Only the site's own components are offered, the ones the content guard allows.
  await expect(page.getByRole('menuitem')).toHaveText([
    'Help lines (hotline buttons)',
    'STOP APP store links',
    'Emergency number',
    'Support box (donate and the STOP APP)',
    'Statistic figure',
    'UK help lines',
    'UK number of the 2018 food-industry post',
    'Relay service number (711)',
    'Link to the organisation’s website',
    'Note for editors (not published)',
  ]);
  await page.getByRole('menuitem', { name: 'Help lines (hotline buttons)' }).click();
  // Title and summary last: just after the form opens the editor may still reset its first fields
  // (seen once in a loaded run: both saved empty), and a person never types that fast.
  const title = field(page, 'Title').getByRole('textbox');
  const summary = field(page, 'Summary').getByRole('textbox');
  const summaryText = 'Traffickers often recruit with jobs that promise too much. Here is how to check an offer first.';
  await title.fill(NEW_TITLE);
  await summary.fill(summaryText);
  await expect(title).toHaveValue(NEW_TITLE);
  await expect(summary).toHaveValue(summaryText);
  await save(page);

  const path = `content/posts/en/${NEW_SLUG}.mdx`;
  const file = await readCheckout(page, path);
  expect(file).toContain(`title: ${NEW_TITLE}\n`);
  expect(file).toContain('  - labour-exploitation\n');
  expect(file).toContain('campaign: stockton\n');
  expect(file).toContain('  image: ../../images/stockton-valley.jpg\n');
  expect(file).toMatch(/\n<Hotline \/>\n$/);
  written.set(path, file);
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

test('the Spanish translation of a post edited: its record stays, its review does not', async ({ page }) => {
  const { foreign, errors } = await watch(page);
  const spanish = `content/posts/es/${EDITED_SLUG}.mdx`;
  // Start from a translation a native speaker has reviewed.
  const reviewed = (text: string) => text.replace(/^ {2}reviewed: false$/m, '  reviewed: 2026-11-20');
  await openOnCheckout(page, (files) =>
    files.map(([path, data]) =>
      path === spanish
        ? [path, Buffer.from(reviewed(Buffer.from(data, 'base64').toString())).toString('base64')]
        : [path, data],
    ),
  );
  const before = readFileSync(join(PROJECT, spanish), 'utf8');
  const source = /^ {2}source: ([0-9a-f]{16})$/m.exec(before)![1];

  await page.getByRole('row', { name: /Introducing our Stockton/ }).click();
  await page.getByRole('combobox', { name: 'Switch Locale' }).first().click();
  await page.getByRole('option', { name: 'Spanish' }).click();
  const title = field(page, 'Title').getByRole('textbox');
  await expect(title).toHaveValue('Le presentamos nuestra campaña en Stockton y el Valle de San Joaquín');
  await title.fill(EDITED_TITLE);
  await save(page);

  const file = await readCheckout(page, spanish);
  expect(file).toContain(`title: ${EDITED_TITLE}\n`);
  expect(file).toContain(`  source: ${source}\n`);
  expect(file).toContain('  reviewed: false\n');
  expect(file).not.toContain('2026-11-20');
  written.set(spanish, file);
  // Saving an entry writes all its language versions; the English keeps its text.
  const english = `content/posts/en/${EDITED_SLUG}.mdx`;
  written.set(english, await readCheckout(page, english));
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

test('a post with a note for editors keeps the note as it was written', async ({ page }) => {
  const { foreign, errors } = await watch(page);
  await openOnCheckout(page);
  const path = `content/posts/en/${NOTE_SLUG}.mdx`;
  const note = /^\{\/\*.*\*\/\}$/m.exec(readFileSync(join(PROJECT, path), 'utf8'))![0];

  await page.getByRole('row', { name: /Share what you see with the STOP APP/ }).click();
  await field(page, 'Title').getByRole('textbox').fill(NOTE_TITLE);
  await save(page);

  const file = await readCheckout(page, path);
  expect(file).toContain(`title: ${NOTE_TITLE}\n`);
  expect(file).toContain(`\n${note}\n`);
  written.set(path, file);
  expect(foreign, 'requests to other hosts').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

test('the files the editor wrote build, and the pages show them', async () => {
  test.setTimeout(420_000);
  expect([...written.keys()].sort()).toEqual([
    `content/posts/en/${NOTE_SLUG}.mdx`,
    `content/posts/en/${EDITED_SLUG}.mdx`,
    `content/posts/en/${NEW_SLUG}.mdx`,
    `content/posts/es/${EDITED_SLUG}.mdx`,
  ]);
  await withProjectCopy('admin-editor-', (dir) => {
    for (const [path, text] of written) writeFileSync(join(dir, path), text);
    const { status, output } = astro(dir, ['build'], 400_000);
    expect(status, output.slice(-3000)).toBe(0);
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    expect(page(postPath(NEW_SLUG, 'en'))).toContain(`<h1`);
    expect(page(postPath(NEW_SLUG, 'en'))).toContain(NEW_TITLE);
    expect(page(postPath(EDITED_SLUG, 'es'))).toContain(EDITED_TITLE);
  });
});
