// Where the hint goes for a compose box, in viewport coordinates. Pure, so it is unit-tested.
// The hint never covers the box or the site's post button next to it: both make one zone, and
// the hint goes beside the zone (right, then left), else above it, else below it.

/** Space between the hint, the zone and the viewport's edges. */
export const GAP = 6;
/** How far from the box a post button still belongs to it (to its right, or under it). */
export const BUTTON_REACH = 96;

export type Rect = Pick<DOMRect, 'top' | 'left' | 'right' | 'bottom' | 'width' | 'height'>;

/** The post buttons that sit just right of the box or just under it. */
export function buttonsNear(box: Rect, buttons: Rect[]): Rect[] {
  return buttons.filter((b) => {
    if (b.width === 0 || b.height === 0) return false;
    const beside = b.top < box.bottom && b.bottom > box.top && b.left >= box.left && b.left <= box.right + BUTTON_REACH;
    const under = b.right > box.left && b.left < box.right && b.top >= box.top && b.top <= box.bottom + BUTTON_REACH;
    return beside || under;
  });
}

export function union(first: Rect, more: Rect[]): Rect {
  let { top, left, right, bottom } = first;
  for (const r of more) {
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { top, left, right, bottom, width: right - left, height: bottom - top };
}

export function placement(zone: Rect, own: Rect, view: { width: number; height: number }): { top: number; left: number } {
  const clampTop = (top: number) => Math.min(Math.max(GAP, top), view.height - own.height - GAP);
  const clampLeft = (left: number) => Math.min(Math.max(GAP, left), view.width - own.width - GAP);
  if (view.width - zone.right >= own.width + 2 * GAP) return { top: clampTop(zone.top), left: zone.right + GAP };
  if (zone.left >= own.width + 2 * GAP) return { top: clampTop(zone.top), left: zone.left - GAP - own.width };
  if (zone.top >= own.height + 2 * GAP) return { top: zone.top - GAP - own.height, left: clampLeft(zone.right - own.width) };
  return { top: clampTop(zone.bottom + GAP), left: clampLeft(zone.right - own.width) };
}
