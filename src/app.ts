import { AttributionControl, Map as MlMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// Every subset of the face, each with its unicode-range: the browser fetches a subset only for a
// page that shows its characters (Latin for English, Latin and Cyrillic for Ukrainian). The
// per-subset files (latin-400.css, cyrillic-400.css) have no unicode-range: with both, every page
// fetched both.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './ui/app.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import sources from '../geodata/sources.json';
import { bundledScenarios } from './data/scenarios';
import { bundledEstimates } from './data/estimates';
import { peopleDefinition, readPlaces, type PlacesFile } from './data/places';
import { countPeople, ownSum, type SwapPeople } from './geometry/people';
import type { MapData, OblastProps, WaterProps } from './data/types';
import { longDate, shortDate } from './data/dates';
import { labelPoints } from './geometry/labels';
import { deriveLine, type LineDerived } from './geometry/derive';
import type { SwapResult } from './geometry/swap';
import { messenger } from './ui/messenger';
import { LineControl } from './ui/line_control';
import { SOURCE } from './style/ids';
import type { GeoJSONSource } from 'maplibre-gl';
import { builtInLine, defaultLineId, fileLine, fileLineDate, fileLineId, type LineEntry } from './state/lines';
import { JobEnded, LineWorkerClient } from './worker/client';
import type { FileData, LoadSummary, SeriesPoint } from './worker/protocol';
import { exportFileName, figuresTableCsv } from './export/data_export';
import { saveFile } from './ui/dom';
import type { MultipleDate, MultiplesOptions, MultiplesOutcome, SeriesValue } from './export/multiples';
import type { LineChange } from './geometry/change';
import { nearestDate, scenarioLineGap } from './data/dates';
import { el } from './ui/dom';
import type { Counted } from './read/formats';
import { refuseFiles } from './read/errors';
import { buildStyle, overlayPaint, showOverlays } from './style/build_style';
import { dots, hatch, PATTERN, swatchCss } from './style/patterns';
import { defaultTheme as theme } from './style/theme';
import { AFTER_LAYERS, DEFAULT_STATE, NOW_LAYERS, parseHash, serializeHash, setLayer, VIEW_LIMITS, type AppState, type Camera, type Toggle } from './state/state';
import { attributionHtml, attributionText, escapeHtml, foldAttributionWhenNarrow } from './ui/attribution';
import type { AppContext } from './ui/context';
import { renderFigures, type PeopleFigures } from './ui/figures_panel';
import { LayerControl } from './ui/layer_control';
import { ScenarioControl } from './ui/scenario_control';
import { CompareView, mapTags } from './ui/compare';
import { ViewControl, type ViewChoice } from './ui/view_control';
import { ExportControl } from './ui/export_control';
import { HomeControl } from './ui/home_control';
import { exportPng } from './export/png';
import { hasWebGL2, showFatal } from './ui/webgl';
import type { TownInputs } from './ui/town_info';
import { attachIdentify } from './ui/identify_popup';
import { msg } from './text/i18n';
import { PageLayout } from './ui/layout';
import { oblastName as localOblastName, registerOblastNames } from './text/names';
import { carryFiles, takeCarriedFiles } from './ui/carry_files';
import { onBeforeLangSwitch } from './ui/lang_switch';
import type { AboutDialog } from './ui/about';

setWorkerUrl(workerUrl);
// Start MapLibre's worker now, while the data is parsed and the swap computed, not when the map
// is created: its script loads and compiles meanwhile.
prewarm();

const container = document.getElementById('map') as HTMLElement;
const host = document.getElementById('map-host') as HTMLElement;

/** The seven oblasts and Crimea, [west, south, east, north]. */
const HOME_BOUNDS: [number, number, number, number] = [31.4, 44.4, 40.3, 52.4];

const NOW = [...NOW_LAYERS];
const AFTER = [...AFTER_LAYERS];
/** The opening mix: the line now and what the proposal would move ("Changes"). */
const MIX = [...DEFAULT_STATE.layers];
const same = (a: readonly Toggle[], b: readonly Toggle[]) => a.length === b.length && a.every((t) => b.includes(t));
const figuresEl = document.getElementById('figures') as HTMLElement;
const EMPTY_FC: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Exposed for the browser tests, the snapshot command and debugging from the console. */
declare global {
  interface Window {
    swapmap?: AppContext;
  }
}

/**
 * Wire the app up: data → swap → style → map → controls. `placesPromise` is places.json (the
 * people of each part); without it the page shows no people figures and says why.
 */
export async function start(dataPromise: Promise<MapData>, placesPromise?: Promise<unknown>): Promise<void> {
  if (!hasWebGL2()) {
    showFatal(container, msg().page.fatal.webglTitle, msg().page.fatal.webglDetail);
    return;
  }
  let data: MapData;
  try {
    data = await dataPromise;
  } catch (e) {
    showFatal(container, msg().page.fatal.dataTitle, (e as Error).message);
    return;
  }
  // The places whose people are counted: fetched beside the data, read with its towns.
  let places: PlacesFile | null = null;
  let placesProblem = '';
  try {
    const read = placesPromise ? readPlaces(await placesPromise, data.towns) : { error: msg().page.placesNotLoaded };
    if ('error' in read) placesProblem = read.error;
    else places = read;
  } catch (e) {
    placesProblem = (e as Error).message;
  }
  registerOblastNames(data.oblasts.features);
  performance.mark('swapmap:data-loaded');
  const { scenarios, problems } = bundledScenarios();
  for (const p of problems) console.warn(`scenario left out: ${p}`);
  if (scenarios.length === 0) {
    showFatal(container, msg().page.fatal.noScenarioTitle, problems.join(' ') || msg().page.fatal.noScenarioDetail);
    return;
  }
  const defaultScenario = scenarios[0]!.id;
  const { estimates, problems: estimateProblems } = bundledEstimates();
  for (const p of estimateProblems) console.warn(`estimate left out: ${p}`);

  // Lines: the built-in ones by date, and the ones loaded from files in this session.
  const builtIn = Object.keys(data.lines).sort();
  const defaultLine = defaultLineId(builtIn);
  const lines = new Map<string, LineEntry>(builtIn.map((d) => [d, builtInLine(d)]));
  /** What each loaded file set was read from, by the hash of its bytes (a line id ends with it): to read it again on another date or counted otherwise. */
  const loaded = new Map<string, { files: FileData[]; summary: LoadSummary }>();
  /** Everything derived from a line, by line id: computed once per line (and status choice). */
  const derivedCache = new Map<string, LineDerived>();
  /**
   * Keep a line's derived data, and at most {@link KEEP_FILE_LINES} dates of loaded files besides
   * the ones shown and compared with: stepping through 400 dates keeps the geometry of a few, the
   * figures of all (the timeline's series).
   */
  const KEEP_FILE_LINES = 8;
  const cacheLine = (id: string, d: LineDerived) => {
    derivedCache.delete(id);
    derivedCache.set(id, d);
    const files = [...derivedCache.keys()].filter((k) => fileLineDate(k) !== null && k !== id && k !== state.line && k !== state.vs);
    for (const k of files.slice(0, Math.max(0, files.length - KEEP_FILE_LINES))) derivedCache.delete(k);
  };
  /** A link's line that this browser does not have (a loaded file): said once, then replaced. */
  let missingLine: string | null = null;
  // `?embed` in the query works as `embed=1` in the hash (issue #11).
  const queryEmbed = new URLSearchParams(location.search).has('embed');
  const valid = (s: AppState): AppState => {
    let line = s.line;
    if (!lines.has(line)) {
      // A loaded file's line: missing, unless its file was carried across a change of language (read below).
      if (fileLineDate(line) !== null && !carried.some((c) => line.endsWith(c.hash))) missingLine = line;
      line = defaultLine;
    }
    // Compare two dates: another line this browser has; the layer of what changed only with one.
    const vs = s.vs && s.vs !== line && lines.has(s.vs) ? s.vs : '';
    const layers = vs ? s.layers : s.layers.filter((t) => t !== 'change');
    return { ...s, scenario: scenarios.some((x) => x.id === s.scenario) ? s.scenario : defaultScenario, line, vs, layers, embed: s.embed || queryEmbed };
  };
  // Files carried across a reload of the page in another language, and the lines the link asked of them.
  const carried = await takeCarriedFiles();
  const wanted = parseHash(location.hash);
  let state = valid(parseHash(location.hash));

  // The swap of every scenario, computed once per line; toggles and the scenario selector only
  // change layer opacities. Results and line info are filled in place when the line changes, so
  // every reader of the app context sees the current ones.
  const results = new Map<string, SwapResult>();
  const lineInfo = { date: '', source: '' };
  const first = deriveLine(data.oblasts, scenarios, data.lines[state.line]!);
  if (!first) {
    showFatal(container, msg().page.fatal.lineTitle, msg().page.fatal.lineDetail(`geodata/lines/${state.line}.geojson`));
    return;
  }
  /** The line the map shows now, and what follows from it. */
  let shown: { entry: LineEntry; derived: LineDerived } = { entry: lines.get(state.line)!, derived: first };
  derivedCache.set(state.line, first);
  const adopt = (entry: LineEntry, d: LineDerived) => {
    shown = { entry, derived: d };
    results.clear();
    for (const [k, v] of d.results) results.set(k, v);
    Object.assign(lineInfo, { date: entry.date, source: entry.source });
  };
  adopt(lines.get(state.line)!, first);
  performance.mark('swapmap:swap-computed');

  // The people of each scenario on the line shown: counted when first asked, per swap result
  // (a result belongs to one line, so the line as drawn is the one shown when it is asked).
  const peopleCache = new WeakMap<SwapResult, SwapPeople>();
  const peopleOf = (result: SwapResult): SwapPeople | null => {
    if (!places) return null;
    let p = peopleCache.get(result);
    if (!p) peopleCache.set(result, (p = countPeople(data.oblasts, shown.derived.line, result, places.places)));
    return p;
  };
  const oblastName = (iso: string) => localOblastName(iso, data.oblasts.features.find((o) => o.properties.iso === iso)?.properties.name ?? iso);
  const peopleFigures = (result: SwapResult): PeopleFigures | null => {
    const counted = peopleOf(result);
    if (!counted || !places) return null;
    const list = places.places;
    return {
      counted,
      definition: peopleDefinition(places, oblastName),
      scope: places.scope,
      estimates: estimates.map((e) => ({ estimate: e, ours: ownSum(e.scope, counted, list) })),
    };
  };

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
    line: first.line,
    contact: first.contact,
    swap: first.swap,
    scenarios: scenarios.map((s) => s.id),
    change: EMPTY_FC as GeoJSON.FeatureCollection,
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
      // MapLibre's own words (the zoom buttons, the attribution's button, the scale's units).
      locale: msg().page.maplibre,
    });
  } catch (e) {
    showFatal(container, msg().page.fatal.mapTitle, (e as Error).message);
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
  const identifyInputs = (layers: readonly Toggle[]): TownInputs => {
    const result = results.get(state.scenario)!;
    const counted = peopleOf(result);
    return {
      oblasts: data.oblasts,
      line: shown.derived.line,
      lineDate: lineInfo.date,
      result,
      layers,
      people: counted && places ? { counted, floor: places.floor, scope: places.scope } : null,
      towns: data.towns,
      estimates,
    };
  };
  attachIdentify(map, () => identifyInputs(state.layers));
  const scenarioTitle = () => scenarios.find((s) => s.id === state.scenario)!.title;
  const compare = new CompareView(
    map,
    host,
    () => buildStyle(data, theme, { ...state, layers: AFTER }, styleOptions),
    () => mapTags(state.layers, AFTER, shortDate(lineInfo.date), scenarioTitle()),
    (m) => {
      addPatterns(m);
      attachIdentify(m, () => identifyInputs(AFTER));
    },
    (pct) => update({ ...state, swipe: pct }),
  );
  // Full text on a wide map; folded behind an (i) button on a map 640 px wide or less. (Without
  // options, MapLibre 6 makes it compact at every width: `compact: true` is its default.) The
  // line's credit is part of it: the control is replaced when the line changes.
  let attribution: AttributionControl | null = null;
  const credit = () => {
    if (attribution) map.removeControl(attribution);
    attribution = new AttributionControl({ customAttribution: [escapeHtml(shown.entry.credit), '<a href="https://maplibre.org/" target="_blank">MapLibre</a>'] });
    map.addControl(attribution, 'bottom-right');
  };
  credit();
  foldAttributionWhenNarrow(map);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');

  const writeHash = () => history.replaceState(null, '', serializeHash(state));
  const scenarioControl = new ScenarioControl(scenarios, (id) => update({ ...state, scenario: id }));
  const P = msg().page;
  const layerControl = new LayerControl(
    P.layers,
    [
      {
        toggle: 'line',
        label: P.layerLine(shortDate(lineInfo.date)),
        swatch: { background: `color-mix(in srgb, ${theme.occupied} ${theme.occupiedOpacity * 100}%, #fffdf6)`, border: `2px solid ${theme.contactLine}` },
        note: P.layerLineNote(lineInfo.source),
      },
      {
        toggle: 'pre2022',
        label: P.layerPre2022(shortDate('2022-02-24')),
        swatch: { background: `color-mix(in srgb, ${theme.occupied2022} ${theme.occupied2022Opacity * 100}%, #fffdf6)`, border: `2px dashed ${theme.occupied2022}` },
        note: P.layerPre2022Note,
      },
      { toggle: 'cede', label: msg().layer.cede, swatch: swatchCss('hatch', theme.cede, theme.cedeOpacity, theme.cedeHatch) },
      { toggle: 'freeze', label: msg().layer.freeze, swatch: { background: `repeating-linear-gradient(90deg, ${theme.frozenLine} 0 6px, transparent 6px 9px) center / 100% 4px no-repeat` } },
      { toggle: 'return', label: msg().layer.return, swatch: swatchCss('dots', theme.ret, theme.retOpacity, theme.retDots) },
      {
        toggle: 'proposed',
        label: msg().layer.proposed,
        swatch: { background: `color-mix(in srgb, ${theme.proposed} ${theme.proposedOpacity * 100}%, #fffdf6)`, border: `3px solid ${theme.proposedLine}` },
      },
      {
        toggle: 'change',
        label: P.layerChange,
        swatch: { background: `linear-gradient(90deg, ${theme.gained} 0 50%, ${theme.lost} 50% 100%)` },
        note: P.layerChangeNote,
      },
    ],
    (toggle: Toggle, on: boolean) => update(setLayer(state, toggle, on)),
  );
  /** Where the panels go, the embed, the credits under the map (made once every control is added). */
  let layout: PageLayout | undefined = undefined;
  /** The About dialog, loaded when first opened: its text is not in the first visit's JavaScript. */
  let about: Promise<AboutDialog> | null = null;
  const showAbout = (open: boolean) => {
    if (!open && !about) return;
    about ??= import('./ui/about').then(({ AboutDialog }) => new AboutDialog(scenarios, sources, () => update({ ...state, about: false })));
    void about.then((d) => d.show(state.about));
  };
  const viewControl = new ViewControl((v: ViewChoice) => {
    if (v === 'mix') update({ ...state, layers: MIX, compare: 'off' });
    else if (v === 'now') update({ ...state, layers: NOW, compare: 'off' });
    else if (v === 'after') update({ ...state, layers: AFTER, compare: 'off' });
    else update({ ...state, layers: state.compare === 'off' ? NOW : state.layers, compare: v });
  });
  // No camera in the link: frame the seven oblasts and Crimea, clear of the panels over the
  // map's top-left corner (beside them on a wide map, below them on a narrow one). The framing
  // follows the map's size (window, side by side) until the reader moves the map.
  let homeView = !/(^|[#&])map=/.test(location.hash);
  /** The map size the home framing was made for ('resize' also fires on a pixel-ratio change). */
  let framedFor = '';
  const size = () => `${container.clientWidth}x${container.clientHeight}`;
  const frameHome = () => {
    framedFor = size();
    if (!layout) return; // framed once the layout has placed the panels
    // The layout may have just resized the map's box: MapLibre learns it from a ResizeObserver,
    // later; the framing needs the size now.
    map.resize();
    map.fitBounds(layout.homeBounds(HOME_BOUNDS), { padding: layout.homePadding(), animate: false });
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
  if (placesProblem) say(msg().page.noPeople(placesProblem), 'error');
  const lineControl = new LineControl({
    pick: (id) => update({ ...state, line: id }),
    files: (files) => void loadFiles(files),
    cancel: () => {
      if (!worker.busy) return;
      worker.cancel();
      lineControl.progress(null);
      showLineChoices();
      say(msg().page.cancelled(shortDate(lineInfo.date)), 'info');
    },
    count: (key, counted) => void recount(key, counted),
    date: (date) => void pickDate(date),
    compare: (id) => void pickCompare(id),
    typedDate: (date) => {
      // The same line, dated by the reader: a line of its own (its id carries the date).
      const e = shown.entry;
      const src = e.kind === 'file' ? loaded.get(hashOf(e.id)) : undefined;
      if (!src || src.summary.dates.length || src.summary.date) return;
      const id = fileLineId(date, src.summary.hash);
      lines.set(id, { ...fileLine(id, date, src.summary.source), credit: msg().line.readerCredit(src.summary.source, shortDate(date)) });
      cacheLine(id, shown.derived);
      update({ ...state, line: id });
    },
  });
  /**
   * The lines to choose from: every built-in line, and one entry per loaded file (its date shown
   * now, or the last one shown: the other dates are on the date slider).
   */
  const choices = () => {
    const byFile = new Map<string, LineEntry>();
    for (const l of lines.values()) if (l.kind === 'file' && (l.id === state.line || !byFile.has(hashOf(l.id)))) byFile.set(hashOf(l.id), l);
    return [...lines.values()].filter((l) => l.kind === 'built-in' || byFile.get(hashOf(l.id)) === l).map((l) => ({ id: l.id, label: l.label }));
  };
  /** The lines the shown one can be compared with: the built-in ones, every date of the shown file, other loaded lines. */
  const compareChoices = () => {
    const out = new Map<string, { id: string; label: string }>();
    for (const l of lines.values()) if (l.kind === 'built-in') out.set(l.id, { id: l.id, label: l.label });
    const src = shown.entry.kind === 'file' ? loaded.get(hashOf(shown.entry.id)) : undefined;
    if (src) for (const d of src.summary.dates) {
      const id = fileLineId(d, src.summary.hash);
      out.set(id, { id, label: fileLine(id, d, src.summary.source).label });
    }
    for (const l of lines.values()) if (l.kind === 'file' && !out.has(l.id)) out.set(l.id, { id: l.id, label: l.label });
    out.delete(shown.entry.id);
    return [...out.values()];
  };
  const showLineChoices = () => {
    lineControl.setChoices(choices(), shown.entry.id);
    lineControl.setCompareChoices(compareChoices(), state.vs);
  };
  map.addControl(scenarioControl, 'top-left');
  map.addControl(lineControl, 'top-left');
  map.addControl(viewControl, 'top-left');
  map.addControl(layerControl, 'top-left');
  lineControl.setChoices(choices(), state.line);
  lineControl.setCompareChoices(compareChoices(), state.vs);
  // The page's heading names the line the link asked for, not the default of the markup.
  showLineText();

  // The worker reads files and derives lines off the main thread; started when first needed.
  const worker = new LineWorkerClient(() => ({ oblasts: data.oblasts, scenarios }));
  const showProgress = (phase: Parameters<typeof lineControl.progress>[0]) => lineControl.progress(phase);
  /** The hash of the files a loaded line's id ends with. */
  const hashOf = (id: string) => id.slice(-8);

  /** How many loads were asked for: a load goes on only while it is the newest. */
  let loadSeq = 0;

  /** Read dropped or chosen files in the worker and show their line; the map keeps its line until then. */
  async function loadFiles(picked: File[]): Promise<void> {
    // Sizes and counts are checked before a byte is read, with the reader's own words.
    const refusal = refuseFiles(picked.map((f) => ({ name: f.name, size: f.size })));
    if (refusal) return say(msg().page.keepsLine(refusal), 'error');
    // The newest choice wins from here on: a file chosen while this one is still being read from
    // disk makes this one moot, whichever read ends first.
    const seq = ++loadSeq;
    let files: FileData[];
    try {
      files = await Promise.all(picked.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    } catch (e) {
      if (seq === loadSeq) say(msg().page.keepsLine(msg().page.fileUnread((e as Error).message)), 'error');
      return;
    }
    if (seq !== loadSeq) return;
    performance.mark('swapmap:load-start');
    const summary = await computeFile(files);
    if (summary) say(msg().page.lineLoaded(summary.description), 'info');
    // File chosen → line shown or refused (the bench reads it).
    performance.measure('swapmap:load', 'swapmap:load-start');
  }

  /** A file's bytes, copied: the worker takes (and detaches) what it is given. */
  const copyFile = (f: FileData): FileData => ({ name: f.name, bytes: f.bytes.slice(0) });

  /**
   * Read files in the worker (the statuses counted as given, on one date) and show their line;
   * the one road for a loaded line, whether new, counted otherwise, or on another date. Returns
   * what was read, or null when it was refused (said), cancelled or replaced by a newer choice.
   */
  async function computeFile(files: FileData[], counting?: Record<string, Counted>, date?: string): Promise<LoadSummary | null> {
    showProgress({ phase: 'reading', fraction: 0 });
    try {
      // The worker takes copies: the originals stay here, to read again for another date or count.
      const { summary, derived } = await worker.load(files.map(copyFile), (phase, fraction) => showProgress({ phase, fraction }), counting, date);
      performance.measure('swapmap:load-worker', { start: 'swapmap:load-start', duration: summary.ms, detail: summary.steps });
      const id = fileLineId(summary.date, summary.hash);
      lines.set(id, fileLine(id, summary.date, summary.source));
      loaded.set(summary.hash, { files, summary });
      cacheLine(id, derived);
      lineControl.progress(null);
      if (state.line === id) applyLine(lines.get(id)!, derived);
      else update({ ...state, line: id });
      if (summary.dates.length > 1) void computeSeries(summary.hash);
      return summary;
    } catch (e) {
      lineControl.progress(null);
      showLineChoices();
      if (e instanceof JobEnded && e.reason !== 'failed') return null; // cancelled, or replaced by a newer choice
      say(msg().page.keepsLine((e as Error).message), 'error');
      return null;
    }
  }

  /** Count one status of the loaded line otherwise: every date of the file is computed anew. */
  async function recount(key: string, counted: Counted): Promise<void> {
    const hash = hashOf(shown.entry.id);
    const src = loaded.get(hash);
    if (shown.entry.kind !== 'file' || !src) return;
    for (const id of [...derivedCache.keys()]) if (id.startsWith('file-') && hashOf(id) === hash) derivedCache.delete(id);
    const summary = await computeFile(src.files, { ...src.summary.counting, [key]: counted }, shown.entry.date || undefined);
    if (summary) say(msg().page.countedAgain(summary.description), 'info');
    else lineControl.showRead(src.summary);
  }

  // The figures of every date of a multi-date file, for the timeline: computed in a worker of
  // their own, so that a date step or a new file is not held up by them. By file hash and count.
  // The timeline's worker also counts the people of each date's parts (its CSV's people columns).
  const seriesWorker = new LineWorkerClient(() => ({ oblasts: data.oblasts, scenarios, ...(places ? { places: places.places } : {}) }));
  const series = new Map<string, { key: string; points: SeriesPoint[]; progress: { done: number; total: number } | null }>();
  const countKey = (c: Record<string, Counted>) => JSON.stringify(Object.entries(c).sort());
  async function computeSeries(hash: string): Promise<void> {
    const src = loaded.get(hash);
    if (!src) return;
    const key = countKey(src.summary.counting);
    if (series.get(hash)?.key === key) return showTimeline();
    const entry = { key, points: [] as SeriesPoint[], progress: { done: 0, total: src.summary.dates.length } as { done: number; total: number } | null };
    series.set(hash, entry);
    showTimeline();
    const t0 = performance.now();
    try {
      entry.points = await seriesWorker.series(src.files.map(copyFile), src.summary.counting, (_phase, fraction) => {
        entry.progress = { done: Math.round(fraction * src.summary.dates.length), total: src.summary.dates.length };
        showTimeline();
      });
      entry.progress = null;
      performance.measure('swapmap:series', { start: t0, duration: performance.now() - t0, detail: { dates: entry.points.length } });
    } catch {
      series.delete(hash); // replaced by a newer file or count: that one computes its own
    }
    showTimeline();
  }

  /** The dated lines' panels (./ui/dates_ui.ts), once loaded: the first call loads them and shows the figures again. */
  let datesUiModule: typeof import('./ui/dates_ui') | null = null;
  let datesUiLoading = false;
  function datesUi(): typeof import('./ui/dates_ui') | null {
    if (!datesUiModule && !datesUiLoading) {
      datesUiLoading = true;
      void import('./ui/dates_ui').then((m) => {
        datesUiModule = m;
        showFigures();
      });
    }
    return datesUiModule;
  }

  /** The timeline under the totals of the figures panel, for a line of a multi-date file. */
  function showTimeline(): void {
    const e = shown.entry;
    const s = e.kind === 'file' ? series.get(hashOf(e.id)) : undefined;
    let box = figuresEl.querySelector<HTMLElement>('.timeline-box');
    if (!s) return box?.remove();
    if (!box) {
      box = el('div', { className: 'timeline-box' });
      figuresEl.querySelector('dl.totals')?.after(box);
    }
    const scenario = scenarios.find((x) => x.id === state.scenario)!;
    if (!datesUi()) return;
    datesUi()!.renderTimeline(box, {
      points: s.points,
      progress: s.progress,
      scenario: scenario.id,
      scenarioTitle: scenario.title,
      current: e.date,
      colours: { cede: theme.cede, ret: theme.ret },
      onPick: (date) => void pickDate(date),
      onMultiples: (count) => {
        const hash = hashOf(e.id);
        void import('./export/multiples').then((m) => multiples(m.spreadDates(s.points.map((p) => p.date), count), {}, hash)).then((r) => {
          if (r.ok) saveFile(r.blob!, r.fileName);
          else say(msg().page.multiplesFailed(r.error), 'error');
        });
      },
      onCsv: () => {
        const peopleOf = (p: SeriesPoint) => {
          const parts = p.people?.[scenario.id];
          if (!parts) return null;
          const sum = (part: string) => parts.filter((x) => x.part === part).reduce((n, x) => n + x.people, 0);
          return { parts, totals: { cede: { people: sum('cede') }, return: { people: sum('return') } } };
        };
        const csv = figuresTableCsv(s.points.flatMap((p) => (p.totals[scenario.id] ? [{ date: p.date, result: { oblasts: p.oblasts[scenario.id] ?? [], totals: p.totals[scenario.id]! }, people: peopleOf(p) }] : [])), scenario);
        saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(scenario.id, `${s.points[0]?.date ?? ''}`, 'csv', `to-${s.points[s.points.length - 1]?.date ?? ''}`));
      },
    });
  }

  /** The figures panel of the state's scenario on the line shown, with the timeline when there is one. */
  function showFigures(): void {
    const result = results.get(state.scenario)!;
    renderFigures(figuresEl, scenarios.find((s) => s.id === state.scenario)!, result, lineInfo, peopleFigures(result));
    offerNearestDate();
    showTimeline();
    showCompareDates();
  }

  /** Show another date of the loaded file (a multi-date file: DeepState's history, several dated files). */
  async function pickDate(date: string): Promise<void> {
    const hash = hashOf(shown.entry.id);
    const src = loaded.get(hash);
    if (shown.entry.kind !== 'file' || !src) return;
    const id = fileLineId(date, hash);
    if (derivedCache.has(id)) return update({ ...state, line: id });
    await computeFile(src.files, src.summary.counting, date);
  }

  // Compare two dates: the other line and what changed are computed in a worker of their own, so
  // that neither holds up a date step. The newest comparison wins.
  const compareWorker = new LineWorkerClient(() => ({ oblasts: data.oblasts, scenarios }));
  /** The comparison shown: `VS|LINE`, and what changed (null while computed). */
  let changeShown: { key: string; change: LineChange | null } = { key: '', change: null };

  /** The derived data of a line that is not shown: from the cache, or computed (a built-in line, or a date of a loaded file). */
  async function lineFor(id: string): Promise<LineDerived | null> {
    const cached = derivedCache.get(id);
    if (cached) return cached;
    if (data.lines[id]) {
      const d = await compareWorker.derive(data.lines[id]);
      cacheLine(id, d);
      return d;
    }
    const date = fileLineDate(id);
    const src = loaded.get(hashOf(id));
    if (date === null || !src || (date && !src.summary.dates.includes(date))) return null;
    const { summary, derived } = await compareWorker.load(src.files.map(copyFile), () => {}, src.summary.counting, date || undefined);
    lines.set(id, fileLine(id, summary.date, summary.source));
    cacheLine(id, derived);
    return derived;
  }

  /** A line to compare the shown one with was chosen ('' for none). */
  async function pickCompare(id: string): Promise<void> {
    if (!id) return update({ ...state, vs: '' });
    try {
      if (!(await lineFor(id))) return;
    } catch (e) {
      if (!(e instanceof JobEnded) || e.reason === 'failed') say(msg().page.compareNotComputed((e as Error).message), 'error');
      return;
    }
    update({ ...setLayer(state, 'change', true), vs: id });
  }

  /** Bring the comparison in line with the state: what changed between the two lines, on the map and in the panel. */
  async function requestChange(): Promise<void> {
    const key = state.vs ? `${state.vs}|${shown.entry.id}` : '';
    if (changeShown.key === key) return;
    changeShown = { key, change: null };
    styleOptions.change = EMPTY_FC;
    setSources([[SOURCE.change, EMPTY_FC]]);
    showFigures();
    if (!key) return;
    const other = lines.get(state.vs)!;
    try {
      const d = await lineFor(state.vs);
      if (!d || changeShown.key !== key) return;
      const that = { entry: other, derived: d };
      const [early, late] = other.date <= shown.entry.date ? [that, shown] : [shown, that];
      const change = await compareWorker.change(early.derived.line, late.derived.line, early.entry.date, late.entry.date);
      if (changeShown.key !== key) return;
      changeShown = { key, change };
      styleOptions.change = change.features;
      setSources([[SOURCE.change, change.features]]);
      showFigures();
    } catch (e) {
      if (e instanceof JobEnded && e.reason !== 'failed') return;
      say(msg().page.changeNotComputed((e as Error).message), 'error');
    }
  }

  /**
   * Small multiples of the state's scenario on `dates`: of the file shown (by its hash), or of
   * the built-in lines. Each date's line is computed if it was not.
   */
  async function multiples(dates: readonly string[], opts: MultiplesOptions = {}, hash = shown.entry.kind === 'file' ? hashOf(shown.entry.id) : ''): Promise<MultiplesOutcome> {
    const scenario = state.scenario;
    const list: MultipleDate[] = [];
    for (const date of dates) {
      // A date of the file, else a built-in line of that date.
      const inFile = !!hash && !!loaded.get(hash)?.summary.dates.includes(date);
      const id = inFile ? fileLineId(date, hash) : date;
      if (!inFile && !data.lines[id]) return { ok: false, error: msg().page.multiplesNoLine(date, !!hash, builtIn.join(', ')) };
      let d: LineDerived | null;
      try {
        d = await lineFor(id);
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
      if (!d) return { ok: false, error: msg().page.multiplesNoDate(date) };
      const entry = lines.get(id)!;
      const style = buildStyle(data, theme, { ...state, compare: 'off' }, { ...styleOptions, line: d.line, contact: d.contact, swap: d.swap, change: EMPTY_FC });
      list.push({ id, date: entry.date, source: entry.source, result: d.results.get(scenario)!, style });
    }
    const s = hash ? series.get(hash) : undefined;
    const values: SeriesValue[] = (s?.points ?? []).map((p) => ({ date: p.date, cedeKm2: p.totals[scenario]?.cedeKm2 ?? 0, returnKm2: p.totals[scenario]?.returnKm2 ?? 0 }));
    const { exportMultiples } = await import('./export/multiples');
    return exportMultiples(app, list, values, opts);
  }

  /** The two dates side by side in the figures panel, when a line is compared with. */
  function showCompareDates(): void {
    let box = figuresEl.querySelector<HTMLElement>('.compare-box');
    const other = state.vs ? lines.get(state.vs) : undefined;
    const d = state.vs ? derivedCache.get(state.vs) : undefined;
    if (!other || !d) return box?.remove();
    if (!box) {
      box = el('div', { className: 'compare-box' });
      figuresEl.querySelector('dl.totals')?.after(box);
    }
    const scenario = scenarios.find((x) => x.id === state.scenario)!;
    const side = (e: LineEntry, r: SwapResult) => ({ date: e.date, source: e.source, totals: r.totals, heldKm2: r.oblasts.reduce((s, o) => s + o.russianBeforeKm2, 0) });
    const a = side(other, d.results.get(scenario.id)!);
    const b = side(shown.entry, results.get(scenario.id)!);
    const [earlier, later] = a.date <= b.date ? [a, b] : [b, a];
    if (!datesUi()) return;
    datesUi()!.renderCompareDates(box, {
      scenarioTitle: scenario.title,
      earlier,
      later,
      change: changeShown.key === `${state.vs}|${shown.entry.id}` ? changeShown.change : null,
      colours: { gained: theme.gained, lost: theme.lost },
    });
  }

  /**
   * A scenario shown on a line far from its date, with a loaded file that has a nearer date:
   * the note offers that date.
   */
  function offerNearestDate(): void {
    const scenario = scenarios.find((x) => x.id === state.scenario)!;
    const note = figuresEl.querySelector<HTMLElement>('.date-gap');
    const src = shown.entry.kind === 'file' ? loaded.get(hashOf(shown.entry.id)) : undefined;
    if (!note) return;
    const near = src ? nearestDate(scenario.reported, src.summary.dates) : null;
    if (near && near !== shown.entry.date && !scenarioLineGap(scenario.reported, near).length) {
      const b = el('button', { type: 'button', className: 'nearest-date', textContent: msg().page.nearestDate(shortDate(near)) });
      b.addEventListener('click', () => void pickDate(near));
      note.append(' ', b);
    } else if (!near || near === shown.entry.date) {
      note.append(' ', msg().page.ownDateHint);
    }
  }

  /** Ask for a line's derived data: from the cache, or the worker for a built-in line not yet computed. */
  function requestLine(id: string): void {
    const entry = lines.get(id)!;
    const cached = derivedCache.get(id);
    if (cached) {
      // A newer choice: whatever the worker was doing for an older one is dropped.
      if (worker.busy) {
        worker.cancel();
        lineControl.progress(null);
      }
      applyLine(entry, cached);
      return;
    }
    showProgress({ phase: 'clipping', fraction: 0 });
    worker.derive(data.lines[id]!, (phase, fraction) => showProgress({ phase, fraction })).then(
      (d) => {
        derivedCache.set(id, d);
        lineControl.progress(null);
        if (state.line === id) applyLine(entry, d);
      },
      (e: unknown) => {
        lineControl.progress(null);
        if (e instanceof JobEnded && e.reason !== 'failed') return;
        say(msg().page.lineNotComputed(shortDate(entry.date), (e as Error).message), 'error');
      },
    );
  }

  /**
   * The map's sources take a line's data one per task: MapLibre copies what `setData` is given
   * on this thread before its worker lays it out, and the six layers of a 4 MB file at once held
   * the page for ~2 s here (now each takes tens of milliseconds). A newer line replaces what is
   * still waiting.
   */
  let pendingSources: [string, GeoJSON.GeoJSON][] = [];
  /** A line was applied and is not drawn yet. */
  let drawPending = false;
  let pumping = false;
  function setSources(list: [string, GeoJSON.GeoJSON][]): void {
    // What waits for another source stays; what waits for one of these is replaced.
    pendingSources = [...pendingSources.filter(([id]) => !list.some(([x]) => x === id)), ...list];
    if (pumping) return;
    pumping = true;
    const pump = () => {
      const next = pendingSources.shift();
      if (!next) {
        pumping = false;
        if (drawPending) {
          drawPending = false;
          map.once('idle', () => performance.measure('swapmap:line-drawn', 'swapmap:line-answer'));
        }
        return;
      }
      (map.getSource(next[0]) as GeoJSONSource | undefined)?.setData(next[1]);
      setTimeout(pump, 0);
    };
    pump();
  }

  /** Show a line: map sources, then the panels and the hash (through update's tail). */
  function applyLine(entry: LineEntry, d: LineDerived): void {
    // From here to the map drawn with the new line: 'swapmap:line-drawn' (the bench reads it).
    performance.mark('swapmap:line-answer');
    drawPending = true;
    adopt(entry, d);
    Object.assign(styleOptions, { line: d.line, contact: d.contact, swap: d.swap });
    setSources([
      [SOURCE.line2025, d.line],
      [SOURCE.contact, d.contact],
      [SOURCE.swapParts, d.swap.parts],
      [SOURCE.swapProposed, d.swap.proposed],
      [SOURCE.frozenLine, d.swap.frozenLine],
      [SOURCE.proposedLine, d.swap.proposedLine],
    ]);
    compare.restyle();
    showLineText();
    credit();
    layout?.refreshCredits();
    showLineChoices();
    lineControl.showRead(entry.kind === 'file' ? (loaded.get(hashOf(entry.id))?.summary ?? null) : null, entry.date);
    showFigures();
    app.attribution = [...attributionText(sources), entry.credit];
    void requestChange();
    writeHash();
  }

  /** Wherever the page names the line: the heading and the layer panel. */
  /** What to say when a link names a loaded line this browser does not have (said once). */
  function missingLineNotice(): string {
    const date = fileLineDate(missingLine ?? '') ?? '';
    missingLine = null;
    return msg().page.missingLine(date ? shortDate(date) : '', shortDate(lines.get(defaultLine)!.date));
  }

  function showLineText(): void {
    const e = shown.entry;
    const heading = document.getElementById('line-heading');
    const P = msg().page;
    if (heading) heading.textContent = `${e.date ? P.lineHeading(longDate(e.date)) : P.lineHeadingUndated}${e.kind === 'file' ? ` (${e.source})` : ''}`;
    layerControl.relabel('line', P.layerLine(shortDate(e.date)), P.layerLineNote(e.source));
  }

  /** Whether the hidden overlays have been laid out (after the first draw). */
  let laidOut = false;
  /** Bring the map, controls, panel and hash in line with a new state. */
  function applyToMap(): void {
    if (!map.isStyleLoaded()) return; // the 'load' handler below applies the latest state
    // Toggles and scenarios change opacities; once the hidden overlays are laid out (after the
    // first draw), no source is laid out again.
    showOverlays(map, overlayPaint(style.layers, state), laidOut);
    compare.setSplit(state.swipe);
    compare.setMode(state.compare);
    const after = compare.afterMap;
    const paintAfter = () => after && showOverlays(after, overlayPaint(style.layers, { ...state, layers: AFTER }));
    if (after?.isStyleLoaded()) paintAfter();
    else after?.once('load', paintAfter);
  }
  function update(next: AppState): void {
    const prev = state;
    state = valid(next);
    if (missingLine) say(missingLineNotice(), 'error');
    // One road for the line: whatever asked for it (the list, a file, the link), the map follows.
    if (state.line !== shown.entry.id) requestLine(state.line);
    // The panels beside, under or over the map(s), by window width and compare mode (issue #11).
    layout?.sync(state);
    if (layout) showAbout(state.about);
    applyToMap();
    if (prev.scenario !== state.scenario || !figuresEl.hasChildNodes()) showFigures();
    if (prev.vs !== state.vs) {
      layerControl.setRowHidden('change', !state.vs);
      lineControl.setCompareChoices(compareChoices(), state.vs);
      void requestChange();
    }
    layerControl.sync(state.layers, state.compare !== 'off' ? AFTER : null);
    scenarioControl.sync(state.scenario);
    viewControl.sync(state.compare !== 'off' ? state.compare : same(state.layers, MIX) ? 'mix' : same(state.layers, NOW) ? 'now' : same(state.layers, AFTER) ? 'after' : null);
    writeHash();
  }
  // The style was built from the first state; once loaded, later changes (if any) are applied.
  map.once('load', () => applyToMap());

  /** The camera the map shows. */
  const cameraShown = (): Camera => {
    const c = map.getCenter();
    return { center: [c.lng, c.lat], zoom: map.getZoom() };
  };
  map.on('moveend', (e) => {
    if (e.originalEvent) homeView = false;
    state = { ...state, camera: cameraShown() };
    writeHash();
  });
  window.addEventListener('hashchange', () => {
    const next = valid(parseHash(location.hash));
    // A link with another camera: the reader's view from now on, not the home framing.
    const camera = (x: AppState) => serializeHash(x).split('&')[0];
    if (camera(next) !== camera(state)) homeView = false;
    map.jumpTo({ center: next.camera.center, zoom: next.camera.zoom });
    update({ ...next, camera: cameraShown() });
  });
  map.on('error', (e) => console.error('map error:', e.error?.message ?? e));

  // MapLibre keeps the whole view inside maxBounds, which needs the map's size and can move a
  // linked camera past parseHash's clamp: the state, and the link, take the camera shown.
  state = { ...state, camera: cameraShown() };
  update(state);
  // A link that compares two dates: the row of the layer panel, and what changed.
  layerControl.setRowHidden('change', !state.vs);
  void requestChange();
  if (homeView) frameHome();
  window.swapmap = {
    map,
    data,
    theme,
    scenarios,
    results,
    line: lineInfo,
    lineData: () => shown.derived.line,
    attribution: [...attributionText(sources), shown.entry.credit],
    patterns,
    state: () => state,
    styleFor: (s: AppState, exportMarks?) => buildStyle(data, theme, s, { ...styleOptions, exportMarks }),
    scenario: () => scenarios.find((x) => x.id === state.scenario)!,
    after: () => compare.afterMap,
    compareSplit: () => compare.split,
    ready: false,
  };
  const app = window.swapmap;
  app.exportPng = (o) => exportPng(app, o);
  app.exportMultiples = (dates, o) => multiples(dates, o);
  app.people = () => peopleOf(results.get(state.scenario)!);
  app.showDate = async (date) => {
    const src = shown.entry.kind === 'file' ? loaded.get(hashOf(shown.entry.id)) : undefined;
    if (!src?.summary.dates.includes(date)) return false;
    await pickDate(date);
    return state.line === fileLineId(date, src.summary.hash);
  };
  map.addControl(new ExportControl(app, app.exportPng), 'top-right');
  const ctrl = (sel: string) => container.querySelector(sel)!.closest<HTMLElement>('.maplibregl-ctrl')!;
  layout = new PageLayout({
    map,
    figures: figuresEl,
    panels: { scenario: ctrl('.swapmap-scenario'), line: ctrl('.swapmap-line'), view: ctrl('.swapmap-view'), layers: ctrl('.swapmap-layers') },
    tools: { nav: ctrl('.maplibregl-ctrl-zoom-in'), home: ctrl('.swapmap-home'), export: ctrl('.swapmap-export') },
    pinLegend: (pinned) => layerControl.pin(pinned),
    credits: () => app.attribution,
    openAbout: () => update({ ...state, about: true }),
  });
  update(state);
  if (homeView) frameHome();
  performance.mark('swapmap:map-created');
  // Switching language reloads the page: the loaded files go with it, and come back here.
  onBeforeLangSwitch(() => carryFiles([...loaded.values()].map(({ files, summary }) => ({ hash: summary.hash, files, counting: summary.counting }))));
  void (async () => {
    for (const c of carried) {
      performance.mark('swapmap:load-start');
      const date = hashOf(wanted.line) === c.hash ? fileLineDate(wanted.line) : null;
      await computeFile(c.files, c.counting, date || undefined);
    }
    if (wanted.vs && wanted.vs !== state.vs && carried.some((c) => hashOf(wanted.vs) === c.hash)) await pickCompare(wanted.vs);
  })();
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
