/**
 * The data floor of the first-render benchmark: the bare page (same MapLibre build, same view),
 * drawing the app's own oblast polygons and its 15 Aug 2025 line instead of one rectangle, and
 * nothing else: no swap computed, no labels, towns, rivers or neighbouring countries, no
 * controls. MapLibre's worker fetches and parses the files itself. What this page costs over
 * the bare one is what drawing this map's data costs before any app code runs (see
 * ../baseline_page.ts).
 */
import oblastsUrl from '../../geodata/oblasts.geojson?url';
import lineUrl from '../../geodata/lines/2025-08-15.geojson?url';
import { showBaselineMap } from '../baseline_page';

const abs = (u: string) => new URL(u, location.href).href;
showBaselineMap({
  version: 8,
  sources: {
    oblasts: { type: 'geojson', data: abs(oblastsUrl), buffer: 16 },
    line: { type: 'geojson', data: abs(lineUrl), buffer: 16 },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#fffdf6' } },
    { id: 'oblasts', type: 'fill', source: 'oblasts', paint: { 'fill-color': '#f3efe4' } },
    { id: 'line', type: 'fill', source: 'line', paint: { 'fill-color': '#d55e00', 'fill-opacity': 0.35 } },
    { id: 'borders', type: 'line', source: 'oblasts', paint: { 'line-color': '#8a8577', 'line-width': 1 } },
  ],
});
