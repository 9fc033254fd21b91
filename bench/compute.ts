/**
 * Swap compute in Node, with the app's own code: prepare() once per line, then computeSwap()
 * per scenario (what src/geometry/swap_layers.ts computeAll() does at start-up).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import type { Scenario } from '../src/data/scenario';
import { readScenarios } from '../src/cli/scenario_files';
import type { LineCollection, OblastCollection } from '../src/data/types';
import { computeSwap, prepare } from '../src/geometry/swap';
import { SegmentGrid, type Segment } from '../src/geometry/contact_line';
import { mulberry32, summarize, type Sample } from './stats';

export const ROOT = join(import.meta.dirname, '..');

export function loadInputs(): { oblasts: OblastCollection; line: LineCollection; scenarios: Scenario[] } {
  const oblasts = JSON.parse(readFileSync(join(ROOT, 'geodata/oblasts.geojson'), 'utf8')) as OblastCollection;
  // The project's own line file, read as the app reads its built-in lines.
  const line = JSON.parse(readFileSync(join(ROOT, 'geodata/lines/2025-08-15.geojson'), 'utf8')) as LineCollection;
  const scenarios = readScenarios();
  return { oblasts, line, scenarios };
}

/** Number of positions in a line file (closing positions of rings included). */
export function vertexCount(line: LineCollection): number {
  let n = 0;
  for (const f of line.features) for (const ring of rings(f.geometry)) n += ring.length;
  return n;
}

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function mapRings(g: Polygon | MultiPolygon, fn: (ring: Position[]) => Position[]): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(fn) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(fn)) };
}

