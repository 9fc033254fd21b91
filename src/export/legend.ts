/**
 * The snapshot's legend: one entry per visible overlay, with a swatch drawn the way the map
 * draws the layer (same theme colours and opacities, same pattern images, same outlines).
 */
import { shortDate } from '../data/dates';
import type { LineCollection } from '../data/types';
import type { Toggle } from '../state/state';
import { PATTERN, type PatternImage } from '../style/patterns';
import type { Theme } from '../style/theme';
import type { Rect } from './layout';
import { msg } from '../text/i18n';
import { RETURN_OUTLINE_WIDTH } from '../style/build_style';

/** How a legend swatch is drawn: a translucent fill over the oblast colour, a pattern, an outline. */
export interface Swatch {
  fill?: { colour: string; opacity: number };
  pattern?: { id: string; opacity: number };
  /** Outline of the swatch; `dash` in multiples of the width, as MapLibre's line-dasharray. */
  outline?: { colour: string; width: number; dash?: [number, number] };
  /** A line across the swatch instead of a filled box. */
  line?: { colour: string; width: number; dash?: [number, number] };
}

export interface LegendEntry {
  toggle: Toggle | 'contested';
  label: string;
  swatch: Swatch;
}

export { shortDate };

/** The tags of the two maps of a before/after comparison, on the page and in the export. */
export function compareTags(lineDate: string, scenarioTitle: string): { before: string; after: string } {
  const t = msg().exportImage;
  return { before: t.tagNow(shortDate(lineDate)), after: t.tagAfter(scenarioTitle) };
}

/** Legend entries of the visible overlays, in the layer panel's order. */
export function legendEntries(theme: Theme, layers: readonly Toggle[], lineDate: string, line?: LineCollection): LegendEntry[] {
  const out: LegendEntry[] = [];
  const on = (t: Toggle) => layers.includes(t);
  if (on('line')) {
    out.push({
      toggle: 'line',
      label: msg().exportImage.legendLine(shortDate(lineDate)),
      swatch: { fill: { colour: theme.occupied, opacity: theme.occupiedOpacity }, outline: { colour: theme.contactLine, width: 2 } },
    });
    if (line?.features.some((f) => f.properties.status === 'contested')) {
      out.push({ toggle: 'contested', label: msg().exportImage.legendContested, swatch: { fill: { colour: theme.contested, opacity: theme.occupiedOpacity } } });
    }
  }
  if (on('pre2022')) {
    out.push({
      toggle: 'pre2022',
      label: msg().exportImage.legendPre2022,
      swatch: { fill: { colour: theme.occupied2022, opacity: theme.occupied2022Opacity }, outline: { colour: theme.occupied2022, width: 1.5, dash: [3, 2] } },
    });
  }
  if (on('cede')) {
    out.push({
      toggle: 'cede',
      label: msg().layer.cede,
      swatch: { fill: { colour: theme.cede, opacity: theme.cedeOpacity }, pattern: { id: PATTERN.hatch, opacity: 0.8 }, outline: { colour: theme.cedeHatch, width: 1.2 } },
    });
  }
  if (on('freeze')) {
    out.push({ toggle: 'freeze', label: msg().layer.freeze, swatch: { line: { colour: theme.frozenLine, width: 3, dash: [2, 1] } } });
  }
  if (on('return')) {
    out.push({
      toggle: 'return',
      label: msg().layer.return,
      swatch: { fill: { colour: theme.ret, opacity: theme.retOpacity }, pattern: { id: PATTERN.dots, opacity: 0.9 }, outline: { colour: theme.retDots, width: RETURN_OUTLINE_WIDTH } },
    });
  }
  if (on('proposed')) {
    out.push({
      toggle: 'proposed',
      label: msg().exportImage.legendProposed(msg().layer.proposed),
      swatch: { fill: { colour: theme.proposed, opacity: theme.proposedOpacity }, outline: { colour: theme.proposedLine, width: 3 } },
    });
  }
  return out;
}

/** A canvas pattern of a pattern image (its pixels at 1 CSS px each, as the map registers them). */
function canvasPattern(ctx: CanvasRenderingContext2D, img: PatternImage): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = img.width;
  tile.height = img.height;
  const t = tile.getContext('2d')!;
  t.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  return ctx.createPattern(tile, 'repeat');
}

/** Draw a swatch in `r` (CSS px, in the context's current transform), over the oblast colour. */
export function drawSwatch(ctx: CanvasRenderingContext2D, sw: Swatch, r: Rect, theme: Theme, patterns: Record<string, PatternImage>): void {
  ctx.save();
  if (sw.line) {
    const y = r.y + r.height / 2;
    ctx.fillStyle = theme.focusOblast;
    ctx.fillRect(r.x, r.y, r.width, r.height);
    ctx.strokeStyle = sw.line.colour;
    ctx.lineWidth = sw.line.width;
    ctx.setLineDash(sw.line.dash ? sw.line.dash.map((d) => d * sw.line!.width) : []);
    ctx.beginPath();
    ctx.moveTo(r.x, y);
    ctx.lineTo(r.x + r.width, y);
    ctx.stroke();
    ctx.restore();
    return;
  }
  ctx.fillStyle = theme.focusOblast;
  ctx.fillRect(r.x, r.y, r.width, r.height);
  if (sw.fill) {
    ctx.globalAlpha = sw.fill.opacity;
    ctx.fillStyle = sw.fill.colour;
    ctx.fillRect(r.x, r.y, r.width, r.height);
    ctx.globalAlpha = 1;
  }
  const img = sw.pattern ? patterns[sw.pattern.id] : undefined;
  if (sw.pattern && img) {
    const p = canvasPattern(ctx, img);
    if (p) {
      // Anchor the pattern at the swatch's corner so every swatch shows whole tiles.
      p.setTransform(new DOMMatrix().translate(r.x, r.y));
      ctx.globalAlpha = sw.pattern.opacity;
      ctx.fillStyle = p;
      ctx.fillRect(r.x, r.y, r.width, r.height);
      ctx.globalAlpha = 1;
    }
  }
  if (sw.outline) {
    const w = sw.outline.width;
    ctx.strokeStyle = sw.outline.colour;
    ctx.lineWidth = w;
    ctx.setLineDash(sw.outline.dash ? sw.outline.dash.map((d) => d * w) : []);
    ctx.strokeRect(r.x + w / 2, r.y + w / 2, r.width - w, r.height - w);
  }
  ctx.restore();
}
