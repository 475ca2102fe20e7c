// The analysis sorts a handful of phrases or reasons per draft, several times per typing pause.
// Array.prototype.sort calls its comparator from inside the engine, and for so few items that
// call is most of the work; a plain insertion sort here is inlined with its comparator.

/** Past this many items insertion sort's quadratic steps cost more (a long pasted draft): the engine's sort. */
const SMALL = 24;

/** Sorts `items` in place by `order`, stably, as Array.prototype.sort does; returns them. */
export function sortSmall<T>(items: T[], order: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(order);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && order(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
