import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Largest GeoJSON file the app accepts (bytes). A line file of a whole country is < 5 MB. */
export const MAX_GEOJSON_BYTES = 50 * 1024 * 1024;

export type GeometryKind = Geometry['type'];

export type Result<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

export interface ValidateOptions {
  /** Geometry types accepted; features of other types are an error. */
  allowed: readonly GeometryKind[];
  /** Name of the input, used in messages ("line file 'x.geojson'"). */
  label: string;
  maxBytes?: number;
}

/**
 * Parse and check a GeoJSON text. Returns a FeatureCollection whose positions are
 * finite [lon, lat] pairs (a Z value is dropped), or a one-sentence error naming the problem.
 * Property values are kept as data; the app never inserts them as HTML.
 */
export function parseGeoJSON(text: string, opts: ValidateOptions): Result<FeatureCollection> {
  const maxBytes = opts.maxBytes ?? MAX_GEOJSON_BYTES;
  // A JS string's length is UTF-16 units; for the mostly-ASCII GeoJSON it is the byte count.
  if (text.length > maxBytes) {
    return { ok: false, error: `${opts.label} is ${formatMB(text.length)}; the limit is ${formatMB(maxBytes)}.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${opts.label} is not valid JSON (${(e as Error).message}).` };
  }
  return validateGeoJSON(json, opts);
}

/** Check an already-parsed value; see {@link parseGeoJSON}. */
export function validateGeoJSON(json: unknown, opts: ValidateOptions): Result<FeatureCollection> {
  const warnings: string[] = [];
  if (!isObject(json) || typeof json.type !== 'string') {
    return { ok: false, error: `${opts.label} is not GeoJSON: it has no "type".` };
  }
  let features: unknown[];
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) return { ok: false, error: `${opts.label}: "features" is not an array.` };
    features = json.features;
  } else if (json.type === 'Feature') {
    features = [json];
  } else {
    return {
      ok: false,
      error: `${opts.label} is a GeoJSON ${String(json.type).slice(0, 40)}; a FeatureCollection is expected.`,
    };
  }
  if (features.length === 0) return { ok: false, error: `${opts.label} has no features.` };
  const out: Feature[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const where = `${opts.label}, feature ${i + 1}`;
    if (!isObject(f) || f.type !== 'Feature') return { ok: false, error: `${where} is not a GeoJSON Feature.` };
    const g = f.geometry;
    if (g === null || g === undefined) {
      warnings.push(`${where} has no geometry and was skipped.`);
      continue;
    }
    if (!isObject(g) || typeof g.type !== 'string') return { ok: false, error: `${where} has no valid geometry.` };
    if (!opts.allowed.includes(g.type as GeometryKind)) {
      return {
        ok: false,
        error: `${where} is a ${String(g.type).slice(0, 40)}; expected ${opts.allowed.join(' or ')}.`,
      };
    }
    const checked = checkGeometry(g as unknown as Geometry);
    if (typeof checked === 'string') return { ok: false, error: `${where}: ${checked}` };
    const props = isObject(f.properties) ? { ...f.properties } : {};
    out.push({ type: 'Feature', properties: props, geometry: checked });
  }
  if (out.length === 0) return { ok: false, error: `${opts.label} has no features with a geometry.` };
  const fc: FeatureCollection = { type: 'FeatureCollection', features: out };
  return { ok: true, value: fc, warnings };
}

/** Returns the geometry with 2-D positions, or a message saying what is wrong. */
function checkGeometry(g: Geometry): Geometry | string {
  switch (g.type) {
    case 'Point': {
      const p = pos(g.coordinates);
      return typeof p === 'string' ? p : { type: 'Point', coordinates: p };
    }
    case 'MultiPoint':
    case 'LineString': {
      const line = positions(g.coordinates, g.type === 'LineString' ? 2 : 1);
      return typeof line === 'string' ? line : { type: g.type, coordinates: line };
    }
    case 'MultiLineString': {
      const lines: Position[][] = [];
      if (!Array.isArray(g.coordinates)) return 'coordinates are not an array.';
      for (const l of g.coordinates) {
        const c = positions(l, 2);
        if (typeof c === 'string') return c;
        lines.push(c);
      }
      return { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon': {
      const rings = polygon(g.coordinates);
      return typeof rings === 'string' ? rings : { type: 'Polygon', coordinates: rings };
    }
    case 'MultiPolygon': {
      if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return 'a MultiPolygon without polygons.';
      const polys: Position[][][] = [];
      for (const p of g.coordinates) {
        const rings = polygon(p);
        if (typeof rings === 'string') return rings;
        polys.push(rings);
      }
      return { type: 'MultiPolygon', coordinates: polys };
    }
    case 'GeometryCollection':
      return 'GeometryCollection is not supported.';
    default:
      return 'unknown geometry type.';
  }
}

function polygon(c: unknown): Position[][] | string {
  if (!Array.isArray(c) || c.length === 0) return 'a polygon without rings.';
  const rings: Position[][] = [];
  for (const r of c) {
    const ring = positions(r, 4);
    if (typeof ring === 'string') return ring;
    const a = ring[0]!;
    const b = ring[ring.length - 1]!;
    if (a[0] !== b[0] || a[1] !== b[1]) return 'a polygon ring is not closed (first and last positions differ).';
    rings.push(ring);
  }
  return rings;
}

function positions(c: unknown, min: number): Position[] | string {
  if (!Array.isArray(c)) return 'coordinates are not an array.';
  if (c.length < min) return `a ring or line has ${c.length} positions; at least ${min} are needed.`;
  const out: Position[] = [];
  for (const p of c) {
    const q = pos(p);
    if (typeof q === 'string') return q;
    out.push(q);
  }
  return out;
}

function pos(p: unknown): Position | string {
  if (!Array.isArray(p) || p.length < 2) return 'a position is not an array of numbers.';
  const [x, y] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    return 'a position holds something other than finite numbers.';
  }
  if (x < -180 || x > 180 || y < -90 || y > 90) {
    return `position [${x}, ${y}] is outside longitude/latitude range (is the file in EPSG:4326?).`;
  }
  return [x, y];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The geometry types of area layers (oblasts, lines). */
export const AREAL: readonly GeometryKind[] = ['Polygon', 'MultiPolygon'];
