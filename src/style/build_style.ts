import { lang, msg } from '../text/i18n';
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import { PATTERN } from './patterns';
import type { LineCollection, MapData, OblastProps, WaterProps } from '../data/types';
import { PRE_2022 } from '../state/lines';
import type { AppState, Toggle } from '../state/state';
import { GUARD_IMAGE, LAYER, SOURCE, type LayerId } from './ids';
import type { Theme } from './theme';

/** Inputs of {@link buildStyle} that are not geodata. */
export interface StyleOptions {
  /** Glyph URL template, absolute, with {fontstack} and {range}. */
  glyphs: string;
  /** Label points of the oblasts (see geometry/labels.ts). */
  oblastLabels: FeatureCollection<Point, OblastProps>;
  /** Label points of named water bodies. */
  waterLabels: FeatureCollection<Point, WaterProps>;
  /** Attribution HTML of the data, shown by MapLibre's attribution control. */
  attribution: string;
  /** The current line as drawn: Russian-controlled and contested areas (see geometry/derive.ts). */
  line: LineCollection;
  /** The contact line of the current dated line. */
  contact: FeatureCollection<MultiLineString>;
  /** The proposal's layers for every scenario (features carry `scenario`). */
  swap: SwapLayers;
  /** Ids of every scenario in `swap`: each gets its own copy of the scenario layers. */
  scenarios: readonly string[];
  /** What changed since the line compared with (compare two dates): features with `kind` gained | lost. */
  change?: FeatureCollection;
  /**
   * Exports only: the on-map labels of the scenario's totals ("Ceded: 6,376 km²") at points
   * computed for them, and the guards along the map's edges (export/frame.ts). Both are symbol
   * layers above every other, so MapLibre places them first and the other labels make way.
   */
  exportMarks?: {
    labels: FeatureCollection<Point, { text: string; part: 'cede' | 'return' }>;
    guards: FeatureCollection<Point, { anchor: string }>;
  };
  /**
   * Lay out the hidden overlays too (default: no). Laid out, a hidden overlay is shown by a paint
   * change alone; left out (`visibility: none`), the first draw of the map has less to lay out,
   * and showing it later costs one layout of its source (see {@link showOverlays}).
   */
  layoutHidden?: boolean;
}

/** The computed layers of all scenarios, concatenated. */
import type { SwapLayers } from '../geometry/swap_layers';
export type { SwapLayers };

/** Which style layers each overlay toggle shows (scenario layers: one copy per scenario). */
export const TOGGLE_LAYERS: Record<Toggle, LayerId[]> = {
  line: [LAYER.line2025Fill, LAYER.contested2025Fill, LAYER.contact2025],
  pre2022: [LAYER.line2022Fill, LAYER.line2022Outline],
  cede: [LAYER.cedeFill, LAYER.cedePattern, LAYER.cedeOutline],
  freeze: [LAYER.frozenLine],
  return: [LAYER.returnFill, LAYER.returnPattern, LAYER.returnOutline],
  proposed: [LAYER.proposedFill, LAYER.proposedLine],
  change: [LAYER.changeFill, LAYER.changeOutline],
};

/** Layers drawn once per scenario, each copy filtered to its scenario. */
export const SCENARIO_LAYERS: LayerId[] = [
  LAYER.proposedFill, LAYER.cedeFill, LAYER.cedePattern, LAYER.returnFill, LAYER.returnPattern,
  LAYER.cedeOutline, LAYER.returnOutline, LAYER.frozenLine, LAYER.proposedLine,
];

/** The id of a scenario layer's copy for one scenario, e.g. `cede-fill:aug-2025`. */
export function scenarioLayerId(id: LayerId, scenario: string): string {
  return `${id}:${scenario}`;
}

