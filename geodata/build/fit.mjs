// Fits Natural Earth's oblasts to the OSM outline (build/outline.mjs) so that their union is
// the outline, with no gap and no overlap, while every inner (oblast-to-oblast) border stays
// Natural Earth's:
//
//   oblast_i = (NE_i ∩ O) ∪ ((O − NE) ∩ V_i)
//
// NE_i ∩ O cuts away what Natural Earth draws beyond the outline. O − NE is what the outline
// has and Natural Earth lacks: strips ~0.1–2 km wide along the border and the coast, and
// spits and islands. Each point of it goes to the oblast whose part of Natural Earth's outer
// boundary is nearest (V_i: the Voronoi cells of points densified along oblast i's outer
// edges, merged). So a strip is cut where an inner border meets the outer boundary, along
// the bisector of the two oblasts' edges — the inner border prolonged to the new outline —
// and a detached island goes to the nearest oblast.
import { densify, nearestPartition } from './nearest.mjs';
import { boundsOf, difference, intersect, pathsOf, union, unionP, UNIT_PER_M } from './plane.mjs';

/** Spacing of the sites along Natural Earth's outer boundary, metres. */
const SITE_STEP_M = 100;
/** Distance from a junction at which each of its oblasts gets a site, metres. */
const JUNCTION_SITE_M = 5;

/**
 * @param {{properties: object, geometry: GeoJSON.Polygon|GeoJSON.MultiPolygon}[]} ne
 *   Natural Earth's oblasts after `snap -clean` (neighbours share their vertices)
 * @param {Array} outline plane paths of O
 * @returns {{properties: object, polys: Array}[]} fitted oblasts as plane polygons, in input order
 */
export function fitOblasts(ne, outline) {
  const paths = ne.map((f) => pathsOf(f.geometry));
  const key = (p) => `${p.x},${p.y}`;
  const ekey = (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  // An edge used by two oblasts is an inner border; an edge used once is on the outer boundary.
  const uses = new Map();
  paths.forEach((ps) => ps.forEach((p) => p.forEach((a, i) => {
    const k = ekey(a, p[(i + 1) % p.length]);
    uses.set(k, (uses.get(k) ?? 0) + 1);
  })));
  // Vertices of outer edges, by the oblasts they belong to: two or more = a junction where an
  // inner border meets the outer boundary.
  const owners = new Map();
  paths.forEach((ps, i) => ps.forEach((p) => p.forEach((a, j) => {
    const b = p[(j + 1) % p.length];
    if (uses.get(ekey(a, b)) !== 1) return;
    for (const v of [a, b]) {
      const k = key(v);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(i);
    }
  })));
  const step = SITE_STEP_M * UNIT_PER_M;
  const near = JUNCTION_SITE_M * UNIT_PER_M;
  const toward = (a, b) => {
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    const t = Math.min(near / d, 0.5);
    return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  };
  const sites = [];
  paths.forEach((ps, i) => ps.forEach((p) => p.forEach((a, j) => {
    const b = p[(j + 1) % p.length];
    if (uses.get(ekey(a, b)) !== 1) return;
    const label = String(i).padStart(2, '0');
    const ja = owners.get(key(a)).size > 1;
    const jb = owners.get(key(b)).size > 1;
    if (!ja) sites.push({ x: a.x, y: a.y, label });
    else sites.push({ ...toward(a, b), label });
    if (jb) sites.push({ ...toward(b, a), label });
    for (const q of densify(a, b, step)) sites.push({ ...q, label });
  })));

  const ne_ = union(paths.flat());
  const gap = difference(outline, ne_);
  const b = boundsOf(outline);
  const pad = 100000 * UNIT_PER_M;
  const cells = nearestPartition(sites, { left: b.left - pad, top: b.top - pad, right: b.right + pad, bottom: b.bottom + pad });
  return ne.map((f, i) => {
    const own = intersect(paths[i], outline);
    const v = cells.get(String(i).padStart(2, '0'));
    const extra = v ? intersect(gap, v) : [];
    return { properties: f.properties, polys: unionP(own, extra) };
  });
}
