/** Fill patterns that tell the proposal's parts apart without relying on hue. */
export interface PatternImage {
  width: number;
  height: number;
  /** RGBA, row-major. */
  data: Uint8Array;
}

export const PATTERN = { hatch: 'pattern-hatch-cede', dots: 'pattern-dots-return' } as const;

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Diagonal hatch (45°, lines `width` px wide every `size` px) in `colour` on transparent.
 * Sized in device pixels; pass `pixelRatio` to MapLibre's addImage.
 */
export function hatch(colour: string, size = 8, width = 2): PatternImage {
  const [r, g, b] = rgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      const on = d < width;
      const i = (y * size + x) * 4;
      data.set(on ? [r, g, b, 255] : [0, 0, 0, 0], i);
    }
  return { width: size, height: size, data };
}

/** Round dots of radius `radius` px on a `size` px grid, in `colour` on transparent. */
export function dots(colour: string, size = 8, radius = 1.6): PatternImage {
  const [r, g, b] = rgb(colour);
  const data = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = Math.hypot(x - c, y - c) <= radius;
      data.set(on ? [r, g, b, 255] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

/** CSS for a legend swatch that looks like the map's fill + pattern. */
export function swatchCss(kind: 'hatch' | 'dots', fill: string, opacity: number, ink: string): Partial<CSSStyleDeclaration> {
  const base = `color-mix(in srgb, ${fill} ${Math.round(opacity * 100)}%, #fffdf6)`;
  return kind === 'hatch'
    ? { background: `repeating-linear-gradient(135deg, ${ink} 0 1.5px, transparent 1.5px 5.6px), ${base}`, border: `1.5px solid ${ink}` }
    : { background: `radial-gradient(circle, ${ink} 1.2px, transparent 1.4px) 0 0 / 6px 6px, ${base}`, border: `2px solid ${ink}` };
}