/** The filter of a scenario layer: its scenario, and for part layers its part. */
export function scenarioFilter(id: LayerId, scenario: string): ExpressionSpecification {
  // Shared features list every scenario that has them: ",aug-2025,nov-2025,".
  const sc: ExpressionSpecification = ['in', `,${scenario},`, ['get', 'scenarios']];
  const part = PART_OF[id];
  return part ? ['all', sc, ['==', ['get', 'part'], part]] : sc;
}

const PART_OF: Partial<Record<LayerId, string>> = {
  [LAYER.cedeFill]: 'cede', [LAYER.cedePattern]: 'cede', [LAYER.cedeOutline]: 'cede',
  [LAYER.returnFill]: 'return', [LAYER.returnPattern]: 'return', [LAYER.returnOutline]: 'return',
};

const TOGGLE_OF = new Map<LayerId, Toggle>(
  (Object.entries(TOGGLE_LAYERS) as [Toggle, LayerId[]][]).flatMap(([t, ids]) => ids.map((id) => [id, t] as const)),
);

/**
 * An overlay layer is always laid out; a toggle or a scenario shows or hides it through its
 * opacity (a paint change: no tile is laid out again, and MapLibre skips drawing a layer whose
 * opacity is 0). Its metadata says which toggle and scenario it belongs to and its opacity when shown.
 */
export interface OverlayMeta {
  'swapmap:toggle': Toggle;
  'swapmap:scenario'?: string;
  'swapmap:opacity': number;
}

/** One overlay layer's opacity property and its value in a state. */
export interface OverlayPaint {
  id: string;
  property: 'fill-opacity' | 'line-opacity';
  value: number;
}

/** The part of a MapLibre map that {@link showOverlays} uses. */
export interface OverlayTarget {
  getPaintProperty(id: string, property: string): unknown;
  setPaintProperty(id: string, property: string, value: unknown): unknown;
  getLayoutProperty(id: string, property: string): unknown;
  setLayoutProperty(id: string, property: string, value: unknown): unknown;
}

/**
 * Bring a map's overlays to the given opacities. An overlay to be shown that was not laid out
 * yet (`visibility: none`) is made visible; with `layoutAll`, hidden ones are too (at opacity 0),
 * so that later toggles and scenario switches are paint changes only.
 */
export function showOverlays(map: OverlayTarget, paints: readonly OverlayPaint[], layoutAll = false): void {
  for (const p of paints) {
    if (map.getPaintProperty(p.id, p.property) !== p.value) map.setPaintProperty(p.id, p.property, p.value);
    if ((p.value > 0 || layoutAll) && map.getLayoutProperty(p.id, 'visibility') === 'none') map.setLayoutProperty(p.id, 'visibility', 'visible');
  }
}

/** The opacity of every overlay layer of a style in a state (see {@link OverlayMeta}). */
export function overlayPaint(layers: readonly LayerSpecification[], state: Pick<AppState, 'layers' | 'scenario'>): OverlayPaint[] {
  const out: OverlayPaint[] = [];
  for (const l of layers) {
    const m = l.metadata as OverlayMeta | undefined;
    if (!m?.['swapmap:toggle'] || (l.type !== 'fill' && l.type !== 'line')) continue;
    const sc = m['swapmap:scenario'];
    const shown = state.layers.includes(m['swapmap:toggle']) && (sc === undefined || sc === state.scenario);
    out.push({ id: l.id, property: l.type === 'fill' ? 'fill-opacity' : 'line-opacity', value: shown ? m['swapmap:opacity'] : 0 });
  }
  return out;
}

/**
 * Tile buffer of the area and line sources, in pixels of a 512-px tile (MapLibre's default: 128).
 * Fills are clipped to their tile when drawn, and no line is wider than 4 px, so 16 px hides the
 * tile edges; the default made every tile lay out a quarter of each neighbour as well (about 2.2
 * times its own area: 92,000 vertices in the first four tiles instead of 52,000), which cost
 * 4–12 % of the first render here.
 */
const EDGE_BUFFER = 16;

