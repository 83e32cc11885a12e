/**
 * In-page checks for WCAG 2.2 criteria axe cannot see, written to run inside
 * the page with `page.evaluate(fn, arg)`: each function is self-contained (it
 * is serialised into the browser), so helpers live inside it.
 */

/** A short, readable name for an element in failure messages. */
type Described = string;

/**
 * Reflow (1.4.10): the document's width against the viewport width. When it
 * overflows, lists the innermost elements that stick out past `limit`.
 */
export function measureOverflow(limit: number): { width: number; offenders: Described[] } {
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}`
        : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };
  const width = document.documentElement.scrollWidth;
  const offenders: Described[] = [];
  if (width > limit) {
    const sticking = [...document.body.querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > limit + 0.5,
    );
    for (const el of sticking) {
      if (!sticking.some((other) => other !== el && el.contains(other))) {
        offenders.push(`${describe(el)} right edge at ${Math.round(el.getBoundingClientRect().right)}px`);
      }
    }
  }
  return { width, offenders: offenders.slice(0, 8) };
}

/**
 * Focus not obscured (2.4.11): moves focus through every focus stop in
 * sequential order (`forward`, from the top of the page, or `backward`, from
 * the bottom, as Tab and Shift+Tab do) with `focus()`, which scrolls the way
 * keyboard focus does, and lists the stops that end up entirely hidden: off
 * screen, or covered by something else (the sticky quick-exit bar) at every
 * sample point of every box the element draws. `current` checks only the
 * element that has focus now (after a real Tab key press), without moving it.
 */
export function focusStopsHidden(direction: 'forward' | 'backward' | 'current'): {
  stops: number;
  hidden: Described[];
  positiveTabindex: number;
  /** For `current`: the focused element's position in document order, to tell stops apart. */
  active?: number;
} {
  const describe = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const r = el.getBoundingClientRect();
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}" at y=${Math.round(r.top)}..${Math.round(r.bottom)}`;
  };
  const visibleAt = (el: Element, x: number, y: number) => {
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  };
  const fullyHidden = (el: Element) => {
    for (const r of el.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      const inset = Math.min(2, r.width / 4, r.height / 4);
      const xs = [r.left + inset, r.left + r.width / 2, r.right - inset];
      const ys = [r.top + inset, r.top + r.height / 2, r.bottom - inset];
      for (const x of xs) for (const y of ys) if (visibleAt(el, x, y)) return false;
    }
    return true;
  };
  if (direction === 'current') {
    const el = document.activeElement;
    const focused = el !== null && el !== document.body;
    return {
      stops: focused ? 1 : 0,
      hidden: focused && fullyHidden(el) ? [describe(el)] : [],
      positiveTabindex: 0,
      active: focused ? [...document.querySelectorAll('*')].indexOf(el) : -1,
    };
  }
  const selector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.tabIndex >= 0);
  const positiveTabindex = candidates.filter((el) => el.tabIndex > 0).length;
  if (direction === 'backward') candidates.reverse();
  // Scroll at once (the site scrolls smoothly unless reduced motion is asked for): the end position is the same.
  const root = document.documentElement;
  const behaviour = root.style.scrollBehavior;
  root.style.scrollBehavior = 'auto';
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.scrollTo(0, direction === 'forward' ? 0 : document.documentElement.scrollHeight);
  const hidden: Described[] = [];
  let stops = 0;
  for (const el of candidates) {
    el.focus();
    if (document.activeElement !== el) continue; // not a focus stop here (display: none, disabled, inert)
    stops += 1;
    if (fullyHidden(el)) hidden.push(describe(el));
  }
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.scrollTo(0, 0);
  root.style.scrollBehavior = behaviour;
  return { stops, hidden, positiveTabindex };
}

/**
 * The system font differs from one machine to the next; a wide one (DejaVu Sans, the default
 * sans-serif on many Linux systems) is the worst case for reflow and for the height of the
 * quick-exit bar. Set through the CSSOM, which the Content-Security-Policy allows.
 */
export const WIDE_FONT = '"DejaVu Sans", "Verdana", sans-serif';

export function useFont(family: string | null): void {
  document.documentElement.style.fontFamily = family ?? '';
}

/** The sticky quick-exit bar's height, and the scroll padding that keeps focused elements clear of it. */
export function quickExitBar(): { height: number; scrollPaddingTop: number } {
  const bar = document.querySelector('.quick-exit-bar');
  return {
    height: bar ? bar.getBoundingClientRect().height : 0,
    scrollPaddingTop: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0,
  };
}

