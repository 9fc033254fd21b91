import type { LngLat, Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { LAYER } from '../style/ids';
import { el } from './dom';
import { identifyAt } from './identify';
import { identifyTown, type TownInputs } from './town_info';

/**
 * How far from a town's dot a click still picks the town, px. Only the dot: a click on a label
 * (which covers much of the map at low zooms) still tells about the area under it.
 */
const TOWN_HIT_PX = 8;

/**
 * Show {@link identifyAt} in a small box pinned where the reader clicks the map, or
 * {@link identifyTown} when the click is on a town's dot. Not MapLibre's Popup: that
 * class alone added 2.6 KiB gzip to a first visit that has 3 KiB of budget left.
 * The box sits above the point, or below it near the top edge, and follows the map as it moves.
 */
export function attachIdentify(map: MlMap, inputs: () => TownInputs): void {
  const box = el('div', { className: 'swapmap-identify' });
  const body = el('div');
  const close = el('button', { type: 'button', className: 'swapmap-identify-close', textContent: '×' });
  close.setAttribute('aria-label', 'Close');
  box.append(body, close);
  let at: LngLat | null = null;
  const hide = () => {
    at = null;
    box.remove();
  };
  const place = () => {
    if (!at) return;
    const p = map.project(at);
    const below = p.y < box.offsetHeight + 16;
    box.classList.toggle('below', below);
    box.style.left = `${p.x}px`;
    box.style.top = `${p.y}px`;
  };
  close.addEventListener('click', hide);
  map.on('move', place);
  map.on('click', (e: MapMouseEvent) => {
    const inp = inputs();
    const town = townAt(map, e, inp);
    const r = town ? null : identifyAt([e.lngLat.lng, e.lngLat.lat], inp);
    if (town) {
      const title = el('strong', { textContent: town.name });
      if (town.name_uk) title.append(' · ', el('span', { lang: 'uk', textContent: town.name_uk }));
      body.replaceChildren(title, ...town.rows.map((row) => el('div', { textContent: row })));
      box.dataset.kind = 'town';
    } else if (r) {
      body.replaceChildren(el('strong', { textContent: r.oblast }), ...r.rows.map((row) => el('div', { textContent: row })));
      box.dataset.kind = 'area';
    } else return hide();
    at = e.lngLat;
    if (!box.isConnected) map.getContainer().append(box);
    place();
  });
}

/** The town whose dot is under the click, if any. */
function townAt(map: MlMap, e: MapMouseEvent, inp: TownInputs) {
  if (!map.getLayer(LAYER.townDots)) return null;
  const { x, y } = e.point;
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
