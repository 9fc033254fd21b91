import type { LngLat, Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { LAYER } from '../style/ids';
import { lang, msg } from '../text/i18n';
import { el } from './dom';
import { identifyAt } from './identify';
import { identifyTown, type TownInputs } from './town_info';

/**
 * How far from a town's dot a click still picks the town, px. Only the dot: a click on a label
 * (which covers much of the map at low zooms) still tells about the area under it.
 */
const TOWN_HIT_PX = 8;

/** A box in a map container's pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Which side of the point the box lies on, with its arrow; 'apart' when it had to move off (the pin marks the point). */
export type Side = 'above' | 'below' | 'right' | 'left' | 'apart';

/** Gap between the point and the box, px (the arrow's length, and a little). */
const GAP = 12;
/** Least distance of the box from the map's edge, and from a control, px. */
const MARGIN = 4;
/** Least distance of the arrow from the box's corners, px. */
const ARROW_INSET = 12;

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * Where a popup of size w×h about the point p goes in a map of size mapW×mapH, covering no
 * control (`avoid`) and inside the map (issue #11). It prefers a box beside the point with its
 * arrow on it — above, else below, right or left — slid along that side as far as the arrow
 * allows; failing that, the free place nearest the point, without an arrow ('apart'); when no
 * place is free, the one that covers least. `arrow` is where the arrow meets the box's edge,
 * px from its left (above, below) or top (right, left). Pure, for the tests.
 */
export function placePopup(p: { x: number; y: number }, w: number, h: number, mapW: number, mapH: number, avoid: readonly Box[]): { side: Side; box: Box; arrow: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const inX = (x: number) => clamp(x, MARGIN, Math.max(MARGIN, mapW - w - MARGIN));
  const inY = (y: number) => clamp(y, MARGIN, Math.max(MARGIN, mapH - h - MARGIN));
  const map: Box = { x: 0, y: 0, w: mapW, h: mapH };
  // What a placement costs: the area it covers of controls (with a margin), and its area outside the map.
  const grown = avoid.map((a) => ({ x: a.x - MARGIN, y: a.y - MARGIN, w: a.w + 2 * MARGIN, h: a.h + 2 * MARGIN }));
  const cost = (b: Box) => grown.reduce((sum, a) => sum + overlap(a, b), 0) + (w * h - overlap(map, b));
  // Positions along each axis: centred on the point, at either end of the arrow's reach, and
  // flush with every control's edges and with the map's: if any place is free, one of these
  // is (slide a free box left and up until it meets an edge).
  const xs = [p.x - w / 2, p.x - ARROW_INSET, p.x - w + ARROW_INSET, 0, mapW, ...grown.flatMap((a) => [a.x - w, a.x + a.w])].map(inX);
  const ys = [p.y - h / 2, p.y - ARROW_INSET, p.y - h + ARROW_INSET, 0, mapH, ...grown.flatMap((a) => [a.y - h, a.y + a.h])].map(inY);
  const beside: { side: Side; boxes: Box[] }[] = [
    { side: 'above', boxes: xs.map((x) => ({ x, y: p.y - h - GAP, w, h })) },
    { side: 'below', boxes: xs.map((x) => ({ x, y: p.y + GAP, w, h })) },
    { side: 'right', boxes: ys.map((y) => ({ x: p.x + GAP, y, w, h })) },
    { side: 'left', boxes: ys.map((y) => ({ x: p.x - w - GAP, y, w, h })) },
  ];
  const reach = (side: Side, b: Box) => {
    const along = side === 'above' || side === 'below' ? p.x - b.x : p.y - b.y;
    const len = side === 'above' || side === 'below' ? w : h;
    return along >= ARROW_INSET - 0.5 && along <= len - ARROW_INSET + 0.5;
  };
  const arrowOf = (side: Side, b: Box) => clamp(side === 'above' || side === 'below' ? p.x - b.x : p.y - b.y, ARROW_INSET, (side === 'above' || side === 'below' ? w : h) - ARROW_INSET);
  for (const { side, boxes } of beside) {
    // The one nearest to centred on the point, of those the arrow reaches that cover nothing.
    const free = boxes.filter((b) => reach(side, b) && cost(b) === 0).sort((a, b) => Math.abs(a.x + a.w / 2 - p.x) + Math.abs(a.y + a.h / 2 - p.y) - (Math.abs(b.x + b.w / 2 - p.x) + Math.abs(b.y + b.h / 2 - p.y)));
    if (free[0]) return { side, box: free[0], arrow: arrowOf(side, free[0]) };
  }
  // Apart from the point: every combination of the positions above, the free one nearest to it.
  const dist = (b: Box) => Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h));
  let best: Box = { x: inX(p.x - w / 2), y: inY(p.y - h - GAP), w, h };
  let bestKey: [number, number] = [cost(best), dist(best)];
  for (const x of xs)
    for (const y of ys) {
      const b = { x, y, w, h };
      const key: [number, number] = [cost(b), dist(b)];
      if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
        best = b;
        bestKey = key;
      }
    }
  return { side: 'apart', box: best, arrow: 0 };
}

