// Separates the places where a polygon touches itself, after simplification and rounding.
//
// OSM's 100 m outline has islands that touch the mainland at a single vertex and spikes one
// vertex wide; Clipper keeps such contacts, and Douglas–Peucker can fold a narrow spike onto
// its neighbour. A ring that passes twice through one point, or a vertex that lies on another
// edge of the same polygon, is not a valid simple polygon (Turf's kinks() reports it; so do
// most renderers' triangulators). Each such vertex is moved by one or two units of the output
// precision (1e-5°, ~1 m) into its own side of the polygon; where two edges of a ring cross,
// the smaller loop (a spike's folded tip) is cut off at the crossing. Nothing else moves, so
// shared borders stay shared except within a few metres of a repair.

const STEP = 1e-5;

/**
 * @param {GeoJSON.Feature<GeoJSON.Polygon|GeoJSON.MultiPolygon>[]} features coordinates on the 1e-5 grid
 * @returns {number} how many vertices were moved or loops cut; throws if two rings cross
 */
export function untouch(features) {
  let moved = 0;
  for (const f of features) {
    for (let pass = 0; ; pass++) {
      const n = repairOnce(f);
      moved += n;
      if (n === 0) break;
      if (pass === 50) throw new Error(`untouch: ${f.properties?.name ?? 'feature'} still touches itself after 50 passes`);
    }
  }
  return moved;
}

