/**
 * A value known now or later: what a build-wide cache answers (a promise for the first page that
 * asks, the value itself for every page after it). A component that goes on with `nowOrLater`
 * instead of `await` renders at once whenever the value is known: Astro buffers everything after a
 * component that waits, so one `await` near the top of a page costs a copy of the rest of it.
 */
export type NowOrLater<T> = T | Promise<T>;

/** `then(value)` at once when the value is known, else when it is. */
export function nowOrLater<T, R>(value: NowOrLater<T>, then: (value: T) => R): NowOrLater<R> {
  return value instanceof Promise ? (value.then(then) as Promise<R>) : then(value);
}

/**
 * A cache of answers that may take a while: each is worked out once, and once it is known it is
 * handed out as itself, not as a promise. A failure is not kept (the next caller tries again).
 */
export function settledCache<T>(): (key: string, work: () => Promise<T>) => NowOrLater<T> {
  const kept = new Map<string, NowOrLater<T>>();
  return (key, work) => {
    if (kept.has(key)) return kept.get(key)!;
    const pending = work().then(
      (value) => (kept.set(key, value), value),
      (error: unknown) => {
        kept.delete(key);
        throw error;
      },
    );
    kept.set(key, pending);
    return pending;
  };
}
