import { isLineId } from './lines';
import { langOf, type Lang } from '../text/i18n';

/**
 * The app's whole view state, and its URL-hash form. Pure: no DOM, no map.
 * Hash: `#map=ZOOM/LAT/LON&layers=a,b&scenario=ID&line=DATE&compare=MODE[&vs=LINE][&swipe=PCT][&embed=1][&about][&lang=uk]`.
 */

/** Toggleable overlays. Order is the order of the layer panel. */
export const TOGGLES = ['line', 'pre2022', 'cede', 'freeze', 'return', 'proposed', 'change'] as const;
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
  /** Another line to compare the shown one with (compare two dates), as `line`; '' for none. */
  vs: string;
  /** Where the swipe divides the two maps, in % of the map's width from the left (0–100). */
  swipe: number;
  /** The page as an embed: the map, a compact legend, the title and the credits, no controls (issue #11). */
  embed: boolean;
  /** The About / method dialog is open (the link's `#about`, alone or appended). */
  about: boolean;
  /** The language the link asks for (`lang=uk`); null: the reader's browser decides (issue #12). */
  lang: Lang | null;
}

export const DEFAULT_CAMERA: Camera = { center: [35.6, 48.35], zoom: 5.9 };

/** How far the map can be zoomed and moved; the Map's options, as MapLibre names them. */
export interface ViewLimits {
  minZoom: number;
  maxZoom: number;
  /** [[west, south], [east, north]], degrees. */
  maxBounds: [[number, number], [number, number]];
}

/**
 * The map's view limits, for the Map constructor and for {@link parseHash} alike: a link can
 * then hold no camera that the map would not show (issue #14). The bounds are the extent of
 * the base map's data (COUNTRY_BOX in geodata/build.mjs): no view past its edge.
 */
export const VIEW_LIMITS: Readonly<ViewLimits> = {
  minZoom: 4,
  maxZoom: 12,
  maxBounds: [[20, 42], [44, 54]],
};

/**
 * A camera brought within the view limits: zoom into [minZoom, maxZoom], centre into the
 * bounds. MapLibre also keeps the whole view inside the bounds, which needs the map's size;
 * the app reads the camera back from the map for that.
 */
export function clampCamera(camera: Camera, limits: Readonly<ViewLimits> = VIEW_LIMITS): Camera {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const [[west, south], [east, north]] = limits.maxBounds;
  // + 0 turns a -0 (from "#map=-0/…") into 0, so that it is written back as "0".
  return {
    center: [clamp(camera.center[0], west, east) + 0, clamp(camera.center[1], south, north) + 0],
    zoom: clamp(camera.zoom, limits.minZoom, limits.maxZoom) + 0,
  };
}

export const DEFAULT_STATE: AppState = {
  camera: DEFAULT_CAMERA,
  layers: ['line', 'cede', 'freeze', 'return'],
  scenario: 'aug-2025',
  // None named: the app shows its default line, the latest built-in one (lines are data: state/lines.ts).
  line: '',
  compare: 'off',
  vs: '',
  swipe: 50,
  embed: false,
  about: false,
  lang: null,
};

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;


/**
 * Parse a location hash (with or without '#'). Anything missing or invalid takes its default.
 * A camera that some web map could show (zoom 0–22, |lat| ≤ 85, |lon| ≤ 180) is clamped into
 * `limits`, so the state, and the link written from it, say what the map shows.
 */
export function parseHash(hash: string, defaults: AppState = DEFAULT_STATE, limits: Readonly<ViewLimits> = VIEW_LIMITS): AppState {
  // A second '#' starts another key: exports cite "<page URL>#about", and a page URL may already
  // end in a hash ("#map=…&compare=off#about" reads as "…&compare=off&about").
  const params = new URLSearchParams(hash.replace(/^#/, '').replace(/#/g, '&'));
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
      state.camera = clampCamera({ center: [lon, lat], zoom: z }, limits);
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
  const vs = params.get('vs');
  if (vs && isLineId(vs)) state.vs = vs;
  const compare = params.get('compare');
  if (compare && (COMPARE_MODES as readonly string[]).includes(compare)) state.compare = compare as CompareMode;
  const swipe = params.get('swipe');
  if (swipe !== null && /^\d{1,3}(\.\d+)?$/.test(swipe) && Number(swipe) <= 100) state.swipe = round(Number(swipe), 1);
  const embed = params.get('embed');
  if (embed !== null) state.embed = embed === '' || embed === '1' || embed === 'true';
  if (params.has('about')) state.about = true;
  const lang = langOf(params.get('lang'));
  if (lang) state.lang = lang;
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
    // Only when set: links without a comparison stay as they were.
    ...(state.vs ? [`vs=${state.vs}`] : []),
  ];
  // Written only where they mean something, so that the plain link stays as it was.
  if (state.compare === 'swipe') parts.push(`swipe=${round(state.swipe, 1)}`);
  if (state.embed) parts.push('embed=1');
  if (state.about) parts.push('about');
  if (state.lang) parts.push(`lang=${state.lang}`);
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
