/**
 * `id`s for elements of components that may appear more than once on a page
 * (two support calls, two UK helpline boxes): the first use keeps the plain
 * name, later ones get `-2`, `-3`, … Each page gets its own counter from the
 * middleware, as `Astro.locals.elementId`.
 */
export function elementIdCounter(): (name: string) => string {
  const used = new Map<string, number>();
  return (name) => {
    const count = (used.get(name) ?? 0) + 1;
    used.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  };
}
