/**
 * Reading exported images by the theme's colours: how much of an image a layer covers, and
 * whether a map is letterboxed. Pure (pngjs in, numbers out).
 */
import type { PNG } from 'pngjs';
import { defaultTheme as theme } from '../../src/style/theme';
import { blend, hex } from './driver';

export interface PxRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type RGB = readonly [number, number, number];

/** Largest per-channel distance from a colour to the segment between two colours (a blend of them). */
function segmentDistance(p: RGB, a: RGB, b: RGB): number {
  const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0]! + (p[1] - a[1]) * ab[1]! + (p[2] - a[2]) * ab[2]!) / (ab[0]! ** 2 + ab[1]! ** 2 + ab[2]! ** 2)));
  return Math.max(...[0, 1, 2].map((i) => Math.abs(p[i]! - (a[i]! + t * ab[i]!))));
}

/**
 * The ceded area's colours: its fill over the Ukrainian-held oblast colour, the hatch drawn over
 * that fill, and the antialiased blends between them (as the map draws a hatch line's edges).
 */
const CEDE_FILL = blend(hex(theme.cede), hex(theme.focusOblast), theme.cedeOpacity);
const CEDE_HATCH = blend(hex(theme.cedeHatch), CEDE_FILL, 0.8);
export const isCeded = (p: RGB) => segmentDistance(p, CEDE_FILL, CEDE_HATCH) <= 12;

/** Share (0–1) of an image's pixels (all of them, or a rectangle's) whose colour passes `test`. */
export function share(png: PNG, test: (p: RGB) => boolean, r: PxRect = { x: 0, y: 0, width: png.width, height: png.height }): number {
  let n = 0;
  for (let y = r.y; y < r.y + r.height; y++)
    for (let x = r.x; x < r.x + r.width; x++) {
      const i = (y * png.width + x) * 4;
      if (test([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!])) n++;
    }
  return n / (r.width * r.height);
}

/**
 * The columns of a rectangle that are one colour from top to bottom: a letterbox (the map's
 * view past the edge of its data, drawn as flat sea colour) shows as a run of them.
 */
export function flatColumns(png: PNG, r: PxRect): number[] {
  const out: number[] = [];
  for (let x = r.x; x < r.x + r.width; x++) {
    const i0 = (r.y * png.width + x) * 4;
    let flat = true;
    for (let y = r.y + 1; y < r.y + r.height && flat; y++) {
      const i = (y * png.width + x) * 4;
      flat = [0, 1, 2].every((k) => Math.abs(png.data[i + k]! - png.data[i0 + k]!) <= 2);
    }
    if (flat) out.push(x);
  }
  return out;
}
