/**
 * The first view of the map, shared by the live map, the build-time map picture and the benchmark's baseline: the
 * areas' bounds fitted into the map with this padding (CSS px), in Web Mercator.
 */
export const FIT_PADDING = { top: 60, bottom: 150, left: 80, right: 80 } as const;

/**
 * On a short screen (a phone on its side: lower than 500 px, as `PHONE_QUERY` and responsive.css) the map is about
 * 280 px high, and the desk padding left 70 px for ten rings: the city was fitted far out, rings over each other.
 * There the credits are a folded (i) button, so the padding only keeps room for the rings and their names.
 */
export const FIT_PADDING_SHORT = { top: 30, bottom: 56, left: 50, right: 50 } as const;
export const SHORT_SCREEN_QUERY = '(max-height: 499px)';

/** Padding (CSS px) on each side of a fitted view. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * `base` as it fits a map `width` × `height` px: scaled down, per axis, where it would take more than half the map.
 * MapLibre does not fit at all where the padding leaves no room (it warns "Map cannot fit within canvas…"), as in a
 * map not yet laid out to its size, or a very small screen; the normal sizes keep `base` as it is.
 */
export function paddingFor(base: Padding, width: number, height: number): Padding {
  // A map with no box yet is left to MapLibre as it was (no padding can make room there).
  if (width < 2 || height < 2) return base;
  const sx = Math.min(1, width / 2 / Math.max(1, base.left + base.right));
  const sy = Math.min(1, height / 2 / Math.max(1, base.top + base.bottom));
  return { top: base.top * sy, right: base.right * sx, bottom: base.bottom * sy, left: base.left * sx };
}
