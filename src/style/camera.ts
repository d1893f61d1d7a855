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