const ringsOf = (g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
// Integer grid coordinates: exact arithmetic for the tests below.
const I = (v) => Math.round(v / STEP);

/** +1 if the polygon's interior lies left of its rings' edges (outer ring counter-clockwise), -1 if right. */
function sides(g) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flatMap((poly) => {
    const r = poly[0];
    let a = 0;
    for (let i = 0; i + 1 < r.length; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
    return poly.map(() => Math.sign(a));
  });
}

function repairOnce(f) {
  const rings = ringsOf(f.geometry);
  const side = sides(f.geometry);
  // Vertices (without each ring's closing copy) and segments, in integer units.
  const verts = [];
  const segs = [];
  rings.forEach((r, ri) => {
    const n = r.length - 1;
    for (let i = 0; i < n; i++) {
      verts.push({ ri, i, x: I(r[i][0]), y: I(r[i][1]) });
      segs.push({ ri, i, ax: I(r[i][0]), ay: I(r[i][1]), bx: I(r[i + 1][0]), by: I(r[i + 1][1]) });
    }
  });
  const CELL = 2000; // ~2 km
  const grid = new Map();
  const cellKey = (cx, cy) => `${cx},${cy}`;
  segs.forEach((s, k) => {
    for (let cx = Math.floor(Math.min(s.ax, s.bx) / CELL); cx <= Math.floor(Math.max(s.ax, s.bx) / CELL); cx++) {
      for (let cy = Math.floor(Math.min(s.ay, s.by) / CELL); cy <= Math.floor(Math.max(s.ay, s.by) / CELL); cy++) {
        const key = cellKey(cx, cy);
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(k);
      }
    }
  });
  const bad = new Map(); // "ri,i" → vertex to move
  // 1. A vertex visited twice: move every visit after the first.
  const seen = new Map();
  for (const v of verts) {
    const key = `${v.x},${v.y}`;
    if (seen.has(key)) bad.set(`${v.ri},${v.i}`, v);
    else seen.set(key, v);
  }
  // 2. A vertex on another edge of the same polygon (not its own two edges).
  for (const v of verts) {
    for (const k of grid.get(cellKey(Math.floor(v.x / CELL), Math.floor(v.y / CELL))) ?? []) {
      const s = segs[k];
      if (s.ri === v.ri && (s.i === v.i || (s.i + 1) % (rings[v.ri].length - 1) === v.i)) continue;
      if ((s.ax === v.x && s.ay === v.y) || (s.bx === v.x && s.by === v.y)) continue; // a revisit: case 1
      const cross = (s.bx - s.ax) * (v.y - s.ay) - (s.by - s.ay) * (v.x - s.ax);
      if (cross !== 0) continue;
      if (v.x < Math.min(s.ax, s.bx) || v.x > Math.max(s.ax, s.bx) || v.y < Math.min(s.ay, s.by) || v.y > Math.max(s.ay, s.by)) continue;
      bad.set(`${v.ri},${v.i}`, v);
    }
  }
  // 3. Two edges of one ring that cross (a spike folded over by the simplification): cut the
  //    smaller loop off at the crossing point. One cut per pass, since it renumbers the ring.
  for (const [key, list] of grid) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        let s = segs[list[a]];
        let t = segs[list[b]];
        if (!properCross(s, t)) continue;
        if (s.ri !== t.ri) {
          throw new Error(`untouch: ${f.properties?.name ?? 'feature'}: two rings cross near ${(s.ax * STEP).toFixed(5)},${(s.ay * STEP).toFixed(5)} (cell ${key})`);
        }
        if (s.i > t.i) [s, t] = [t, s];
        const r = rings[s.ri];
        const n = r.length - 1;
        const x = crossPoint(s, t);
        const inner = r.slice(s.i + 1, t.i + 1); // the loop between the two edges
        const outer = [...r.slice(t.i + 1, n), ...r.slice(0, s.i + 1)];
        const keep = inner.length <= outer.length ? outer : inner;
        const ring = keep === outer ? [...r.slice(0, s.i + 1), x, ...r.slice(t.i + 1, n)] : [x, ...inner];
        ring.push(ring[0]);
        r.splice(0, r.length, ...ring);
        return 1;
      }
    }
  }
  for (const v of bad.values()) {
    const r = rings[v.ri];
    const n = r.length - 1;
    const a = r[(v.i - 1 + n) % n];
    const b = r[(v.i + 1) % n];
    const [x, y] = [v.x, v.y];
    // Into the polygon's side of the vertex: along the bisector of its two edges, turned round
    // where the polygon's angle at the vertex is reflex.
    const ua = unit(I(a[0]) - x, I(a[1]) - y);
    const ub = unit(I(b[0]) - x, I(b[1]) - y);
    let dx = ua[0] + ub[0];
    let dy = ua[1] + ub[1];
    if (Math.hypot(dx, dy) < 1e-9) [dx, dy] = [-ub[1], ub[0]]; // straight: the left normal
    const turn = Math.sign((x - I(a[0])) * (I(b[1]) - y) - (y - I(a[1])) * (I(b[0]) - x)); // +1 left
    const convex = turn === 0 ? true : turn === side[v.ri];
    if (!convex || (turn === 0 && side[v.ri] < 0)) [dx, dy] = [-dx, -dy];
    const [sx, sy] = unit(dx, dy);
    const nx = x + Math.round(sx * 1.5);
    const ny = y + Math.round(sy * 1.5);
    const p = [nx * STEP, ny * STEP].map((c) => Math.round(c * 1e5) / 1e5);
    r[v.i] = p;
    if (v.i === 0) r[n] = p;
  }
  return bad.size;
}

function unit(x, y) {
  const l = Math.hypot(x, y);
  return l ? [x / l, y / l] : [0, 0];
}

function crossPoint(s, t) {
  const d = (s.bx - s.ax) * (t.by - t.ay) - (s.by - s.ay) * (t.bx - t.ax);
  const u = ((t.ax - s.ax) * (t.by - t.ay) - (t.ay - s.ay) * (t.bx - t.ax)) / d;
  return [Math.round(s.ax + u * (s.bx - s.ax)) * STEP, Math.round(s.ay + u * (s.by - s.ay)) * STEP].map((c) => Math.round(c * 1e5) / 1e5);
}

function orient(ax, ay, bx, by, cx, cy) {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** True if the two segments cross at a point inside both (not at shared end points). */
function properCross(s, t) {
  const o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  return o1 * o2 < 0 && o3 * o4 < 0;
}
