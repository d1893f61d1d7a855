/** A box in page pixels (a DOMRect is one). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far (CSS px) an overlay covers the map from each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The part of `map` an `overlay` (a dialog or bottom sheet) covers, as an inset from one side: an overlay as wide
 * as most of the map covers it from the top or bottom, a narrower one from the left or right — whichever side it
 * is nearer. Null or non-overlapping overlays cover nothing.
 */
export function coveredInsets(map: Box, overlay: Box | null): Insets {
  if (!overlay) return NO_INSETS;
  const left = Math.max(map.left, overlay.left);
  const right = Math.min(map.right, overlay.right);
  const top = Math.max(map.top, overlay.top);
  const bottom = Math.min(map.bottom, overlay.bottom);
  if (right <= left || bottom <= top) return NO_INSETS;
  const mapWidth = map.right - map.left;
  if (right - left >= 0.8 * mapWidth) {
    return top - map.top <= map.bottom - bottom
      ? { ...NO_INSETS, top: bottom - map.top }
      : { ...NO_INSETS, bottom: map.bottom - top };
  }
  return left - map.left <= map.right - right
    ? { ...NO_INSETS, left: right - map.left }
    : { ...NO_INSETS, right: map.right - left };
}
