/**
 * What the bench's baseline pages (bare/ and floor/) share: the same MapLibre build as the app,
 * set up the same way (Vite, setWorkerUrl), the same view, and the same mark of the first
 * `idle` as the app (body[data-ready="true"]). Each page only says what it draws.
 */
import { Map as MlMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function showBaselineMap(style: StyleSpecification): void {
  setWorkerUrl(workerUrl);
  const map = new MlMap({
    container: 'map',
    style,
    bounds: [31.4, 44.4, 40.3, 52.4],
    fitBoundsOptions: { padding: 20 },
    fadeDuration: 0,
    attributionControl: false,
  });
  map.once('idle', () => {
    document.body.dataset.ready = 'true';
  });
}
