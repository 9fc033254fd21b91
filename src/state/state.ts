import { isLineId } from './lines';

/**
 * The app's whole view state, and its URL-hash form. Pure: no DOM, no map.
 * Hash: `#map=ZOOM/LAT/LON&layers=a,b&scenario=ID&line=DATE&compare=MODE`.
 */

/** Toggleable overlays. Order is the order of the layer panel. */
export const TOGGLES = ['line', 'pre2022', 'cede', 'freeze', 'return', 'proposed'] as const;
export type Toggle = (typeof TOGGLES)[number];

/** Overlay presets of the before/after switcher; the compare view's second map shows AFTER_LAYERS. */
export const NOW_LAYERS: readonly Toggle[] = ['line'];
export const AFTER_LAYERS: readonly Toggle[] = ['cede', 'return', 'proposed'];

export const COMPARE_MODES = ['off', 'swipe', 'side'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export interface Camera {
  /** [lon, lat] in degrees. */
  center: [number, number];
  zoom: number;
}

export interface AppState {
  camera: Camera;
  layers: Toggle[];
  scenario: string;
  /** The line: a built-in line's date ("2025-08-15"), or a loaded file's id ("file-2026-11-30-ab12cd34"; see lines.ts). */
  line: string;
  compare: CompareMode;
}

export const DEFAULT_CAMERA: Camera = { center: [35.6, 48.35], zoom: 5.9 };

export const DEFAULT_STATE: AppState = {
  camera: DEFAULT_CAMERA,
  layers: ['line', 'cede', 'freeze', 'return'],
  scenario: 'aug-2025',
  line: '2025-08-15',
  compare: 'off',
};

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;


/** Parse a location hash (with or without '#'). Anything missing or invalid takes its default. */
export function parseHash(hash: string, defaults: AppState = DEFAULT_STATE): AppState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: AppState = { ...defaults, camera: { ...defaults.camera }, layers: [...defaults.layers] };
  const map = params.get('map');
  if (map) {
    const parts = map.split('/').map(Number);
    const [z, lat, lon] = parts;
    if (
      parts.length === 3 &&
      z !== undefined && lat !== undefined && lon !== undefined &&
      Number.isFinite(z) && Number.isFinite(lat) && Number.isFinite(lon) &&
      z >= 0 && z <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180
    ) {
      state.camera = { center: [lon, lat], zoom: z };
    }
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const list = layers.split(',').filter((l): l is Toggle => (TOGGLES as readonly string[]).includes(l));
    // An empty value means "no overlays"; a value with only unknown names falls back to the default.
    if (layers === '' || list.length > 0) state.layers = TOGGLES.filter((t) => list.includes(t));
  }
  const scenario = params.get('scenario');
  if (scenario && ID.test(scenario)) state.scenario = scenario;
  const line = params.get('line');
  if (line && isLineId(line)) state.line = line;
  const compare = params.get('compare');
  if (compare && (COMPARE_MODES as readonly string[]).includes(compare)) state.compare = compare as CompareMode;
  return state;
}

/** Serialise the state to a hash (with '#'). Round-trips through {@link parseHash}. */
export function serializeHash(state: AppState): string {
  const [lon, lat] = state.camera.center;
  const z = state.camera.zoom;
  const parts = [
    `map=${round(z, 2)}/${round(lat, 4)}/${round(lon, 4)}`,
    `layers=${TOGGLES.filter((t) => state.layers.includes(t)).join(',')}`,
    `scenario=${state.scenario}`,
    `line=${state.line}`,
    `compare=${state.compare}`,
  ];
  return '#' + parts.join('&');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Return a copy of the state with one overlay switched on or off. */
export function setLayer(state: AppState, layer: Toggle, on: boolean): AppState {
  const set = new Set(state.layers);
  if (on) set.add(layer);
  else set.delete(layer);
  return { ...state, layers: TOGGLES.filter((t) => set.has(t)) };
}
