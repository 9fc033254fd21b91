/**
 * Where an export's map looks, worked out before any map exists (issue #11): the camera that
 * frames a scenario's area of change in a map of a given size, the camera of the reader's view
 * at another size, and the guards along the map's edges that make MapLibre drop labels the edge
 * would cut. Web Mercator with 512-px tiles, as MapLibre draws. Pure.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** A camera: centre [lon, lat] in degrees and zoom (the world is 512 · 2^zoom CSS px wide). */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Size of a map, CSS px. */
export interface Size {
  width: number;
  height: number;
}

const TILE = 512;
const mx = (lon: number) => (lon + 180) / 360;
const my = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/** How far a framed camera may go: the extent of the base map's data and the zoom range. */
export interface FrameLimits {
  /** [[west, south], [east, north]]: no part of the view beyond it (the base map ends there). */
  maxBounds: [[number, number], [number, number]];
  minZoom: number;
  maxZoom: number;
}

/**
 * The camera that shows `bounds`, grown by `margin` (a fraction of their width and height on
 * each side, for context), whole in a map of `size`; the map's other dimension shows more
 * around them. Then kept within the limits as MapLibre keeps a map within its maxBounds: zoomed
 * in until the view fits in them, and moved inside them. A view past the base map's data is
 * flat sea colour: the letterbox of issue #11.
 */
export function fitCamera(bounds: Bounds, size: Size, limits: FrameLimits, margin = 0): Camera {
  const [w, s, e, n] = bounds;
  const x0 = mx(w);
  const x1 = mx(e);
  const y0 = my(n);
  const y1 = my(s);
  const dx = Math.max(x1 - x0, 1e-9) * (1 + 2 * margin);
  const dy = Math.max(y1 - y0, 1e-9) * (1 + 2 * margin);
  let zoom = Math.log2(Math.min(size.width / (dx * TILE), size.height / (dy * TILE)));
  const [[lw, ls], [le, ln]] = limits.maxBounds;
  const lx0 = mx(lw);
  const lx1 = mx(le);
  const ly0 = my(ln);
  const ly1 = my(ls);
  // No zoom at which the view is wider or taller than the limits.
  zoom = Math.max(zoom, Math.log2(size.width / ((lx1 - lx0) * TILE)), Math.log2(size.height / ((ly1 - ly0) * TILE)));
  zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, zoom));
  const world = TILE * 2 ** zoom;
  const hw = size.width / 2 / world;
  const hh = size.height / 2 / world;
  const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));
  const cx = clamp((x0 + x1) / 2, lx0 + hw, lx1 - hw);
  const cy = clamp((y0 + y1) / 2, ly0 + hh, ly1 - hh);
  return { center: [lonOf(cx), latOf(cy)], zoom };
}

/** The [west, south, east, north] a camera shows in a map of `size`. */
export function viewBounds(camera: Camera, size: Size): Bounds {
  const world = TILE * 2 ** camera.zoom;
  const cx = mx(camera.center[0]);
  const cy = my(camera.center[1]);
  const hw = size.width / 2 / world;
  const hh = size.height / 2 / world;
  return [lonOf(cx - hw), latOf(cy + hh), lonOf(cx + hw), latOf(cy - hh)];
}

/** [lon, lat] of a point of a map (CSS px from its top-left corner) under a camera. */
export function unproject(camera: Camera, size: Size, x: number, y: number): [number, number] {
  const world = TILE * 2 ** camera.zoom;
  return [lonOf(mx(camera.center[0]) + (x - size.width / 2) / world), latOf(my(camera.center[1]) + (y - size.height / 2) / world)];
}

/** Where a guard's icon lies from its point: outwards, beyond the edge it stands on. */
export type GuardAnchor = 'left' | 'right' | 'top' | 'bottom';

/** Side of a guard's (transparent) icon, CSS px: how far beyond the edge it blocks labels. */
export const GUARD_PX = 64;

/**
 * Points along the four edges of a map, half a pixel inside, each carrying the anchor that puts
 * its icon just outside the edge: a symbol layer of them placed before every label makes
 * MapLibre's own collision drop (or move, with a variable anchor) any label the edge would cut.
 * MapLibre otherwise keeps labels that run off the canvas: on the page the map moves, in an
 * export the label is cut ("Lipetsk", "Stavr…" at the edges of the square export).
 */
export function edgeGuards(camera: Camera, size: Size, spacing = GUARD_PX * 0.75): FeatureCollection<Point, { anchor: GuardAnchor }> {
  const features: Feature<Point, { anchor: GuardAnchor }>[] = [];
  const add = (x: number, y: number, anchor: GuardAnchor) =>
    features.push({ type: 'Feature', properties: { anchor }, geometry: { type: 'Point', coordinates: unproject(camera, size, x, y) } });
  const { width: W, height: H } = size;
  const along = (length: number) => {
    const n = Math.max(1, Math.ceil(length / spacing));
    return Array.from({ length: n + 1 }, (_, i) => (i * length) / n);
  };
  for (const y of along(H)) {
    add(0.5, y, 'right');
    add(W - 0.5, y, 'left');
  }
  for (const x of along(W)) {
    add(x, 0.5, 'bottom');
    add(x, H - 0.5, 'top');
  }
  return { type: 'FeatureCollection', features };
}
