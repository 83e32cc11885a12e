/**
 * The quick-exit behaviour, inlined on every page (the only script most pages
 * carry). The button is a real link to a neutral site, so it works with no
 * JavaScript at all; the script adds the Escape shortcut (pressed twice within
 * a second) and uses `location.replace()` so this page is not left in the
 * history as the current entry. It depends on nothing else on the page.
 */
export const QUICK_EXIT_ID = 'quick-exit';

/** Milliseconds between two Escape presses that count as the shortcut. */
export const ESCAPE_WINDOW_MS = 1000;

export const quickExitScript = `(function(){var a=document.getElementById('${QUICK_EXIT_ID}');if(!a)return;var u=a.href,t=0;function go(e){if(e)e.preventDefault();document.documentElement.hidden=true;location.replace(u)}a.addEventListener('click',go);document.addEventListener('keydown',function(e){if(e.key!=='Escape'&&e.key!=='Esc')return;var n=Date.now();if(n-t<${ESCAPE_WINDOW_MS}){go(e)}else{t=n}})})();`;
