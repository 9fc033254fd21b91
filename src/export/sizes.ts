/** Export sizes: scales of the current view and fixed presets. Pure. */

/** A fixed output size in image pixels, laid out at `scale` image px per CSS px. */
export interface Preset {
  id: string;
  label: string;
  /** Image width and height, px. */
  width: number;
  height: number;
  /** Image px per CSS px of the layout (A4 at 150 dpi lays out 877×620 CSS px at 2×). */
  scale: number;
}

export const PRESETS: readonly Preset[] = [
  { id: 'social', label: 'Social card 1200×630', width: 1200, height: 630, scale: 1 },
  { id: 'square', label: 'Square 1080×1080', width: 1080, height: 1080, scale: 1 },
  { id: 'a4', label: 'A4 landscape, 150 dpi (1754×1240)', width: 1754, height: 1240, scale: 2 },
];

/** Scales offered for the current view (4× only where the GPU allows it). */
export const VIEW_SCALES = [1, 2, 4] as const;

/** The smallest and largest image side accepted for a fixed size, px. */
export const MIN_SIDE = 200;
export const MAX_SIDE = 16384;

/** Parse `WIDTHxHEIGHT` (e.g. `1200x630`); null when malformed or out of range. */
export function parseSize(text: string): { width: number; height: number } | null {
  const m = /^(\d{1,5})[x×](\d{1,5})$/i.exec(text.trim());
  if (!m) return null;
  const width = Number(m[1]);
  const height = Number(m[2]);
  if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) return null;
  return { width, height };
}

/** The preset of an image size, if one has it. */
export function presetOf(size: { width: number; height: number }): Preset | undefined {
  return PRESETS.find((p) => p.width === size.width && p.height === size.height);
}
