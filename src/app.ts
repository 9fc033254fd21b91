import { AttributionControl, Map as MlMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './ui/app.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import sources from '../geodata/sources.json';
import { lineDate } from './data/line';
import { bundledScenarios } from './data/scenarios';
import type { MapData, OblastProps, WaterProps } from './data/types';
import { labelPoints } from './geometry/labels';
import { prepare } from './geometry/swap';
import { computeAll } from './geometry/swap_layers';
import type { SwapResult } from './geometry/swap';
import type { LineCollection } from './data/types';
import { LineFileControl, messenger } from './ui/line_file_control';
import { SOURCE } from './style/ids';
import type { GeoJSONSource } from 'maplibre-gl';
import { buildStyle, overlayPaint, showOverlays } from './style/build_style';
import { dots, hatch, PATTERN, swatchCss } from './style/patterns';
import { defaultTheme as theme } from './style/theme';
import { AFTER_LAYERS, NOW_LAYERS, parseHash, serializeHash, setLayer, VIEW_LIMITS, type AppState, type Camera, type Toggle } from './state/state';
import { attributionHtml, attributionText, foldAttributionWhenNarrow } from './ui/attribution';
import type { AppContext } from './ui/context';
import { renderFigures } from './ui/figures_panel';
import { LayerControl } from './ui/layer_control';
import { ScenarioControl } from './ui/scenario_control';
import { CompareView } from './ui/compare';
import { ViewControl, type ViewChoice } from './ui/view_control';
import { ExportControl } from './ui/export_control';
import { HomeControl } from './ui/home_control';
import { exportPng } from './export/png';
import { compareTags } from './export/legend';
import { hasWebGL2, showFatal } from './ui/webgl';
import type { IdentifyInputs } from './ui/identify';
import { attachIdentify } from './ui/identify_popup';

setWorkerUrl(workerUrl);
// Start MapLibre's worker now, while the data is parsed and the swap computed, not when the map
// is created: its script loads and compiles meanwhile.
prewarm();

const container = document.getElementById('map') as HTMLElement;
const host = document.getElementById('map-host') as HTMLElement;

/** How the figures cite the project's own line. */
const LINE_SOURCE = 'swapmap approximation from public reporting';

/** The seven oblasts and Crimea, [west, south, east, north]. */
const HOME_BOUNDS: [number, number, number, number] = [31.4, 44.4, 40.3, 52.4];

const NOW = [...NOW_LAYERS];
const AFTER = [...AFTER_LAYERS];
const same = (a: readonly Toggle[], b: readonly Toggle[]) => a.length === b.length && a.every((t) => b.includes(t));
const figuresEl = document.getElementById('figures') as HTMLElement;

/** Exposed for the browser tests, the snapshot command and debugging from the console. */
declare global {
  interface Window {
    swapmap?: AppContext;
  }
}

/** Wire the app up: data → swap → style → map → controls. */
export async function start(dataPromise: Promise<MapData>): Promise<void> {
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
    data = await dataPromise;
  } catch (e) {
    showFatal(container, 'The map data could not be loaded', (e as Error).message);
    return;
  }
  performance.mark('swapmap:data-loaded');
  const { scenarios, problems } = bundledScenarios();
  for (const p of problems) console.warn(`scenario left out: ${p}`);
  if (scenarios.length === 0) {
    showFatal(container, 'No scenario could be read', problems.join(' ') || 'geodata/scenarios/ holds no scenario file.');
    return;
  }
  const defaultScenario = scenarios[0]!.id;
  const valid = (s: AppState): AppState => ({
    ...s,
    scenario: scenarios.some((x) => x.id === s.scenario) ? s.scenario : defaultScenario,
    line: data.lines[s.line] && s.line !== '2022-02-23' ? s.line : '2025-08-15',
  });
  let state = valid(parseHash(location.hash));

  // The swap of every scenario, computed once per line; toggles and the scenario selector only
  // change layer opacities. Results and line info are filled in place when the line
  // changes, so every reader of the app context sees the current ones.
  const results = new Map<string, SwapResult>();
  const lineInfo = { date: '', source: '' };
  /** The swap of every scenario on a line: the one computation a line change triggers. */
  const computeFor = (line: LineCollection) => {
    const prepared = prepare(data.oblasts, line);
    const all = computeAll(prepared, scenarios);
    return {
      line,
      empty: [...prepared.controlled.values()].every((g) => g === null),
      results: all.results,
      swap: all.layers,
      contact: {
        type: 'FeatureCollection' as const,
        features: [...prepared.line].map(([iso, geometry]) => ({ type: 'Feature' as const, properties: { iso }, geometry })),
      },
    };
  };
  const adopt = (c: ReturnType<typeof computeFor>, source: string) => {
    results.clear();
    for (const [k, v] of c.results) results.set(k, v);
    Object.assign(lineInfo, { date: lineDate(c.line), source });
  };
  const first = computeFor(data.lines[state.line]!);
  adopt(first, LINE_SOURCE);
  performance.mark('swapmap:swap-computed');

  const glyphs = location.origin + location.pathname.replace(/[^/]*$/, '') + 'fonts/{fontstack}/{range}.pbf';
  const styleOptions = {
    glyphs,
    oblastLabels: labelPoints<OblastProps>(data.oblasts),
    waterLabels: labelPoints<WaterProps>({
      type: 'FeatureCollection',
      features: data.water.features.filter(
        (f): f is typeof f & { geometry: { type: 'Polygon' | 'MultiPolygon' } } =>
          (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && !!f.properties.name,
      ),
    }),
    attribution: attributionHtml(sources),
    contact: first.contact,
    swap: first.swap,
    scenarios: scenarios.map((s) => s.id),
  };
  const style = buildStyle(data, theme, state, styleOptions);
  performance.mark('swapmap:style-built');

  let map: MlMap;
  try {
    map = new MlMap({
      container,
      style,
      center: state.camera.center,
      zoom: state.camera.zoom,
      // The same limits parseHash clamps a linked camera to.
      ...VIEW_LIMITS,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
  } catch (e) {
    showFatal(container, 'The map could not start', (e as Error).message);
    return;
  }
  const patterns = { [PATTERN.hatch]: hatch(theme.cedeHatch), [PATTERN.dots]: dots(theme.retDots) };
  // Images are added at once, before any tile is laid out: a tile parsed before its pattern
  // exists is drawn without it. 'styleimagemissing' covers a style replaced later.
  const addPatterns = (m: MlMap) => {
    for (const [id, img] of Object.entries(patterns)) if (!m.hasImage(id)) m.addImage(id, img, { pixelRatio: 1 });
    m.on('styleimagemissing', (e) => {
      const img = patterns[e.id as keyof typeof patterns];
      if (img && !m.hasImage(e.id)) m.addImage(e.id, img, { pixelRatio: 1 });
    });
  };
  addPatterns(map);
  // A click tells what is at that point, from the same geometry as the figures.
  const identifyInputs = (layers: readonly Toggle[]): IdentifyInputs => ({
    oblasts: data.oblasts,
    line: data.lines[state.line]!,
    lineDate: lineInfo.date,
    result: results.get(state.scenario)!,
    layers,
  });
  attachIdentify(map, () => identifyInputs(state.layers));
  const scenarioTitle = () => scenarios.find((s) => s.id === state.scenario)!.title;
  const compare = new CompareView(
    map,
    host,
    () => buildStyle(data, theme, { ...state, layers: AFTER }, styleOptions),
    () => compareTags(lineInfo.date, scenarioTitle()),
    (m) => {
      addPatterns(m);
      attachIdentify(m, () => identifyInputs(AFTER));
    },
  );
  // Full text on a wide map; folded behind an (i) button on a map 640 px wide or less. (Without
  // options, MapLibre 6 makes it compact at every width: `compact: true` is its default.)
  map.addControl(new AttributionControl({ customAttribution: '<a href="https://maplibre.org/" target="_blank">MapLibre</a>' }), 'bottom-right');
  foldAttributionWhenNarrow(map);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');

  const writeHash = () => history.replaceState(null, '', serializeHash(state));
  const scenarioControl = new ScenarioControl(scenarios, (id) => update({ ...state, scenario: id }));
  const layerControl = new LayerControl(
    'Layers',
    [
      {
        toggle: 'line',
        label: 'Russian-controlled, 15 Aug 2025',
        swatch: { background: `color-mix(in srgb, ${theme.occupied} ${theme.occupiedOpacity * 100}%, #fffdf6)`, border: `2px solid ${theme.contactLine}` },
        note: 'swapmap approximation from public reporting; grey: contested',
      },
      {
        toggle: 'pre2022',
        label: 'Russian-held before 24 Feb 2022',
        swatch: { background: `color-mix(in srgb, ${theme.occupied2022} ${theme.occupied2022Opacity * 100}%, #fffdf6)`, border: `2px dashed ${theme.occupied2022}` },
        note: 'Crimea and the 2015–2022 line of contact',
      },
      { toggle: 'cede', label: 'Proposal: Ukrainian-held land ceded', swatch: swatchCss('hatch', theme.cede, theme.cedeOpacity, theme.cedeHatch) },
      { toggle: 'freeze', label: 'Proposal: line frozen', swatch: { background: `repeating-linear-gradient(90deg, ${theme.frozenLine} 0 6px, transparent 6px 9px) center / 100% 4px no-repeat` } },
      { toggle: 'return', label: 'Proposal: Russian-held land returned', swatch: swatchCss('dots', theme.ret, theme.retOpacity, theme.retDots) },
      {
        toggle: 'proposed',
        label: 'Proposal: Russian-controlled after',
        swatch: { background: `color-mix(in srgb, ${theme.proposed} ${theme.proposedOpacity * 100}%, #fffdf6)`, border: `3px solid ${theme.proposedLine}` },
      },
    ],
    (toggle: Toggle, on: boolean) => update(setLayer(state, toggle, on)),
  );
  const viewControl = new ViewControl((v: ViewChoice) => {
    if (v === 'now') update({ ...state, layers: NOW, compare: 'off' });
    else if (v === 'after') update({ ...state, layers: AFTER, compare: 'off' });
    else update({ ...state, layers: state.compare === 'off' ? NOW : state.layers, compare: v });
  });
  map.addControl(scenarioControl, 'top-left');
  map.addControl(viewControl, 'top-left');
  map.addControl(layerControl, 'top-left');
  // No camera in the link: frame the seven oblasts and Crimea, clear of the panels over the
  // map's top-left corner (beside them on a wide map, below them on a narrow one). The framing
  // follows the map's size (window, side by side) until the reader moves the map.
  let homeView = !/(^|[#&])map=/.test(location.hash);
  /** The map size the home framing was made for ('resize' also fires on a pixel-ratio change). */
  let framedFor = '';
  const size = () => `${container.clientWidth}x${container.clientHeight}`;
  const frameHome = () => {
    framedFor = size();
    const panels = container.querySelector<HTMLElement>('.maplibregl-ctrl-top-left');
    const below = Math.min((panels?.offsetHeight ?? 0) + 10, container.clientHeight * 0.4);
    const padding = container.clientWidth >= 800 ? { left: 300, right: 50, top: 20, bottom: 30 } : { left: 20, right: 20, top: below, bottom: 30 };
    map.fitBounds(HOME_BOUNDS, { padding, animate: false });
  };
  map.on('resize', () => homeView && size() !== framedFor && frameHome());
  map.addControl(
    new HomeControl(() => {
      homeView = true;
      frameHome();
    }),
    'top-right',
  );
  const say = messenger(host);
  map.addControl(
    new LineFileControl((line, fileName) => {
      const c = computeFor(line);
      if (c.empty) return `“${fileName}” has no area inside Ukraine's oblasts.`;
      adopt(c, `loaded from ${fileName}${lineInfo.date ? '' : ' (undated)'}`);
      data.lines.custom = line;
      styleOptions.swap = c.swap;
      styleOptions.contact = c.contact;
      (map.getSource(SOURCE.line2025) as GeoJSONSource).setData(line);
      (map.getSource(SOURCE.contact) as GeoJSONSource).setData(c.contact);
      (map.getSource(SOURCE.swapParts) as GeoJSONSource).setData(c.swap.parts);
      (map.getSource(SOURCE.swapProposed) as GeoJSONSource).setData(c.swap.proposed);
      (map.getSource(SOURCE.frozenLine) as GeoJSONSource).setData(c.swap.frozenLine);
      (map.getSource(SOURCE.proposedLine) as GeoJSONSource).setData(c.swap.proposedLine);
      layerControl.relabel('line', `Russian-controlled${lineInfo.date ? ', ' + lineInfo.date : ''}`, `loaded from ${fileName}`);
      update({ ...state, line: 'custom' }, true);
      compare.restyle();
      return null;
    }, say),
    'top-right',
  );

  /** Whether the hidden overlays have been laid out (after the first draw). */
  let laidOut = false;
  /** Bring the map, controls, panel and hash in line with a new state. */
  function applyToMap(): void {
    if (!map.isStyleLoaded()) return; // the 'load' handler below applies the latest state
    // Toggles and scenarios change opacities; once the hidden overlays are laid out (after the
    // first draw), no source is laid out again.
    showOverlays(map, overlayPaint(style.layers, state), laidOut);
    compare.setMode(state.compare);
    const after = compare.afterMap;
    const paintAfter = () => after && showOverlays(after, overlayPaint(style.layers, { ...state, layers: AFTER }));
    if (after?.isStyleLoaded()) paintAfter();
    else after?.once('load', paintAfter);
  }
  /** The compare mode the layer panel was last folded or unfolded for. */
  let foldedFor: AppState['compare'] | null = null;
  function update(next: AppState, lineChanged = false): void {
    const prev = state;
    state = valid(next);
    // Side by side on a narrow map: fold the layer panel, which would cover most of the left
    // map (the Now/After presets set the layers); unfold it when leaving, unless the reader
    // opened or closed it meanwhile.
    if (state.compare !== foldedFor) {
      layerControl.autoFold(state.compare === 'side' && host.clientWidth / 2 < 640);
      foldedFor = state.compare;
    }
    applyToMap();
    if (lineChanged || prev.scenario !== state.scenario || !figuresEl.hasChildNodes()) {
      renderFigures(figuresEl, scenarios.find((s) => s.id === state.scenario)!, results.get(state.scenario)!, lineInfo);
    }
    layerControl.sync(state.layers);
    scenarioControl.sync(state.scenario);
    viewControl.sync(state.compare !== 'off' ? state.compare : same(state.layers, NOW) ? 'now' : same(state.layers, AFTER) ? 'after' : null);
    writeHash();
  }
  // The style was built from the first state; once loaded, later changes (if any) are applied.
  map.once('load', () => applyToMap());

  /** The camera the map shows. */
  const shown = (): Camera => {
    const c = map.getCenter();
    return { center: [c.lng, c.lat], zoom: map.getZoom() };
  };
  map.on('moveend', (e) => {
    if (e.originalEvent) homeView = false;
    state = { ...state, camera: shown() };
    writeHash();
  });
  window.addEventListener('hashchange', () => {
    const next = valid(parseHash(location.hash));
    // A link with another camera: the reader's view from now on, not the home framing.
    const camera = (x: AppState) => serializeHash(x).split('&')[0];
    if (camera(next) !== camera(state)) homeView = false;
    map.jumpTo({ center: next.camera.center, zoom: next.camera.zoom });
    update({ ...next, camera: shown() });
  });
  map.on('error', (e) => console.error('map error:', e.error?.message ?? e));

  // MapLibre keeps the whole view inside maxBounds, which needs the map's size and can move a
  // linked camera past parseHash's clamp: the state, and the link, take the camera shown.
  state = { ...state, camera: shown() };
  update(state);
  if (homeView) frameHome();
  window.swapmap = {
    map,
    data,
    theme,
    scenarios,
    results,
    line: lineInfo,
    attribution: attributionText(sources),
    patterns,
    state: () => state,
    styleFor: (s: AppState) => buildStyle(data, theme, s, styleOptions),
    scenario: () => scenarios.find((x) => x.id === state.scenario)!,
    after: () => compare.afterMap,
    compareSplit: () => compare.split,
    ready: false,
  };
  const app = window.swapmap;
  app.exportPng = (o) => exportPng(app, o);
  map.addControl(new ExportControl(app, app.exportPng), 'top-right');
  performance.mark('swapmap:map-created');
  map.once('idle', () => {
    performance.mark('swapmap:first-idle');
    document.getElementById('map-loading')?.remove();
    if (window.swapmap) window.swapmap.ready = true;
    document.body.dataset.ready = 'true';
    // Now that the map is drawn, lay out the hidden overlays too (at opacity 0): from then on a
    // toggle or a scenario switch is a paint change, shown in the next frame.
    laidOut = true;
    applyToMap();
  });
}