/**
 * Forced colours (run with Playwright's `forcedColors: 'active'`): the theme
 * replaces backgrounds, so shapes must come from borders and from system
 * colours. Lists what would vanish or merge: buttons without a visible border
 * on all four sides, chart text or bars too faint against the theme's
 * background, and waffle squares or key boxes that can no longer be told apart.
 */
export function forcedColoursProblems(): { counts: Record<string, number>; problems: string[] } {
  const rgb = (value: string): [number, number, number] => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return [NaN, NaN, NaN];
    const [r = NaN, g = NaN, b = NaN] = m[1]!.split(/[\s,/]+/).map(Number);
    return [r, g, b];
  };
  const luminance = ([r, g, b]: [number, number, number]) => {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const name = (el: Element) =>
    `<${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
  const canvas = getComputedStyle(document.documentElement).backgroundColor;
  const problems: string[] = [];

  const buttons = [...document.querySelectorAll('.btn')].filter(shown);
  for (const button of buttons) {
    const s = getComputedStyle(button);
    for (const side of ['top', 'right', 'bottom', 'left']) {
      const width = parseFloat(s.getPropertyValue(`border-${side}-width`));
      const style = s.getPropertyValue(`border-${side}-style`);
      const colour = s.getPropertyValue(`border-${side}-color`);
      if (!(width >= 1) || style === 'none' || style === 'hidden' || contrast(colour, canvas) < 3) {
        problems.push(
          `button without a visible ${side} border: ${name(button)} (${width}px ${style} ${colour} on ${canvas})`,
        );
        break;
      }
    }
  }
  const texts = [...document.querySelectorAll('.stat-chart svg text')];
  for (const text of texts) {
    const fill = getComputedStyle(text).fill;
    if (contrast(fill, canvas) < 4.5) problems.push(`chart text too faint: ${name(text)} (${fill} on ${canvas})`);
  }
  const bars = [...document.querySelectorAll('.stat-chart svg .chart-bar')];
  for (const bar of bars) {
    const s = getComputedStyle(bar);
    if (Math.max(contrast(s.fill, canvas), contrast(s.stroke, canvas)) < 3)
      problems.push(`chart bar invisible: ${s.fill}/${s.stroke} on ${canvas}`);
  }
  // Waffle squares: one path of filled squares and one of empty squares per chart (src/lib/chart.ts squaresPath).
  const filledCells = [...document.querySelectorAll('.stat-chart .waffle-grid [data-filled]')];
  const emptyCells = [...document.querySelectorAll('.stat-chart .waffle-grid > :not([data-filled])')];
  for (const cell of filledCells) {
    const s = getComputedStyle(cell);
    if (contrast(s.fill, canvas) < 3) problems.push(`filled square invisible: ${s.fill} on ${canvas}`);
  }
  for (const cell of emptyCells) {
    const s = getComputedStyle(cell);
    if (contrast(s.stroke, canvas) < 3) problems.push(`empty square has no visible outline: ${s.stroke} on ${canvas}`);
    const filled = filledCells[0];
    if (filled && contrast(getComputedStyle(filled).fill, s.fill) < 3)
      problems.push(`filled and empty squares look alike: ${getComputedStyle(filled).fill} vs ${s.fill}`);
  }
  const keys = [...document.querySelectorAll('.stat-chart .key')].filter(shown);
  for (const key of keys) {
    const s = getComputedStyle(key);
    if (contrast(s.borderTopColor, canvas) < 3)
      problems.push(`key box has no visible outline: ${s.borderTopColor} on ${canvas}`);
  }
  const filledKey = document.querySelector('.stat-chart .key-filled');
  const emptyKey = document.querySelector('.stat-chart .key-empty');
  if (filledKey && emptyKey) {
    const [f, e] = [getComputedStyle(filledKey).backgroundColor, getComputedStyle(emptyKey).backgroundColor];
    if (contrast(f, e) < 3) problems.push(`key boxes for filled and empty squares look alike: ${f} vs ${e}`);
  }
  return {
    counts: {
      buttons: buttons.length,
      texts: texts.length,
      bars: bars.length,
      cells: filledCells.length + emptyCells.length,
      keys: keys.length,
    },
    problems: [...new Set(problems)].slice(0, 12),
  };
}
