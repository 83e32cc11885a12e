/**
 * The search page's script (bundled by Astro, loaded only on the search pages).
 *
 * - Pagefind's JS API starts loading as soon as the page does (the page also
 *   `modulepreload`s it); searches typed meanwhile wait for it, not for the
 *   filters. Pagefind picks the index for this page's `<html lang>`, so each
 *   language searches only its own pages.
 * - Results follow the box as the reader types (a short debounce; Enter or the
 *   button search at once). `pagefind.preload()` fetches the index chunks for
 *   the words while the debounce runs.
 * - Results appear as their fragments arrive: the first five, then the rest of
 *   the page. A newer query or filter always wins: every step checks that it
 *   still belongs to the latest request before it touches the page.
 * - The count goes to a polite live region once typing pauses, not per letter.
 * - The words are never written to the address (no form, no pushState or
 *   replaceState with them), and `?q=` from an old link is dropped unread.
 * - Results are built with DOM methods: nothing from the index is inserted as HTML.
 * - In a language written without spaces between words (Khmer), the typed words are split into
 *   words as the index was (src/lib/words.ts), and the separators are taken out of what is shown.
 */
import {
  ANNOUNCE_DELAY_MS,
  FIRST_BATCH,
  LOAD_TIMEOUT_MS,
  PAGE_SIZE,
  TYPING_DEBOUNCE_MS,
  excerptParts,
  normalizeQuery,
  orderedTypes,
  summaryText,
  typeFilter,
} from '@/lib/search.ts';
import { WORD_SEPARATOR, joinWords, separateWords } from '@/lib/words.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
type SearchOptions = { filters?: Record<string, unknown> };
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindSearch | null>;
}

interface Strings {
  loading: string;
  none: string;
  one: string;
  many: string;
  error: string;
  types: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-search-app]');
if (root) start(root);

