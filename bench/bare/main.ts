/**
 * The baseline of the first-render benchmark: the same MapLibre version as the app, built the
 * same way (Vite, setWorkerUrl), drawing one GeoJSON polygon and nothing else. It marks its
 * first `idle` exactly as the app does (body[data-ready="true"]).
 */
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

const map = new MlMap({
  container: 'map',
  style: {
    version: 8,
    sources: {
      polygon: {
        type: 'geojson',
        data: {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [[[36.0, 47.0], [40.2, 47.0], [40.2, 50.0], [36.0, 50.0], [36.0, 47.0]]],
          },
        },
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#fffdf6' } },
      { id: 'polygon', type: 'fill', source: 'polygon', paint: { 'fill-color': '#d55e00', 'fill-opacity': 0.5 } },
    ],
  },
  bounds: [31.4, 44.4, 40.3, 52.4],
  fitBoundsOptions: { padding: 20 },
  fadeDuration: 0,
  attributionControl: false,
});
map.once('idle', () => {
  document.body.dataset.ready = 'true';
});