/** FNV-1a of a position: the same vertex gives the same number in every feature that has it. */
function hashPos(p: Position, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (const c of `${p[0]},${p[1]}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

const before = (a: Position, b: Position) => a[0]! < b[0]! || (a[0] === b[0] && a[1]! < b[1]!);

/**
 * The default line with about `target` positions in all (see {@link vertexCount} for the exact
 * number). Only the line itself changes: a stretch of a feature's boundary that runs along an
 * oblast's boundary (the state border, the coast, an oblast border: every vertex within 2 m of it)
 * stays as it is, as it would in any line clipped to the oblasts. Above its own count: every other
 * segment gets extra points in proportion to its length, each pushed sideways by seeded noise of
 * at most a quarter of the spacing (so a segment stays monotone along its direction and cannot
 * cross itself). Below: a seeded choice of the other vertices is kept (no noise). The noise and
 * the choice depend only on the segment's or vertex's coordinates and the seed, so an edge that
 * two features share changes identically in both and no slivers appear between them.
 */
export function syntheticLine(base: LineCollection, target: number, oblasts: OblastCollection, seed = 20250815): LineCollection {
  const n0 = vertexCount(base);
  const borders = new SegmentGrid(oblastSegments(oblasts), undefined, 0.02);
  const fixedCache = new Map<string, boolean>();
  const fixed = (p: Position) => {
    const k = `${p[0]},${p[1]}`;
    let f = fixedCache.get(k);
    if (f === undefined) fixedCache.set(k, (f = borders.near(p, 2)));
    return f;
  };
  let fn: (ring: Position[]) => Position[];
  if (target <= n0) {
    let free = 0;
    for (const f of base.features) for (const r of rings(f.geometry)) for (const p of r.slice(0, -1)) if (!fixed(p)) free++;
    const keepShare = Math.max(0, (target - (n0 - free)) / Math.max(1, free));
    fn = (ring) => {
      const open = ring.slice(0, -1);
      let kept = open.filter((p) => fixed(p) || mulberry32(hashPos(p, seed))() < keepShare);
      if (kept.length < 3) kept = [0, 1, 2].map((i) => open[Math.floor((i * open.length) / 3)]!);
      return [...kept, kept[0]!];
    };
  } else {
    const along = (a: Position, b: Position) => fixed(a) && fixed(b);
    let total = 0;
    for (const f of base.features)
      for (const r of rings(f.geometry))
        for (let i = 1; i < r.length; i++) if (!along(r[i - 1]!, r[i]!)) total += Math.hypot(r[i]![0]! - r[i - 1]![0]!, r[i]![1]! - r[i - 1]![1]!);
    const perUnit = (target - n0) / total;
    fn = (ring) => {
      const out: Position[] = [ring[0]!];
      for (let i = 1; i < ring.length; i++) {
        if (along(ring[i - 1]!, ring[i]!)) {
          out.push(ring[i]!);
          continue;
        }
        const flip = before(ring[i]!, ring[i - 1]!);
        const [ax, ay] = (flip ? ring[i] : ring[i - 1]) as [number, number];
        const [bx, by] = (flip ? ring[i - 1] : ring[i]) as [number, number];
        const rand = mulberry32(hashPos([ax, ay], seed) ^ Math.imul(hashPos([bx, by], seed), 31));
        const len = Math.hypot(bx - ax, by - ay);
        const m = Math.floor(len * perUnit + rand());
        const step = len / (m + 1);
        const nx = len ? -(by - ay) / len : 0;
        const ny = len ? (bx - ax) / len : 0;
        const pts: Position[] = [];
        for (let j = 1; j <= m; j++) {
          const t = j / (m + 1);
          const off = (rand() * 2 - 1) * 0.25 * step;
          pts.push([ax + (bx - ax) * t + nx * off, ay + (by - ay) * t + ny * off]);
        }
        out.push(...(flip ? pts.reverse() : pts), ring[i]!);
      }
      return out;
    };
  }
  return { ...base, features: base.features.map((f) => ({ ...f, geometry: mapRings(f.geometry, fn) })) };
}

function oblastSegments(oblasts: OblastCollection): Segment[] {
  const segs: Segment[] = [];
  for (const o of oblasts.features) for (const r of rings(o.geometry)) for (let i = 1; i < r.length; i++) segs.push([r[i - 1]!, r[i]!]);
  return segs;
}

export interface ComputeTiming {
  prepare: Sample;
  perScenario: Record<string, Sample>;
  /** computeSwap for every scenario, prepare() excluded. */
  scenarios: Sample;
  /** prepare() once + computeSwap for every scenario: what the app does at start-up. */
  total: Sample;
  /** Whether a warm-up run was made and left out. */
  warmup: boolean;
  /** The first run (warm-up or not): a cold start, with the oblast borders indexed. */
  firstMs: number;
  /** Ceded km² of the first scenario (a sanity check that the synthetic line is still the same front). */
  cedeKm2: number;
}

/**
 * Time prepare() + computeSwap() for every scenario, `runs` times after one warm-up run. When a
 * run takes longer than 2 s, it is counted instead of thrown away as a warm-up (JIT warm-up is
 * then a small share), and no new run starts once `softMs` have been spent (at least one run).
 */
export function timeCompute(
  oblasts: OblastCollection,
  line: LineCollection,
  scenarios: Scenario[],
  opts: { runs?: number; warmup?: boolean; softMs?: number } = {},
): ComputeTiming {
  const runs = opts.runs ?? 5;
  const softMs = opts.softMs ?? Infinity;
  let warmup = opts.warmup ?? true;
  const prep: number[] = [];
  const per: Record<string, number[]> = Object.fromEntries(scenarios.map((s) => [s.id, []]));
  const all: number[] = [];
  const total: number[] = [];
  let cedeKm2 = 0;
  let firstMs = -1;
  const start = performance.now();
  for (let i = 0; total.length < runs; i++) {
    if (total.length > 0 && performance.now() - start > softMs) break;
    const t0 = performance.now();
    const p = prepare(oblasts, line);
    const t1 = performance.now();
    let t = t1;
    const times: number[] = [];
    for (const s of scenarios) {
      const r = computeSwap(p, s);
      const now = performance.now();
      times.push(now - t);
      t = now;
      if (s === scenarios[0]) cedeKm2 = r.totals.cedeKm2;
    }
    if (i === 0) firstMs = t - t0;
    if (i === 0 && warmup) {
      if (t - t0 < 2000) continue;
      warmup = false;
    }
    prep.push(t1 - t0);
    scenarios.forEach((s, k) => per[s.id]!.push(times[k]!));
    all.push(t - t1);
    total.push(t - t0);
  }
  return {
    prepare: summarize(prep),
    perScenario: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, summarize(v)])),
    scenarios: summarize(all),
    total: summarize(total),
    warmup,
    firstMs,
    cedeKm2,
  };
}
