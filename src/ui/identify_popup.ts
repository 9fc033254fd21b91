import { Popup, type Map as MlMap, type MapMouseEvent } from 'maplibre-gl';
import { el } from './dom';
import { identifyAt, type IdentifyInputs } from './identify';

/** Show {@link identifyAt} in a popup where the reader clicks the map. */
export function attachIdentify(map: MlMap, inputs: () => IdentifyInputs): void {
  const popup = new Popup({ closeButton: true, maxWidth: '300px', className: 'swapmap-identify' });
  map.on('click', (e: MapMouseEvent) => {
    const r = identifyAt([e.lngLat.lng, e.lngLat.lat], inputs());
    if (!r) {
      popup.remove();
      return;
    }
    const box = el('div');
    box.append(el('strong', { textContent: r.oblast }));
    for (const row of r.rows) box.append(el('div', { textContent: row }));
    popup.setLngLat(e.lngLat).setDOMContent(box).addTo(map);
  });
}
