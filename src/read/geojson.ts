/**
 * Any GeoJSON value (a FeatureCollection, a Feature, a bare geometry, a GeometryCollection) as a
 * flat list of polygon features with checked positions. Points and lines are counted and left
 * out (DeepState exports hold icons as points); a position that is not a finite longitude/latitude
 * pair refuses the file, naming the feature.
 */
import type { Position } from 'geojson';
import { msg, num, plural } from '../text/i18n';
import { fail, MAX_FEATURES, MAX_LOAD_VERTICES, quote, type ReadError } from './errors';

/** A polygon feature as read, before repair: rings are [lon, lat] lists (Z dropped), maybe unclosed. */
export interface RawFeature {
  /** 1-based number of the feature in its file, for messages. */
  n: number;
  properties: Record<string, unknown>;
  /** Polygons, each as its rings (first the shell). */
  polygons: Position[][][];
}

export interface Collected {
  features: RawFeature[];
  /** Top-level members of the object other than features (e.g. ISW's `fileName`, a `name`). */
  top: Record<string, unknown>;
  ignored: { points: number; lines: number; empty: number };
  vertices: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** CRS names that mean longitude/latitude on WGS 84 (RFC 7946's only one, and its old spellings). */
const LONLAT_CRS = /^(urn:ogc:def:crs:OGC:1\.3:CRS84|urn:ogc:def:crs:OGC::CRS84|urn:ogc:def:crs:EPSG::4326|urn:ogc:def:crs:EPSG:[\d.]*:4326|EPSG:4326|CRS:84|WGS ?84)$/i;

export function collect(json: unknown, label: string): Collected | ReadError {
  const t = msg().read;
  const g = t.geojson;
  if (Array.isArray(json)) return fail('not-geojson', g.array(label));
  if (!isObject(json)) return fail('not-geojson', g.notGeojson(label));
  if (typeof json.type !== 'string') return fail('not-geojson', g.noType(label));
  const crs = crsName(json.crs);
  if (crs && !LONLAT_CRS.test(crs)) return fail('crs', g.crs(label, quote(crs, 50)));
  const out: Collected = { features: [], top: {}, ignored: { points: 0, lines: 0, empty: 0 }, vertices: 0 };
  // Defined, not assigned: a member named "__proto__" (JSON.parse keeps it as an own key) would
  // otherwise become the prototype of `top`, and its members (a `fileName`, a `name`) would pass
  // for the file's own when the format is recognised.
  for (const [k, v] of Object.entries(json)) {
    if (k !== 'features' && k !== 'geometry' && k !== 'coordinates' && k !== 'geometries') Object.defineProperty(out.top, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  let items: unknown[];
  if (json.type === 'FeatureCollection') {
    if (json.features === undefined) return fail('not-geojson', g.noFeatures(label));
    if (!Array.isArray(json.features)) return fail('not-geojson', g.featuresNotArray(label));
    items = json.features;
  } else if (json.type === 'Feature') {
    items = [json];
  } else if (GEOMETRY_TYPES.has(json.type)) {
    items = [{ type: 'Feature', properties: {}, geometry: json }];
  } else {
    return fail('not-geojson', g.otherType(label, quote(json.type)));
  }
  if (items.length > MAX_FEATURES) {
    return fail('too-many', g.tooManyFeatures(label, plural(items.length, t.features), num(MAX_FEATURES)));
  }
  for (let i = 0; i < items.length; i++) {
    const f = items[i];
    const where = items.length === 1 && json.type !== 'FeatureCollection' ? label : t.featureOf(label, String(i + 1));
    if (!isObject(f) || f.type !== 'Feature') return fail('not-geojson', g.notFeature(where));
    if (f.geometry === null || f.geometry === undefined) {
      out.ignored.empty++;
      continue;
    }
    const polygons: Position[][][] = [];
    const problem = walk(f.geometry, polygons, out, 0);
    if (problem) return fail('geometry', g.geometry(where, problem));
    out.vertices += polygons.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);
    if (out.vertices > MAX_LOAD_VERTICES) {
      return fail('too-many', g.tooManyVertices(label, num(MAX_LOAD_VERTICES)));
    }
    if (polygons.length) out.features.push({ n: i + 1, properties: isObject(f.properties) ? f.properties : {}, polygons });
  }
  return out;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

function crsName(crs: unknown): string | null {
  if (!isObject(crs) || !isObject(crs.properties)) return null;
  const n = crs.properties.name;
  return typeof n === 'string' ? n : null;
}

/** Add a geometry's polygons to `out`; returns a problem, or null. */
function walk(g: unknown, out: Position[][][], counts: Collected, depth: number): string | null {
  const t = msg().read.geojson;
  if (!isObject(g) || typeof g.type !== 'string') return t.noGeometryType;
  switch (g.type) {
    case 'Point':
    case 'MultiPoint':
      counts.ignored.points++;
      return null;
    case 'LineString':
    case 'MultiLineString':
      counts.ignored.lines++;
      return null;
    case 'Polygon': {
      const p = polygon(g.coordinates);
      if (typeof p === 'string') return p;
      if (p) out.push(p);
      return null;
    }
    case 'MultiPolygon': {
      if (!Array.isArray(g.coordinates)) return t.coordinatesNotArray;
      for (const c of g.coordinates) {
        const p = polygon(c);
        if (typeof p === 'string') return p;
        if (p) out.push(p);
      }
      return null;
    }
    case 'GeometryCollection': {
      if (depth > 8) return t.tooDeep;
      if (!Array.isArray(g.geometries)) return t.noGeometries;
      for (const h of g.geometries) {
        const problem = walk(h, out, counts, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return t.unknownGeometry(quote(g.type));
  }
}

/** A polygon's rings with checked 2-D positions (null for a polygon without rings). */
function polygon(c: unknown): Position[][] | null | string {
  const t = msg().read.geojson;
  if (!Array.isArray(c)) return t.coordinatesNotArray;
  if (c.length === 0) return null;
  const rings: Position[][] = [];
  for (const r of c) {
    if (!Array.isArray(r)) return t.ringNotArray;
    const ring: Position[] = new Array(r.length);
    for (let i = 0; i < r.length; i++) {
      const p = r[i];
      if (!Array.isArray(p)) return t.positionNotArray;
      // Said apart from the above: [37] is an array of numbers, just too short.
      if (p.length < 2) return plural(p.length, t.positionShort);
      const x = p[0];
      const y = p[1];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return t.notFinite;
      if (x < -180 || x > 180 || y < -90 || y > 90) return t.outside(quote(x, 16), quote(y, 16));
      ring[i] = [x, y];
    }
    rings.push(ring);
  }
  return rings;
}
