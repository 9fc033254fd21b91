import type { MultiPolygon, Polygon, Position } from 'geojson';

type Areal = Polygon | MultiPolygon;

/**
 * Edges of a geometry bucketed by latitude band, so a point-in-polygon test reads only the
 * edges that cross its band: O(n / bands) instead of O(n) for large polygons.
 */
interface BandIndex {
  south: number;
  step: number;
  /** Per band: flat [x1, y1, x2, y2, polygonIndex] records. */
  bands: number[][];
  polygons: number;
}

const indexes = new WeakMap<Areal, BandIndex>();

function bandIndex(g: Areal): BandIndex {
  let idx = indexes.get(g);
  if (idx) return idx;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let south = Infinity;
  let north = -Infinity;
  let edges = 0;
  for (const rings of polys)
    for (const ring of rings) {
      edges += ring.length;
      for (const p of ring) {
        if (p[1]! < south) south = p[1]!;
        if (p[1]! > north) north = p[1]!;
      }
    }
  const count = Math.max(1, Math.min(4096, Math.ceil(edges / 8)));
  const step = (north - south) / count || 1;
  const bands: number[][] = Array.from({ length: count }, () => []);
  polys.forEach((rings, pi) => {
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j]!;
        const b = ring[i]!;
        const y0 = Math.min(a[1]!, b[1]!);
        const y1 = Math.max(a[1]!, b[1]!);
        const k0 = Math.max(0, Math.floor((y0 - south) / step));
        const k1 = Math.min(count - 1, Math.floor((y1 - south) / step));
        for (let k = k0; k <= k1; k++) bands[k]!.push(a[0]!, a[1]!, b[0]!, b[1]!, pi);
      }
  });
  idx = { south, step, bands, polygons: polys.length };
  indexes.set(g, idx);
  return idx;
}

/** Is the point inside the geometry (ray casting, even–odd, so holes are respected)? */
export function contains(g: Areal | null, pt: Position): boolean {
  if (!g) return false;
  const x = pt[0]!;
  const y = pt[1]!;
  const idx = bandIndex(g);
  const k = Math.floor((y - idx.south) / idx.step);
  if (k < 0 || k >= idx.bands.length) return false;
  const band = idx.bands[k]!;
  // Crossings per polygon: a point is inside the geometry if inside any of its polygons.
  const inside = idx.polygons === 1 ? [false] : new Array<boolean>(idx.polygons).fill(false);
  for (let i = 0; i < band.length; i += 5) {
    const x1 = band[i]!, y1 = band[i + 1]!, x2 = band[i + 2]!, y2 = band[i + 3]!;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) {
      const pi = band[i + 4]!;
      inside[pi] = !inside[pi];
    }
  }
  return inside.includes(true);
}
