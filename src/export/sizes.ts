/** Export sizes: scales of the current view and fixed presets. Pure. */
import { msg } from '../text/i18n';

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

/** The presets; each label is read in the current language when it is shown. */
export const PRESETS: readonly Preset[] = [
  { id: 'social', get label() { return msg().exportImage.presetSocial; }, width: 1200, height: 630, scale: 1 },
  { id: 'square', get label() { return msg().exportImage.presetSquare; }, width: 1080, height: 1080, scale: 1 },
  { id: 'a4', get label() { return msg().exportImage.presetA4; }, width: 1754, height: 1240, scale: 2 },
];

/** Scales offered for the current view (4× only where the GPU allows it). */
export const VIEW_SCALES = [1, 2, 4] as const;

/** The smallest and largest image side accepted for a fixed size, px. */
export const MIN_SIDE = 200;
export const MAX_SIDE = 16384;

/**
 * Image px per CSS px an export is drawn at. Below ½ the composed text (10–14 CSS px) falls
 * under 7 image px and cannot be read; above 8 a view is past any GPU's canvas.
 */
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 8;

/**
 * Why an export at `scale` (of a fixed `size` in image px, or of the view) cannot be made, or
 * null. The page's exporter and `npm run snapshot` both ask this, so they refuse the same
 * things; the snapshot command asks before it starts a browser.
 */
export function exportSizeProblem(scale: number, size?: { width: number; height: number }): string | null {
  const t = msg().exportImage;
  if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) return t.scaleRange(String(scale), MIN_SCALE, MAX_SCALE);
  if (!size) return null;
  if (![size.width, size.height].every((x) => Number.isInteger(x) && x >= MIN_SIDE && x <= MAX_SIDE)) {
    return t.sideRange(size.width, size.height, MIN_SIDE, MAX_SIDE);
  }
  // The title, legend and sources are laid out in CSS px (size / scale): a layout narrower or
  // lower than the smallest image leaves no room for the map.
  const css = { width: Math.floor(size.width / scale), height: Math.floor(size.height / scale) };
  if (css.width < MIN_SIDE || css.height < MIN_SIDE) {
    return t.cssTooSmall(size.width, size.height, scale, css.width, css.height, MIN_SIDE);
  }
  return null;
}

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
