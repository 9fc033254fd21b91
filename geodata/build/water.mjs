// water.geojson from Debian GMT's GSHHG (high resolution): lakes/reservoirs as polygons
// (GSHHG level 2), permanent major rivers (WDBII classes 1–3) as lines.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DNIPRO_CHAIN_POINT, DNIPRO_CHAIN_ZONES, LAKES, RIVERS, RIVER_SNAP_KM } from './water-names.mjs';

// GMT reads a slightly larger region so lakes on the edge come out closed; the output
// is clipped to WATER_BOX.
const GMT_REGION = '-R21/42/43.5/53.5';
export const WATER_BOX = [22, 44, 41, 52.5];
const MIN_LAKE_KM2 = 10;
const RIVER_CLASSES = [1, 2, 3];
// WDBII class 4 ("minor rivers") holds the Oskil, Samara and Inhulets here: class-4 lines
// are kept only when named.
const NAMED_ONLY_CLASSES = [4];

export const GMT_MISSING =
  'GMT with GSHHG high-resolution data is needed to build water.geojson: apt-get install -y gmt gmt-gshhg-high';

function gmt(argv) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swapmap-gmt-'));
  try {
    return execFileSync('gmt', argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error(GMT_MISSING, { cause: e });
    throw new Error(`gmt ${argv.join(' ')} failed: ${e.stderr || e.message}\n${GMT_MISSING}`, { cause: e });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Parse GMT multisegment ASCII: [{header, pts}] */
function parseSegments(txt) {
  const segs = [];
  let cur = null;
  for (const line of txt.split('\n')) {
    if (!line.trim()) continue;
    if (line[0] === '>') {
      cur = { header: line, pts: [] };
      segs.push(cur);
      continue;
    }
    const [x, y] = line.trim().split(/\s+/).map(Number);
    cur.pts.push([x, y]);
  }
  return segs.filter((s) => s.pts.length >= 2);
}

/** GMT -M output is cut at GSHHG's bin edges: join pieces end-to-start. */
function stitch(lines) {
  const k = (p) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
  const closed = [];
  let open = [];
  for (const l of lines) (k(l[0]) === k(l.at(-1)) ? closed : open).push(l.slice());
  let changed = true;
  while (changed) {
    changed = false;
    const byStart = new Map();
    open.forEach((c, i) => {
      if (!byStart.has(k(c[0]))) byStart.set(k(c[0]), i);
    });
    for (let i = 0; i < open.length; i++) {
      const c = open[i];
      if (!c) continue;
      const j = byStart.get(k(c.at(-1)));
      if (j === undefined || j === i || !open[j]) continue;
      open[i] = c.concat(open[j].slice(1));
      open[j] = null;
      byStart.delete(k(c.at(-1)));
      byStart.set(k(open[i][0]), i);
      changed = true;
    }
    open = open.filter(Boolean);
    const still = [];
    for (const c of open) (k(c[0]) === k(c.at(-1)) ? closed : still).push(c);
    if (still.length !== open.length) changed = true;
    open = still;
  }
  return { closed, open };
}

function pointInRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const polyContains = (geom, pt) => {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  return polys.some((p) => pointInRing(pt, p[0]) && !p.slice(1).some((h) => pointInRing(pt, h)));
};

/** Distance in km from a point to a polyline (equirectangular, fine at this scale). */
function distKm(pt, line) {
  const kx = 111.32 * Math.cos((pt[1] * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const ax = (line[i - 1][0] - pt[0]) * kx;
    const ay = (line[i - 1][1] - pt[1]) * ky;
    const bx = (line[i][0] - pt[0]) * kx;
    const by = (line[i][1] - pt[1]) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const L = dx * dx + dy * dy;
    const t = L ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / L)) : 0;
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

export async function buildWater({ ms, turfArea, roundCoords }) {
  // Lakes: GSHHG level 2 (lakes and river-lakes) of at least MIN_LAKE_KM2.
  const lakeTxt = gmt(['coast', GMT_REGION, '-Dh', '-W2', `-A${MIN_LAKE_KM2}/2/2`, '-M']);
  const { closed: lakeRings, open: lakeOpen } = stitch(parseSegments(lakeTxt).map((s) => s.pts));
  const lakes = lakeRings
    .map((r) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [r] } }))
    .filter((f) => turfArea(f) >= MIN_LAKE_KM2 * 1e6);

  const polygons = [];
  const chain = lakes.find((f) => polyContains(f.geometry, DNIPRO_CHAIN_POINT));
  if (!chain) throw new Error('water: no GSHHG lake contains the Kakhovka reference point');
  let zoneArea = 0;
  for (const z of DNIPRO_CHAIN_ZONES) {
    const r = await ms(`-i in.json -clip bbox=${z.bbox.join(',')} -o out.json`, {
      'in.json': { type: 'FeatureCollection', features: [{ ...chain, properties: { zone: z.name } }] },
    });
    for (const f of r['out.json'].features ?? []) {
      zoneArea += turfArea(f);
      polygons.push({ kind: z.kind, name: z.name, geometry: f.geometry });
    }
  }
  if (Math.abs(zoneArea / turfArea(chain) - 1) > 0.001) {
    throw new Error(`water: the Dnipro reservoir zones cover ${(zoneArea / 1e6).toFixed(1)} of the GSHHG chain's ${(turfArea(chain) / 1e6).toFixed(1)} km²`);
  }
  const found = new Set();
  for (const f of lakes) {
    if (f === chain) continue;
    const hit = LAKES.find((l) => polyContains(f.geometry, l.point));
    if (hit) found.add(hit.name);
    polygons.push({ kind: hit?.kind ?? 'lake', name: hit?.name ?? '', geometry: f.geometry });
  }
  const missingLakes = LAKES.filter((l) => !found.has(l.name)).map((l) => l.name);
  if (missingLakes.length) throw new Error(`water: named lakes not found in GSHHG: ${missingLakes.join(', ')}`);

  // Rivers: WDBII classes 1–3, one gmt call per class so the class is known.
  const rivers = [];
  for (const cls of [...RIVER_CLASSES, ...NAMED_ONLY_CLASSES]) {
    const txt = gmt(['coast', GMT_REGION, '-Dh', `-I${cls}`, '-M']);
    const { closed, open } = stitch(parseSegments(txt).map((s) => s.pts));
    for (const l of [...open, ...closed]) rivers.push({ rank: cls, coords: l });
  }
  // Name rivers: for each reference point, the nearest river line within RIVER_SNAP_KM.
  const names = new Map();
  const unmatched = [];
  for (const r of RIVERS) {
    for (const pt of r.points) {
      let best = null;
      let bestD = RIVER_SNAP_KM;
      for (const l of rivers) {
        const d = distKm(pt, l.coords);
        if (d < bestD) {
          bestD = d;
          best = l;
        }
      }
      if (!best) unmatched.push(`${r.name} [${pt}]`);
      else if (!names.has(best)) names.set(best, r.name);
    }
  }
  if (unmatched.length) {
    throw new Error(`water: no river line within ${RIVER_SNAP_KM} km of reference point(s): ${unmatched.join(', ')}`);
  }

  // Simplify (~100 m) and clip everything to the water box in one mapshaper pass.
  const input = {
    type: 'FeatureCollection',
    features: [
      ...polygons.map((p) => ({ type: 'Feature', properties: { kind: p.kind, name: p.name }, geometry: p.geometry })),
      ...rivers.filter((l) => names.has(l) || !NAMED_ONLY_CLASSES.includes(l.rank)).map((l) => ({
        type: 'Feature',
        properties: { kind: 'river', name: names.get(l) ?? '', rank: l.rank },
        geometry: { type: 'LineString', coordinates: l.coords },
      })),
    ],
  };
  const polysIn = { type: 'FeatureCollection', features: input.features.filter((f) => f.geometry.type !== 'LineString') };
  const linesIn = { type: 'FeatureCollection', features: input.features.filter((f) => f.geometry.type === 'LineString') };
  const cmd = `-i in.json -simplify interval=100 keep-shapes -clip bbox=${WATER_BOX.join(',')} -o out.json precision=0.0001`;
  const P = (await ms(cmd, { 'in.json': polysIn }))['out.json'].features;
  const L = (await ms(cmd, { 'in.json': linesIn }))['out.json'].features;

  const kindOrder = { reservoir: 0, lake: 1, river: 2 };
  const features = [...P, ...L]
    .filter((f) => f.geometry)
    .map((f) => {
      const p = f.properties;
      const properties = f.geometry.type.endsWith('LineString')
        ? { kind: 'river', name: p.name, rank: p.rank }
        : { kind: p.kind, name: p.name };
      return { type: 'Feature', properties, geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates, 4) } };
    });
  const first = (g) => {
    let c = g.coordinates;
    while (typeof c[0] !== 'number') c = c[0];
    return c;
  };
  features.sort((a, b) => {
    const pa = a.properties;
    const pb = b.properties;
    const la = a.geometry.type.endsWith('LineString') ? 1 : 0;
    const lb = b.geometry.type.endsWith('LineString') ? 1 : 0;
    return (
      la - lb ||
      kindOrder[pa.kind] - kindOrder[pb.kind] ||
      (pa.rank ?? 0) - (pb.rank ?? 0) ||
      (pa.name === pb.name ? 0 : pa.name === '' ? 1 : pb.name === '' ? -1 : pa.name < pb.name ? -1 : 1) ||
      first(a.geometry)[0] - first(b.geometry)[0] ||
      first(a.geometry)[1] - first(b.geometry)[1]
    );
  });
  const stats = {
    lakesOpenDropped: lakeOpen.length,
    named: [...new Set(features.map((f) => f.properties.name).filter(Boolean))].sort(),
  };
  return { features, stats };
}
