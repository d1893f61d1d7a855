/**
 * The first view of the map, shared by the live map, the build-time map picture and the benchmark's baseline: the
 * areas' bounds fitted into the map with this padding (CSS px), in Web Mercator.
 */
export const FIT_PADDING = { top: 60, bottom: 150, left: 80, right: 80 } as const;