function start(root: HTMLElement) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const submit = root.querySelector<HTMLButtonElement>('[data-search-submit]')!;
  const fieldset = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const options = fieldset.querySelector<HTMLElement>('[data-filter-options]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const resultsSection = root.querySelector<HTMLElement>('[data-search-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // Set for a language written without spaces between words: its script (e.g. `Khmr`).
  const wordScript = root.dataset.wordScript;
  /** The words as the index has them (a browser without `Intl.Segmenter` searches them as typed). */
  const searchTerm = (query: string) =>
    wordScript && typeof Intl.Segmenter === 'function'
      ? separateWords(query, document.documentElement.lang, wordScript)
      : query;

  // `autofocus` waits for the first paint; take the focus now so the first keys typed are not lost.
  if (!document.activeElement || document.activeElement === document.body) input.focus();

  // An old link or bookmark may carry `?q=words&type=…`: never read it, and take it out of
  // the address bar (this replaces the current entry; it adds nothing to the history).
  if (location.search) history.replaceState(null, '', `${location.pathname}${location.hash}`);

  /** Bumped by every change of words or filters: work for an older value stops. */
  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let pagefind: Pagefind | undefined;
  let failed = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let announcement: ReturnType<typeof setTimeout> | undefined;

  // Pagefind's module starts its worker, WebAssembly and index metadata loading at once; searches
  // and preloads can be queued as soon as the module is there. Its filters mark it ready.
  root.dataset.searchState = 'loading';
  const imported = loadPagefind();
  imported.then(
    (loaded) => (pagefind = loaded),
    () => {},
  );
  imported
    .then(async (loaded) => {
      showFilters(orderedTypes((await withTimeout(loaded.filters())).type));
      root.dataset.searchState = 'ready';
    })
    .catch(() => showError());

  const chosenTypes = () =>
    [...options.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);
  const searchOptions = (): SearchOptions => ({ filters: typeFilter(chosenTypes()) ?? {} });

  function setStatus(text: string) {
    // Writing the same text again would make some screen readers repeat it.
    if (status.textContent !== text) status.textContent = text;
  }

  function announce(text: string, now: boolean) {
    clearTimeout(announcement);
    if (now) setStatus(text);
    else announcement = setTimeout(() => setStatus(text), ANNOUNCE_DELAY_MS);
  }

  function showError() {
    failed = true;
    generation++;
    clearTimeout(announcement);
    root.dataset.searchState = 'error';
    resultsSection.removeAttribute('aria-busy');
    setStatus(strings.error);
  }

  function resultItem(item: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title?.replaceAll(WORD_SEPARATOR, '') || item.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    for (const part of excerptParts(wordScript ? joinWords(item.excerpt, wordScript) : item.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(document.createTextNode(part.text));
    }
    li.append(heading, excerpt);
    return li;
  }

  /**
   * Show results [from, to): their fragments load together and each is shown as soon as it and
   * those before it have arrived. `replace` swaps out the previous list at the first arrival, so
   * the old results stay until new ones are there. Returns the first link shown.
   */
  async function reveal(from: number, to: number, replace: boolean, current: number) {
    let first: HTMLAnchorElement | undefined;
    for (const pending of results.slice(from, to).map((result) => result.data())) {
      const item = await pending;
      if (current !== generation) return undefined;
      const li = resultItem(item);
      if (replace && shown === 0) list.replaceChildren(li);
      else list.append(li);
      first ??= li.querySelector('a')!;
      shown++;
      resultsSection.hidden = false;
    }
    more.hidden = shown >= results.length;
    return first;
  }

  async function run(announceNow: boolean) {
    clearTimeout(debounce);
    const current = ++generation;
    const query = normalizeQuery(input.value);
    if (failed) return;
    if (!query) {
      clearTimeout(announcement);
      results = [];
      list.replaceChildren();
      resultsSection.hidden = true;
      more.hidden = true;
      setStatus('');
      return;
    }
    resultsSection.setAttribute('aria-busy', 'true');
    try {
      if (!pagefind) {
        setStatus(strings.loading);
        pagefind = await imported;
        if (current !== generation) return;
      }
      const search = await pagefind.search(searchTerm(query), searchOptions());
      if (current !== generation || !search) return;
      results = search.results;
      shown = 0;
      // The count of the previous words must not sit beside these results; the new one follows.
      clearTimeout(announcement);
      setStatus('');
      if (results.length === 0) {
        list.replaceChildren();
        resultsSection.hidden = true;
        more.hidden = true;
      } else {
        await reveal(0, FIRST_BATCH, true, current);
        if (current !== generation) return;
        await reveal(FIRST_BATCH, PAGE_SIZE, false, current);
        if (current !== generation) return;
      }
      announce(summaryText(strings, results.length, query), announceNow);
    } catch {
      if (current === generation) showError();
    } finally {
      if (current === generation) resultsSection.removeAttribute('aria-busy');
    }
  }

  /** Words or filters changed: stop older work at once, search after a pause in typing. */
  function changed(delay: number) {
    generation++;
    clearTimeout(debounce);
    const query = normalizeQuery(input.value);
    // Fetch the index chunks for these words while the debounce runs (no-op if already loaded).
    if (pagefind && query) void pagefind.preload(searchTerm(query), searchOptions()).catch(() => {});
    debounce = setTimeout(() => void run(false), delay);
  }

  function showFilters(available: { value: string }[]) {
    for (const { value } of available) {
      const id = `search-type-${value}`;
      const wrap = document.createElement('div');
      wrap.className = 'search-filter';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = value;
      box.id = id;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = strings.types[value] ?? value;
      wrap.append(box, label);
      options.append(wrap);
    }
    if (available.length > 1) fieldset.hidden = false;
  }

  // Listen at once: words typed while Pagefind loads are searched as soon as it can.
  input.addEventListener('input', () => changed(TYPING_DEBOUNCE_MS));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    void run(true);
  });
  submit.addEventListener('click', () => void run(true));
  options.addEventListener('change', () => changed(0));
  more.addEventListener('click', async () => {
    const first = await reveal(shown, shown + PAGE_SIZE, false, generation);
    first?.focus();
  });
  // Words already in the box (typed before this script ran, or kept by the browser).
  if (normalizeQuery(input.value)) void run(false);
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Pagefind took too long to load')), LOAD_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function loadPagefind(): Promise<Pagefind> {
  // A path in a variable: Vite leaves it alone, the browser fetches it from this site.
  const url = `${location.origin}/pagefind/pagefind.js`;
  const pagefind = (await withTimeout(import(/* @vite-ignore */ url))) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await withTimeout(pagefind.init());
  return pagefind;
}
