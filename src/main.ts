import { AttributionControl, Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import sources from '../geodata/sources.json';
import { loadDefaultData } from './data/load';
import type { MapData, OblastProps, WaterProps } from './data/types';
import { labelPoints } from './geometry/labels';
import { buildStyle, TOGGLE_LAYERS } from './style/build_style';
import { defaultTheme as theme } from './style/theme';
import { parseHash, serializeHash, setLayer, type AppState, type Toggle } from './state/state';
import { LayerControl } from './ui/layer_control';
import { hasWebGL2, showFatal } from './ui/webgl';
import { attributionHtml } from './ui/attribution';

setWorkerUrl(workerUrl);

const container = document.getElementById('map') as HTMLElement;

/** Exposed for the browser tests and for debugging from the console. */
declare global {
  interface Window {
    swapmap?: { map: MlMap; state: () => AppState; data: MapData; ready: boolean };
  }
}

async function start(): Promise<void> {
  if (!hasWebGL2()) {
    showFatal(
      container,
      'This map needs WebGL2',
      'Your browser did not provide WebGL2, which the map uses to draw. Turn on hardware acceleration, ' +
        'or open the page in a current Firefox, Chrome, Edge or Safari.',
    );
    return;
  }
  let data: MapData;
  try {
    data = await loadDefaultData();
  } catch (e) {
    showFatal(container, 'The map data could not be loaded', (e as Error).message);
    return;
  }
  let state = parseHash(location.hash);
  const glyphs = location.origin + location.pathname.replace(/[^/]*$/, '') + 'fonts/{fontstack}/{range}.pbf';
  const style = buildStyle(data, theme, state, {
    glyphs,
    oblastLabels: labelPoints<OblastProps>(data.oblasts),
    waterLabels: labelPoints<WaterProps>(
      {
        type: 'FeatureCollection',
        features: data.water.features.filter(
          (f): f is typeof f & { geometry: { type: 'Polygon' | 'MultiPolygon' } } =>
            (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && !!f.properties.name,
        ),
      },
    ),
    attribution: attributionHtml(sources),
  });

  let map: MlMap;
  try {
    map = new MlMap({
      container,
      style,
      center: state.camera.center,
      zoom: state.camera.zoom,
      minZoom: 4,
      maxZoom: 12,
      maxBounds: [[14, 38], [50, 58]],
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
  } catch (e) {
    showFatal(container, 'The map could not start', (e as Error).message);
    return;
  }
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');

  const applyLayers = () => {
    for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS) as [Toggle, string[]][]) {
      const vis = state.layers.includes(toggle) ? 'visible' : 'none';
      for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', vis);
    }
    layers.sync(state.layers);
  };
  const writeHash = () => history.replaceState(null, '', serializeHash(state));

  const layers = new LayerControl(
    'Layers',
    [
      {
        toggle: 'line',
        label: 'Russian-controlled, 15 Aug 2025',
        swatch: { background: theme.occupied, opacity: String(0.4 + theme.occupiedOpacity), border: `2px solid ${theme.occupiedOutline}` },
        note: 'swapmap approximation from public reporting',
      },
      {
        toggle: 'pre2022',
        label: 'Russian-held before 24 Feb 2022',
        swatch: { background: theme.occupied2022, opacity: '0.6', border: `2px dashed ${theme.occupied2022}` },
        note: 'Crimea and the 2015–2022 line of contact',
      },
    ],
    (toggle, on) => {
      state = setLayer(state, toggle, on);
      applyLayers();
      writeHash();
    },
  );
  map.addControl(layers, 'top-left');
  layers.sync(state.layers);

  map.on('moveend', () => {
    const c = map.getCenter();
    state = { ...state, camera: { center: [c.lng, c.lat], zoom: map.getZoom() } };
    writeHash();
  });
  window.addEventListener('hashchange', () => {
    const next = parseHash(location.hash);
    state = next;
    map.jumpTo({ center: next.camera.center, zoom: next.camera.zoom });
    applyLayers();
  });
  map.on('error', (e) => console.error('map error:', e.error?.message ?? e));

  window.swapmap = { map, state: () => state, data, ready: false };
  map.once('idle', () => {
    if (window.swapmap) window.swapmap.ready = true;
    document.body.dataset.ready = 'true';
  });
}

void start();
