/**
 * Quick exit: the browser script behind the button in QuickExit.astro.
 *
 * This is the readable source. At build time `build-script.ts` bundles and
 * minifies it with esbuild, BaseLayout inlines the result on every page, and
 * the Content-Security-Policy allows exactly that output by its SHA-256 hash
 * (no other inline script may run). It must stay small, self-contained and
 * old-browser safe: it runs on every page, before anything else could fail.
 *
 * The pattern follows GOV.UK Frontend's "Exit this page" component:
 * - The button is a real link to a neutral, everyday site, so it works with
 *   JavaScript off or broken; this script only makes it faster and safer.
 * - On exit the page is hidden at once, so its content is not left on screen
 *   while the next site loads (someone may be looking over the reader's
 *   shoulder).
 * - A keyboard shortcut leaves without finding the button. GOV.UK uses Shift
 *   pressed three times; this site uses Escape pressed twice within a second
 *   (the shortcut its hint text and the safety pages explain). One Escape does
 *   nothing, so closing a menu or a browser prompt never leaves by accident.
 *
 * Where we go further: the exit uses `location.replace()`, which swaps this
 * page's entry in the tab's history for the neutral site, so the Back button
 * does not bring the reader back here. (It stays in the browser's History
 * list: the safety pages say so and explain how to delete it.)
 */
import { ESCAPE_WINDOW_MS, QUICK_EXIT_ID } from './constants.ts';

const button = document.getElementById(QUICK_EXIT_ID);

if (button instanceof HTMLAnchorElement) {
  // Read the address from the link itself: one source (src/config/site.ts), and
  // content that changed the link's text could not change where it goes.
  const neutralSite = button.href;
  let lastEscape = 0;

  const leave = (event?: Event) => {
    // Stop the link's normal navigation, which would keep this page in Back.
    event?.preventDefault();
    // Hide everything now: the neutral site may take a moment to load.
    document.documentElement.hidden = true;
    location.replace(neutralSite);
  };

  button.addEventListener('click', leave);

  document.addEventListener('keydown', (event) => {
    // 'Esc' is what older Edge and Safari report.
    if (event.key !== 'Escape' && event.key !== 'Esc') return;
    const now = Date.now();
    if (now - lastEscape < ESCAPE_WINDOW_MS) leave(event);
    else lastEscape = now;
  });
}