/**
 * The whole MapLibre style, built from data and a theme. Which overlays show comes from the
 * state, through their opacity ({@link overlayPaint}): toggling a layer or switching the scenario
 * later is a paint change, never a new layout or a rebuilt source.
 */
export function buildStyle(data: MapData, theme: Theme, state: AppState, opts: StyleOptions): StyleSpecification {
  const line2022 = data.lines[PRE_2022];
  const sources: Record<string, SourceSpecification> = {
    [SOURCE.countries]: { type: 'geojson', buffer: EDGE_BUFFER, data: data.countries, attribution: opts.attribution },
    [SOURCE.oblasts]: { type: 'geojson', buffer: EDGE_BUFFER, data: data.oblasts },
    [SOURCE.oblastLabels]: { type: 'geojson', data: opts.oblastLabels },
    [SOURCE.water]: { type: 'geojson', buffer: EDGE_BUFFER, data: data.water },
    [SOURCE.waterLabels]: { type: 'geojson', data: opts.waterLabels },
    [SOURCE.towns]: { type: 'geojson', data: data.towns },
    [SOURCE.line2025]: { type: 'geojson', buffer: EDGE_BUFFER, data: opts.line },
    [SOURCE.line2022]: { type: 'geojson', buffer: EDGE_BUFFER, data: line2022 ?? emptyFC() },
    [SOURCE.contact]: { type: 'geojson', buffer: EDGE_BUFFER, data: opts.contact },
    [SOURCE.swapParts]: { type: 'geojson', buffer: EDGE_BUFFER, data: opts.swap.parts },
    [SOURCE.swapProposed]: { type: 'geojson', buffer: EDGE_BUFFER, data: opts.swap.proposed },
    [SOURCE.frozenLine]: { type: 'geojson', buffer: EDGE_BUFFER, data: opts.swap.frozenLine },
    [SOURCE.proposedLine]: { type: 'geojson', buffer: EDGE_BUFFER, data: opts.swap.proposedLine },
    [SOURCE.change]: { type: 'geojson', buffer: EDGE_BUFFER, data: opts.change ?? emptyFC() },
    ...(opts.exportMarks
      ? {
          [SOURCE.exportLabels]: { type: 'geojson', data: opts.exportMarks.labels },
          [SOURCE.exportGuards]: { type: 'geojson', data: opts.exportMarks.guards },
        }
      : {}),
  };
  const focus: ExpressionSpecification = ['==', ['get', 'focus'], true];
  const controlled: ExpressionSpecification = ['==', ['get', 'status'], 'russian-controlled'];
  const lines: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];

  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.sea } },
    { id: LAYER.countries, type: 'fill', source: SOURCE.countries, paint: { 'fill-color': theme.land } },
    {
      id: LAYER.countryBorders,
      type: 'line',
      source: SOURCE.countries,
      paint: { 'line-color': theme.countryBorder, 'line-width': 0.8 },
    },
    // Constant colours, one layer per colour: layers of a type with constant paint share one
    // shader program, and each program costs ~0.2 s to compile where WebGL runs on the CPU.
    {
      id: LAYER.oblastFill,
      type: 'fill',
      source: SOURCE.oblasts,
      filter: ['!', focus],
      paint: { 'fill-color': theme.ukraine },
    },
    {
      id: LAYER.focusFill,
      type: 'fill',
      source: SOURCE.oblasts,
      filter: focus,
      paint: { 'fill-color': theme.focusOblast },
    },
    {
      id: LAYER.water,
      type: 'fill',
      source: SOURCE.water,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
      paint: { 'fill-color': theme.water },
    },
    {
      id: LAYER.rivers,
      type: 'line',
      source: SOURCE.water,
      filter: ['all', lines, ['>', ['coalesce', ['get', 'rank'], 3], 1]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.5] },
    },
    {
      id: LAYER.majorRivers,
      type: 'line',
      source: SOURCE.water,
      filter: ['all', lines, ['<=', ['coalesce', ['get', 'rank'], 3], 1]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.3, 10, 3] },
    },
    {
      id: LAYER.line2022Fill,
      type: 'fill',
      source: SOURCE.line2022,
      paint: { 'fill-color': theme.occupied2022, 'fill-opacity': theme.occupied2022Opacity },
    },
    {
      id: LAYER.line2025Fill,
      type: 'fill',
      source: SOURCE.line2025,
      filter: controlled,
      paint: { 'fill-color': theme.occupied, 'fill-opacity': theme.occupiedOpacity },
    },
    {
      id: LAYER.contested2025Fill,
      type: 'fill',
      source: SOURCE.line2025,
      filter: ['!', controlled],
      paint: { 'fill-color': theme.contested, 'fill-opacity': theme.occupiedOpacity },
    },
    {
      id: LAYER.proposedFill,
      type: 'fill',
      source: SOURCE.swapProposed,
      paint: { 'fill-color': theme.proposed, 'fill-opacity': theme.proposedOpacity },
    },
    {
      id: LAYER.cedeFill,
      type: 'fill',
      source: SOURCE.swapParts,
      paint: { 'fill-color': theme.cede, 'fill-opacity': theme.cedeOpacity },
    },
    {
      id: LAYER.cedePattern,
      type: 'fill',
      source: SOURCE.swapParts,
      // No antialiased outline (a shader program of its own): cede-outline draws the edge.
      paint: { 'fill-pattern': PATTERN.hatch, 'fill-opacity': 0.8, 'fill-antialias': false },
    },
    {
      id: LAYER.returnFill,
      type: 'fill',
      source: SOURCE.swapParts,
      paint: { 'fill-color': theme.ret, 'fill-opacity': theme.retOpacity },
    },
    {
      id: LAYER.returnPattern,
      type: 'fill',
      source: SOURCE.swapParts,
      paint: { 'fill-pattern': PATTERN.dots, 'fill-opacity': 0.9, 'fill-antialias': false },
    },
    {
      id: LAYER.changeFill,
      type: 'fill',
      source: SOURCE.change,
      paint: { 'fill-color': ['match', ['get', 'kind'], 'gained', theme.gained, theme.lost], 'fill-opacity': theme.changeOpacity },
    },
    {
      id: LAYER.changeOutline,
      type: 'line',
      source: SOURCE.change,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': ['match', ['get', 'kind'], 'gained', theme.gained, theme.lost], 'line-width': 1.2 },
    },
    {
      id: LAYER.line2022Outline,
      type: 'line',
      source: SOURCE.line2022,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.occupied2022,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.oblastBorders,
      type: 'line',
      source: SOURCE.oblasts,
      filter: ['!', focus],
      paint: { 'line-color': theme.oblastBorder, 'line-width': 0.7 },
    },
    {
      id: LAYER.focusBorders,
      type: 'line',
      source: SOURCE.oblasts,
      filter: focus,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.focusBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2] },
    },
    {
      id: LAYER.contact2025,
      type: 'line',
      source: SOURCE.contact,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.contactLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 10, 3] },
    },
    {
      id: LAYER.cedeOutline,
      type: 'line',
      source: SOURCE.swapParts,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.cedeHatch, 'line-width': 1.2 },
    },
    {
      id: LAYER.returnOutline,
      type: 'line',
      source: SOURCE.swapParts,
      layout: { 'line-join': 'round' },
      // A strong solid line: the returned pockets are a few km across and stay visible at the
      // scale of a social card only by their outline (issue #11).
      paint: { 'line-color': theme.retDots, 'line-width': RETURN_OUTLINE_WIDTH },
    },
    {
      id: LAYER.frozenLine,
      type: 'line',
      source: SOURCE.frozenLine,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.frozenLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2, 10, 4],
        'line-dasharray': [2, 1],
      },
    },
    {
      id: LAYER.proposedLine,
      type: 'line',
      source: SOURCE.proposedLine,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.proposedLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 5] },
    },
    {
      id: LAYER.waterLabels,
      type: 'symbol',
      source: SOURCE.waterLabels,
      minzoom: 6.5,
      layout: {
        'text-field': waterName(),
        'text-font': [theme.font],
        'text-size': 11,
        'text-max-width': 8,
        'text-letter-spacing': 0.05,
      },
      paint: { 'text-color': theme.waterLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      id: LAYER.riverLabels,
      type: 'symbol',
      source: SOURCE.water,
      minzoom: 7,
      filter: [
        'all',
        ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
        ['!=', ['coalesce', ['get', 'name'], ''], ''],
      ],
      layout: {
        'symbol-placement': 'line',
        'text-field': waterName(),
        'text-font': [theme.font],
        'text-size': 11,
        'symbol-spacing': 350,
      },
      paint: { 'text-color': theme.waterLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
    },
    // Oblast names yield to the names of cities (rank 1; issue #11: the city of Donetsk was an
    // unlabelled dot under "DONETSK") and take precedence over smaller towns' (rank 2–3): MapLibre
    // places the labels of the upper layer first, so the oblasts' layer lies between the two.
    townLabels(theme, LAYER.minorTownLabels, ['>', ['get', 'rank'], 1]),
    {
      id: LAYER.oblastLabels,
      type: 'symbol',
      source: SOURCE.oblastLabels,
      filter: ['any', focus, ['>=', ['zoom'], 6]],
      layout: {
        'text-field': ['upcase', placeName()],
        'text-font': [theme.font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 15],
        'text-letter-spacing': 0.12,
        'text-max-width': 12,
        'text-allow-overlap': false,
        // Placed after the cities (rank 1: oblast centres and the largest), before the smaller
        // towns: where a city's name is, the oblast's moves off it, or yields (issue #11); a
        // smaller town's name yields to the oblast's.
        'text-variable-anchor-offset': [
          'center', [0, 0],
          'top', [0, 1],
          'bottom', [0, -1],
          'left', [1.5, 0],
          'right', [-1.5, 0],
          'top-left', [1, 1.5],
          'top-right', [-1, 1.5],
          'bottom-left', [1, -1.5],
          'bottom-right', [-1, -1.5],
        ],
        'symbol-sort-key': ['case', focus, 0, 1],
      },
      paint: { 'text-color': theme.oblastLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: LAYER.townDots,
      type: 'circle',
      source: SOURCE.towns,
      filter: townFilter(),
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 3.5, 2, 2.6, 2],
        'circle-color': theme.town,
        'circle-stroke-color': theme.townHalo,
        'circle-stroke-width': 1,
      },
    },
    townLabels(theme, LAYER.townLabels, ['<=', ['get', 'rank'], 1]),
    ...exportMarkLayers(theme, !!opts.exportMarks),
  ];
  // Overlay layers: one copy per scenario for the scenario layers; opacity from the state.
  const out: LayerSpecification[] = [];
  for (const l of layers) {
    const toggle = TOGGLE_OF.get(l.id as LayerId);
    if (!toggle || (l.type !== 'fill' && l.type !== 'line')) {
      out.push(l);
      continue;
    }
    const base = l.id as LayerId;
    const on = (l.type === 'fill' ? l.paint?.['fill-opacity'] : l.paint?.['line-opacity']) ?? 1;
    if (typeof on !== 'number') throw new Error(`overlay layer ${l.id} needs a constant opacity`);
    const copies = SCENARIO_LAYERS.includes(base)
      ? opts.scenarios.map((sc) => ({ ...l, id: scenarioLayerId(base, sc), filter: scenarioFilter(base, sc), metadata: { 'swapmap:toggle': toggle, 'swapmap:scenario': sc, 'swapmap:opacity': on } }))
      : [{ ...l, metadata: { 'swapmap:toggle': toggle, 'swapmap:opacity': on } }];
    out.push(...(copies as LayerSpecification[]));
  }
  for (const p of overlayPaint(out, state)) {
    const l = out.find((x) => x.id === p.id)!;
    l.paint = { ...l.paint, [p.property]: p.value } as typeof l.paint;
    // Hidden overlays need no layout yet (see StyleOptions.layoutHidden).
    if (p.value === 0 && !opts.layoutHidden) l.layout = { ...l.layout, visibility: 'none' } as typeof l.layout;
  }
  return {
    version: 8,
    name: 'swapmap',
    glyphs: opts.glyphs,
    // Paint changes (toggles, scenarios) take effect in the next frame, not over 300 ms.
    transition: { duration: 0, delay: 0 },
    sources,
    layers: out,
  };
}

