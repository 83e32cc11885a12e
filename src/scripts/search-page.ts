/**
 * The search page's script (bundled by Astro, loaded only on /search/ and
 * /es/search/). It loads Pagefind's JS API on demand; Pagefind picks the
 * index for the page's `<html lang>`, so each language searches only its own
 * pages. Results are built with DOM methods: nothing from the index is
 * inserted as HTML.
 */
import {
  PAGE_SIZE,
  excerptParts,
  orderedTypes,
  readSearchParams,
  searchParamsFor,
  summaryKey,
  typeFilter,
  type SearchRequest,
} from '@/lib/search.ts';

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
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: unknown }): Promise<PagefindSearch | null>;
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
if (root) void start(root);

async function start(root: HTMLElement) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const fieldset = form.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const options = fieldset.querySelector<HTMLElement>('[data-filter-options]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const resultsSection = root.querySelector<HTMLElement>('[data-search-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  let request: SearchRequest = readSearchParams(new URLSearchParams(location.search));
  input.value = request.query;
  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  const ready = loadPagefind();

  async function showMore(moveFocus: boolean, current: number) {
    const slice = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (current !== generation) return;
    let firstLink: HTMLAnchorElement | undefined;
    for (const item of data) {
      const li = document.createElement('li');
      li.className = 'search-result';
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title || item.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      for (const part of excerptParts(item.excerpt)) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(document.createTextNode(part.text));
      }
      li.append(heading, excerpt);
      list.append(li);
      firstLink ??= link;
    }
    shown += slice.length;
    more.hidden = shown >= results.length;
    if (moveFocus && firstLink) firstLink.focus();
  }

  async function run() {
    const current = ++generation;
    history.replaceState(null, '', `${location.pathname}${searchParamsFor(request)}`);
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    results = [];
    if (!request.query) {
      resultsSection.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    root.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await ready;
      if (!pagefind) throw new Error('Pagefind did not load');
      if (current !== generation) return;
      const search = await pagefind.search(request.query, { filters: typeFilter(request.types) ?? {} });
      if (current !== generation) return;
      results = search?.results ?? [];
      await showMore(false, current);
      if (current !== generation) return;
      resultsSection.hidden = results.length === 0;
      const template = strings[summaryKey(results.length)];
      status.textContent = template.replace('{count}', String(results.length)).replace('{query}', request.query);
    } catch {
      if (current === generation) status.textContent = strings.error;
    } finally {
      if (current === generation) root.removeAttribute('aria-busy');
    }
  }

  // Listen at once, so a search typed while Pagefind loads is not lost to a page reload.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    request = { ...request, query: input.value.replace(/\s+/g, ' ').trim() };
    void run();
  });
  options.addEventListener('change', () => {
    const types = [...options.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((b) => b.value);
    request = { ...request, types };
    void run();
  });
  more.addEventListener('click', () => void showMore(true, generation));

  const pagefind = await ready;
  if (!pagefind) {
    status.textContent = strings.error;
    return;
  }

  // Filters: whatever page types exist in this language's index.
  const available = orderedTypes((await pagefind.filters()).type);
  for (const { value } of available) {
    const id = `search-type-${value}`;
    const wrap = document.createElement('div');
    wrap.className = 'search-filter';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'type';
    box.value = value;
    box.id = id;
    box.checked = request.types.includes(value);
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = strings.types[value] ?? value;
    wrap.append(box, label);
    options.append(wrap);
  }
  if (available.length > 1) fieldset.hidden = false;
  // Ignore types in the URL that this index does not have.
  request = { ...request, types: request.types.filter((t) => available.some((a) => a.value === t)) };

  // A search submitted while Pagefind was loading has already run.
  if (generation === 0) await run();
}

async function loadPagefind(): Promise<Pagefind | undefined> {
  try {
    // A path in a variable: Vite leaves it alone, the browser fetches it from this site.
    const url = `${location.origin}/pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  } catch {
    return undefined;
  }
}
