import type { LngLat, Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { el } from './dom';
import { identifyAt, type IdentifyInputs } from './identify';

/**
 * Show {@link identifyAt} in a small box pinned where the reader clicks the map. Not MapLibre's
 * Popup: that class alone added 2.6 KiB gzip to a first visit that has 3 KiB of budget left.
 * The box sits above the point, or below it near the top edge, and follows the map as it moves.
 */
export function attachIdentify(map: MlMap, inputs: () => IdentifyInputs): void {
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
    const r = identifyAt([e.lngLat.lng, e.lngLat.lat], inputs());
    if (!r) return hide();
    body.replaceChildren(el('strong', { textContent: r.oblast }), ...r.rows.map((row) => el('div', { textContent: row })));
    at = e.lngLat;
    if (!box.isConnected) map.getContainer().append(box);
    place();
  });
}