/** Width of the returned pockets' outline, CSS px (the export's legend draws the same). */
export const RETURN_OUTLINE_WIDTH = 2.2;

/** The export's labels of the totals and its edge guards, on top of everything (none on the page). */
function exportMarkLayers(theme: Theme, on: boolean): LayerSpecification[] {
  if (!on) return [];
  return [
    {
      id: LAYER.exportLabels,
      type: 'symbol',
      source: SOURCE.exportLabels,
      layout: {
        'text-field': ['get', 'text'],
        'text-font': [theme.font],
        'text-size': 15,
        'text-max-width': 30,
        // At the part's pole of inaccessibility, or beside it when an edge is in the way.
        'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-padding': 4,
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': ['match', ['get', 'part'], 'cede', theme.cedeHatch, theme.retDots],
        'text-halo-color': '#ffffff',
        'text-halo-width': 2.5,
      },
    },
    {
      id: LAYER.exportGuards,
      type: 'symbol',
      source: SOURCE.exportGuards,
      layout: {
        'icon-image': GUARD_IMAGE,
        'icon-anchor': ['get', 'anchor'] as ExpressionSpecification,
        'icon-allow-overlap': true,
        'icon-padding': 0,
      },
    },
  ] as LayerSpecification[];
}

/**
 * A town's or oblast's name in the page's language: the data's `name_uk` (Cyrillic) in
 * Ukrainian, `name` (the national transliteration: Kostiantynivka, Huliaipole) in English.
 */
