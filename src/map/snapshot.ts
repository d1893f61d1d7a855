import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map's current picture at `pixelRatio`, without keeping the WebGL drawing buffer: the ratio is raised,
 * the map redrawn, and the canvas copied inside the 'render' event, while the frame is still in the buffer.
 * The ratio is restored afterwards.
 */
export async function snapshotMap(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(pixelRatio);
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
  const copy = await new Promise<HTMLCanvasElement>((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = source.width;
      out.height = source.height;
      out.getContext('2d')?.drawImage(source, 0, 0);
      resolve(out);
    });
    map.triggerRepaint();
  });
  map.setPixelRatio(previous);
  return copy;
}
