/**
 * The baseline of the first-render benchmark: the same MapLibre version as the app, built the
 * same way, drawing one GeoJSON polygon and nothing else (see ../baseline_page.ts).
 */
import { showBaselineMap } from '../baseline_page';

showBaselineMap({
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
});
