import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map's current picture at `pixelRatio`, without keeping the WebGL drawing buffer: the ratio is raised,
 * the map redrawn, and the canvas copied inside the 'render' event, while the frame is still in the buffer.
 * The ratio is restored afterwards.
 */
export async function snapshotMap(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(pixelRatio);
  const idle = map.once('idle');
  map.triggerRepaint();
  await idle;
  const rendered = map.once('render');
  map.triggerRepaint();
  // The promise settles in the same task as the frame, before the browser clears the drawing buffer.
  await rendered;
  const copy = copyCanvas(map.getCanvas());
  map.setPixelRatio(previous);
  return copy;
}

/**
 * The map's picture at `pixelRatio`, drawn and copied at once (for the browser's own print, which cannot wait):
 * a synchronous redraw leaves the frame in the drawing buffer until this task ends. The ratio is restored and
 * the map redrawn at it.
 */
export function snapshotMapNow(map: MapLibreMap, pixelRatio: number): HTMLCanvasElement {
  const previous = map.getPixelRatio();
  map.setPixelRatio(pixelRatio);
  map.redraw();
  const copy = copyCanvas(map.getCanvas());
  map.setPixelRatio(previous);
  map.redraw();
  return copy;
}

/** A 2D copy of the map canvas's current frame (taken while the frame is still in the drawing buffer). */
function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}