export function placeName(): ExpressionSpecification {
  return lang() === 'uk' ? ['coalesce', ['get', 'name_uk'], ['get', 'name']] : ['get', 'name'];
}

/** A river's, reservoir's or estuary's name in the page's language, from the catalogue (the data names them in English). */
export function waterName(): ExpressionSpecification {
  const names = Object.entries(msg().geo.water);
  if (!names.length) return ['get', 'name'];
  return ['match', ['get', 'name'], ...names.flatMap(([k, v]) => [k, v]), ['get', 'name']] as unknown as ExpressionSpecification;
}

/** A layer of town names: the towns of `filter` among those shown at the zoom. */
function townLabels(theme: Theme, id: string, filter: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE.towns,
    filter: ['all', townFilter(), filter],
    layout: {
      'text-field': placeName(),
      'text-font': [theme.font],
      'text-size': ['match', ['get', 'rank'], 1, 13, 2, 11.5, 10.5],
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.5,
      'text-justify': 'auto',
      'symbol-sort-key': ['+', ['*', ['get', 'rank'], 1e7], ['-', 1e7, ['min', ['get', 'population'], 9999999]]],
    },
    paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 },
  };
}

/** Towns by rank and zoom: largest from the start, smaller ones as the map zooms in. */
function townFilter(): ExpressionSpecification {
  return [
    'any',
    ['<=', ['get', 'rank'], 1],
    ['all', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 5]],
    ['>=', ['zoom'], 7.5],
  ];
}

function emptyFC(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}
