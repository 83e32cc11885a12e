/** Shared by the quick-exit button (QuickExit.astro), its script (quick-exit.ts) and the tests. */

/** The id of the quick-exit link; the script finds the button by it. */
export const QUICK_EXIT_ID = 'quick-exit';

/** Milliseconds within which a second Escape press counts as the shortcut. */
export const ESCAPE_WINDOW_MS = 1000;
