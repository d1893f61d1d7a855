/**
 * `npx tsx build/icons.ts`: draws the app's icons (public/icons/) — the segmented ring of the map in the palette's
 * six colours on the sea colour — pixel by pixel, so no image tool is needed. Run again if the palette changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { INDSATS_TYPES } from '../src/data/types';
import { BASE, PALETTE } from '../src/style/palette';

const OUT = join(import.meta.dirname, '..', 'public', 'icons');
const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** One icon of `size` px; `maskable` keeps the ring inside the 80 % safe zone. */
function icon(size: number, maskable: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  const outer = size * (maskable ? 0.36 : 0.46);
  const inner = outer * 0.42;
  const slice = (2 * Math.PI) / INDSATS_TYPES.length;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      const r = Math.hypot(dx, dy);
      // Clockwise from the top, as the ring's slots are.
      const angle = (Math.atan2(dx, -dy) + 2 * Math.PI + slice / 2) % (2 * Math.PI);
      const slot = Math.floor(angle / slice);
      const inGap = Math.abs(angle - (slot + 0.5) * slice) > slice / 2 - 0.06;
      const type = INDSATS_TYPES.find((t) => PALETTE[t].slot === slot) ?? INDSATS_TYPES[0];
      let color = rgb(BASE.sea);
      if (r <= inner * 0.45) color = rgb(BASE.area);
      else if (r >= inner && r <= outer && !inGap) color = rgb(PALETTE[type].color);
      const i = (y * size + x) * 4;
      png.data.set([...color, 255], i);
    }
  }
  return PNG.sync.write(png);
}

mkdirSync(OUT, { recursive: true });
for (const size of [192, 512]) writeFileSync(join(OUT, `icon-${size}.png`), icon(size, false));
writeFileSync(join(OUT, 'icon-maskable-512.png'), icon(512, true));
