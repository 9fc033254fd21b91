import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { msg, num } from '../text/i18n';

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
    return { ok: false, error: msg().read.data.tooLarge(opts.label, formatMB(text.length), formatMB(maxBytes)) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: msg().read.data.json(opts.label, (e as Error).message) };
  }
  return validateGeoJSON(json, opts);
}

/** Check an already-parsed value; see {@link parseGeoJSON}. */
export function validateGeoJSON(json: unknown, opts: ValidateOptions): Result<FeatureCollection> {
  const t = msg().read.data;
  const warnings: string[] = [];
  if (!isObject(json) || typeof json.type !== 'string') {
    return { ok: false, error: t.noType(opts.label) };
  }
  let features: unknown[];
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) return { ok: false, error: t.featuresNotArray(opts.label) };
    features = json.features;
  } else if (json.type === 'Feature') {
    features = [json];
  } else {
    return { ok: false, error: t.notCollection(opts.label, String(json.type).slice(0, 40)) };
  }
  if (features.length === 0) return { ok: false, error: t.noFeatures(opts.label) };
  const out: Feature[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const where = msg().read.featureOf(opts.label, String(i + 1));
    if (!isObject(f) || f.type !== 'Feature') return { ok: false, error: t.notFeature(where) };
    const g = f.geometry;
    if (g === null || g === undefined) {
      warnings.push(t.skipped(where));
      continue;
    }
    if (!isObject(g) || typeof g.type !== 'string') return { ok: false, error: t.badGeometry(where) };
    if (!opts.allowed.includes(g.type as GeometryKind)) {
      return { ok: false, error: t.wrongType(where, String(g.type).slice(0, 40), opts.allowed.join(t.or)) };
    }
    const checked = checkGeometry(g as unknown as Geometry);
    if (typeof checked === 'string') return { ok: false, error: t.geometry(where, checked) };
    const props = isObject(f.properties) ? { ...f.properties } : {};
    out.push({ type: 'Feature', properties: props, geometry: checked });
  }
  if (out.length === 0) return { ok: false, error: t.noGeometries(opts.label) };
  const fc: FeatureCollection = { type: 'FeatureCollection', features: out };
  return { ok: true, value: fc, warnings };
}

/** Returns the geometry with 2-D positions, or a message saying what is wrong. */
function checkGeometry(g: Geometry): Geometry | string {
  const t = msg().read.data;
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
      if (!Array.isArray(g.coordinates)) return t.coordinatesNotArray;
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
      if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return t.noPolygons;
      const polys: Position[][][] = [];
      for (const p of g.coordinates) {
        const rings = polygon(p);
        if (typeof rings === 'string') return rings;
        polys.push(rings);
      }
      return { type: 'MultiPolygon', coordinates: polys };
    }
    case 'GeometryCollection':
      return t.collection;
    default:
      return t.unknownType;
  }
}

function polygon(c: unknown): Position[][] | string {
  if (!Array.isArray(c) || c.length === 0) return msg().read.data.noRings;
  const rings: Position[][] = [];
  for (const r of c) {
    const ring = positions(r, 4);
    if (typeof ring === 'string') return ring;
    const a = ring[0]!;
    const b = ring[ring.length - 1]!;
    if (a[0] !== b[0] || a[1] !== b[1]) return msg().read.data.notClosed;
    rings.push(ring);
  }
  return rings;
}

function positions(c: unknown, min: number): Position[] | string {
  if (!Array.isArray(c)) return msg().read.data.coordinatesNotArray;
  if (c.length < min) return msg().read.data.tooFew(String(c.length), String(min));
  const out: Position[] = [];
  for (const p of c) {
    const q = pos(p);
    if (typeof q === 'string') return q;
    out.push(q);
  }
  return out;
}

function pos(p: unknown): Position | string {
  const t = msg().read.data;
  if (!Array.isArray(p) || p.length < 2) return t.positionNotArray;
  const [x, y] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    return t.notFinite;
  }
  if (x < -180 || x > 180 || y < -90 || y > 90) {
    return t.outside(String(x), String(y));
  }
  return [x, y];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function formatMB(bytes: number): string {
  return msg().read.size(num(bytes / 1024 / 1024, 1));
}

/** The geometry types of area layers (oblasts, lines). */
export const AREAL: readonly GeometryKind[] = ['Polygon', 'MultiPolygon'];
