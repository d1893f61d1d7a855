/**
 * The build-time map picture (build/mapPicture.ts) at run time: its rings are decluttered again for the real map
 * size as soon as the script runs (the build could only assume a size), and it is removed once the live map is
 * idle — which then shows the same view in the same place — or at once when the view changes first, the address
 * asks for another view, or the live map cannot start.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { besideSides, declutter, LEADER_ATTRS, leaderEnds, ringLabelBox } from '../derive/declutter';
import type { Store } from '../state/store';
import { deskGeometry, markerDefaults } from './areaMarkers';
import './picture.css';

const PICTURE_ID = 'map-picture';
/** The longest the fade-out may take before the picture is removed anyway (ms; the CSS transition is 200 ms). */
const FADE_MAX_MS = 400;

const pictureEl = (): HTMLElement | null => document.getElementById(PICTURE_ID);

/** True when the query asks only for the overview (no parameter but `lang`): the view the picture shows. */
export function showsOverview(search: string): boolean {
  return [...new URLSearchParams(search).keys()].every((k) => k === 'lang');
}

/** Declutters the picture's rings for the map's real size, as the live markers will be. */
function fitPicture(el: HTMLElement): void {
  const origin = el.getBoundingClientRect();
  // The live markers' geometry for this screen (on a short screen the compact ring with its name beside it).
  const { radius, side, min, band } = deskGeometry();
  const markers = [...el.querySelectorAll<HTMLElement>('[data-picture-marker]')];
  const at = markers.map((marker) => {
    const id = marker.dataset.pictureMarker ?? '';
    const dot = el
      .querySelector<HTMLElement>(`[data-picture-dot="${CSS.escape(id)}"]`)
      ?.getBoundingClientRect();
    return dot
      ? { x: dot.left + dot.width / 2 - origin.left, y: dot.top + dot.height / 2 - origin.top }
      : { x: 0, y: 0 };
  });
  const sides = side === 'beside' ? besideSides(at.map((p) => p.x)) : at.map(() => 'below' as const);
  const items = markers.map((marker, i) => {
    const label = marker.querySelector<HTMLElement>('.area-marker__label');
    const s = sides[i] ?? 'below';
    marker.classList.toggle('area-marker--name-left', s === 'left');
    const { x, y } = at[i] ?? { x: 0, y: 0 };
    return {
      marker,
      // The same box as AreaMarkers': the ring with its name under it (beside it on a short screen).
      point: ringLabelBox(
        marker.dataset.pictureMarker ?? '',
        x,
        y,
        radius,
        { width: label?.offsetWidth ?? 0, height: label?.offsetHeight ?? 0 },
        min,
        s,
      ),
    };
  });
  const offsets = declutter(
    items.map((i) => i.point),
    min.width,
    min.height,
    { width: el.clientWidth, height: el.clientHeight, band, corner: markerDefaults.controlCorner },
  );
  for (const { marker, point } of items) {
    const [dx, dy] = offsets[point.id] ?? [0, 0];
    marker.style.translate = `${dx}px ${dy}px`;
    marker.classList.toggle('area-marker--moved', dx !== 0 || dy !== 0);
    const line = marker.querySelector('.area-marker__leader line');
    for (const [i, v] of leaderEnds(dx, dy, radius, point.label).entries())
      line?.setAttribute(LEADER_ATTRS[i] ?? '', String(v));
  }
  el.classList.add('map-picture--fitted');
}

const refit = (): void => {
  const el = pictureEl();
  if (el) fitPicture(el);
};

/** Removes the picture: faded out when `fade` and motion is welcome, else at once. Safe to call twice. */
export function removeMapPicture(fade = false): void {
  const el = pictureEl();
  if (!el) return;
  window.removeEventListener('resize', refit);
  el.removeAttribute('id');
  if (!fade || window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    el.remove();
    return;
  }
  el.addEventListener('transitionend', () => el.remove(), { once: true });
  setTimeout(() => el.remove(), FADE_MAX_MS);
  el.classList.add('map-picture--gone');
}

/**
 * The areas' bounds [west, south, east, north] the picture was drawn in (its `data-bounds`, written at build time
 * from the same data files as the app loads), or null without a picture. Read before `fitMapPicture`, which
 * removes the picture for other views: the live map's first camera fits these bounds before the data is in.
 */
export function pictureBounds(): [number, number, number, number] | null {
  const values = (pictureEl()?.dataset.bounds ?? '').split(',').map(Number);
  const [w, s, e, n] = values;
  if (values.length !== 4 || !values.every(Number.isFinite) || w === undefined || s === undefined)
    return null;
  if (e === undefined || n === undefined || !(w < e && s < n)) return null;
  return [w, s, e, n];
}

/** Keeps the picture only for the overview, fitted to the real map size (and again on resize). */
export function fitMapPicture(search: string): void {
  const el = pictureEl();
  if (!el) return;
  if (!showsOverview(search)) {
    removeMapPicture();
    return;
  }
  fitPicture(el);
  window.addEventListener('resize', refit);
}

/** Hands the view over to the live map: the picture goes when the map is idle, or as soon as anything changes. */
export function handOverMapPicture(map: MapLibreMap, store: Store): void {
  if (!pictureEl()) return;
  const life = new AbortController();
  // Whichever comes first removes the picture and the other two listeners with it.
  const done = (fade: boolean) => () => {
    life.abort();
    map.off('idle', onIdle);
    map.off('movestart', onMove);
    removeMapPicture(fade);
  };
  const onIdle = done(true);
  const onMove = done(false);
  map.once('idle', onIdle);
  map.once('movestart', onMove);
  store.subscribe(done(false), life.signal);
}
