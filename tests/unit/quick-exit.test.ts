/**
 * The quick-exit script (src/components/quick-exit/): built from its typed
 * source, small, and doing what the button promises. The browser tests check
 * it on real pages (tests/e2e/foundation.spec.ts); this runs the built snippet
 * against a minimal stand-in for the page, including the timing of Escape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { buildQuickExitScript } from '@/components/quick-exit/build-script.ts';
import { ESCAPE_WINDOW_MS, QUICK_EXIT_ID } from '@/components/quick-exit/constants.ts';

const script = buildQuickExitScript();
const NEUTRAL = 'https://www.weather.gov/';

/** Runs the snippet on a stand-in page; returns how to press keys and click, and what happened. */
function page(withButton = true) {
  const listeners: Record<string, ((e: unknown) => void)[]> = {};
  const replaced: string[] = [];
  let now = 1_000_000;
  class HTMLAnchorElement {
    href = NEUTRAL;
    addEventListener(type: string, fn: (e: unknown) => void) {
      (listeners[`button:${type}`] ??= []).push(fn);
    }
  }
  const root = { hidden: false };
  const context = {
    HTMLAnchorElement,
    document: {
      documentElement: root,
      getElementById: (id: string) => (withButton && id === QUICK_EXIT_ID ? new HTMLAnchorElement() : null),
      addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[`document:${type}`] ??= []).push(fn),
    },
    location: { replace: (url: string) => replaced.push(url) },
    Date: { now: () => now },
  };
  runInNewContext(script, context);
  const event = (key?: string) => {
    const e = {
      key,
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    return e;
  };
  return {
    replaced,
    root,
    wait: (ms: number) => (now += ms),
    press(key: string) {
      const e = event(key);
      for (const fn of listeners['document:keydown'] ?? []) fn(e);
      return e;
    },
    click() {
      const e = event();
      for (const fn of listeners['button:click'] ?? []) fn(e);
      return e;
    },
  };
}

test('the built snippet is minified, under 1 KB and leaks no globals', () => {
  assert.ok(Buffer.byteLength(script) < 1024, `${Buffer.byteLength(script)} bytes`);
  assert.ok(!script.includes('\n'), 'one line');
  assert.match(script, /^"use strict";\(\(\)=>\{/);
  assert.ok(!/\/\*|\/\//.test(script.replace(/https?:\/\//g, '')), 'no comments');
});

test('clicking hides the page and replaces it with the neutral site', () => {
  const p = page();
  const click = p.click();
  assert.equal(click.prevented, true, 'the link does not navigate normally (that would keep the page in Back)');
  assert.deepEqual(p.replaced, [NEUTRAL]);
  assert.equal(p.root.hidden, true);
});

test('Escape twice within the window leaves; once, or twice too slowly, does not', () => {
  const p = page();
  p.press('Escape');
  assert.deepEqual(p.replaced, []);
  p.wait(ESCAPE_WINDOW_MS + 1);
  p.press('Escape');
  assert.deepEqual(p.replaced, [], 'too slow: counts as a first press again');
  p.wait(ESCAPE_WINDOW_MS - 1);
  p.press('Escape');
  assert.deepEqual(p.replaced, [NEUTRAL]);
  const old = page();
  old.press('Esc');
  old.press('Esc');
  assert.deepEqual(old.replaced, [NEUTRAL], "older browsers' key name");
  const other = page();
  other.press('a');
  other.press('Enter');
  assert.deepEqual(other.replaced, []);
});

test('a page without the button is left alone', () => {
  const p = page(false);
  p.press('Escape');
  p.press('Escape');
  assert.deepEqual(p.replaced, []);
});