/** The boxes of the controls over a map's container, in its pixels (hidden ones left out). */
function controlBoxes(container: HTMLElement, own: HTMLElement): Box[] {
  const c = container.getBoundingClientRect();
  const out: Box[] = [];
  // Controls may lie over the map from outside its container (the swipe slider, the other
  // map's): every one on the page is read, and those not over this map cost nothing.
  for (const e of document.querySelectorAll<HTMLElement>('.maplibregl-ctrl, .compare-slider, .compare-tag')) {
    if (own.contains(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    out.push({ x: r.left - c.left, y: r.top - c.top, w: r.width, h: r.height });
  }
  return out;
}

/**
 * Show {@link identifyAt} in a small box pinned where the reader clicks the map, or at the map's
 * centre when the focused map gets Enter, or {@link identifyTown} when that point is on a town's
 * dot; Escape closes it. Not MapLibre's Popup: that class alone added 2.6 KiB gzip to a first
 * visit that has 3 KiB of budget left. The box never covers a control (issue #11): it goes on
 * the side of the point where it covers none, and follows the map as it moves.
 */
export function attachIdentify(map: MlMap, inputs: () => TownInputs): void {
  const box = el('div', { className: 'swapmap-identify' });
  // The place the box is about; the box itself may have to stand off from it.
  const pin = el('div', { className: 'swapmap-identify-pin' });
  pin.setAttribute('aria-hidden', 'true');
  box.setAttribute('role', 'status');
  const body = el('div');
  const close = el('button', { type: 'button', className: 'swapmap-identify-close', textContent: '×' });
  close.setAttribute('aria-label', msg().identify.close);
  box.append(body, close);
  let at: LngLat | null = null;
  const hide = () => {
    const hadFocus = box.contains(document.activeElement);
    at = null;
    box.remove();
    pin.remove();
    // Focus does not fall to the page's top: back to the map it was opened from.
    if (hadFocus) map.getCanvas().focus();
  };
  const place = () => {
    if (!at) return;
    const container = map.getContainer();
    const p = map.project(at);
    pin.style.left = `${p.x}px`;
    pin.style.top = `${p.y}px`;
    const placed = placePopup(p, box.offsetWidth, box.offsetHeight, container.clientWidth, container.clientHeight, controlBoxes(container, box));
    box.classList.remove('above', 'below', 'right', 'left', 'apart');
    box.classList.add(placed.side);
    box.style.left = `${placed.box.x}px`;
    box.style.top = `${placed.box.y}px`;
    box.style.setProperty('--arrow', `${placed.arrow}px`);
  };
  const show = (lngLat: LngLat, point: { x: number; y: number }) => {
    const inp = inputs();
    const town = townAt(map, point, inp);
    const r = town ? null : identifyAt([lngLat.lng, lngLat.lat], inp);
    if (town) {
      // Both names, the page's language first: the other one marked as its language.
      const uk = lang() === 'uk' && town.name_uk;
      const title = el('strong', { textContent: uk ? town.name_uk : town.name });
      if (uk) title.append(' · ', el('span', { lang: 'en', textContent: town.name }));
      else if (town.name_uk) title.append(' · ', el('span', { lang: 'uk', textContent: town.name_uk }));
      body.replaceChildren(title, ...town.rows.map((row) => el('div', { textContent: row })));
      box.dataset.kind = 'town';
    } else if (r) {
      body.replaceChildren(el('strong', { textContent: r.oblast }), ...r.rows.map((row) => el('div', { textContent: row })));
      box.dataset.kind = 'area';
    } else return hide();
    at = lngLat;
    if (!box.isConnected) map.getContainer().append(pin, box);
    place();
  };
  close.addEventListener('click', hide);
  map.on('move', place);
  map.on('resize', place);
  map.on('click', (e: MapMouseEvent) => show(e.lngLat, e.point));
  // Keyboard: Enter on the focused map tells what is at its centre (the arrow points there).
  map.getCanvas().addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const c = map.getCenter();
    show(c, map.project(c));
  });
  // Escape closes it, wherever focus is, unless a dialog is open (Escape is the dialog's then).
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !at || document.querySelector('dialog[open]')) return;
    hide();
  });
}

/** The town whose dot is at a point of the map (px), if any. */
function townAt(map: MlMap, point: { x: number; y: number }, inp: TownInputs) {
  if (!map.getLayer(LAYER.townDots)) return null;
  const { x, y } = point;
  const hit = map.queryRenderedFeatures(
    [
      [x - TOWN_HIT_PX, y - TOWN_HIT_PX],
      [x + TOWN_HIT_PX, y + TOWN_HIT_PX],
    ],
    { layers: [LAYER.townDots] },
  );
  const id = hit.map((f) => f.properties?.geonameid as unknown).find((v): v is number => typeof v === 'number');
  return id === undefined ? null : identifyTown(id, inp);
}
