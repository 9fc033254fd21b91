/**
 * Small multiples (issue #15): the same scenario on 2, 4 or 6 dates in one image — a map per
 * date, each tagged with its date and its figures, one legend, the figures over time below, and
 * the credits. The layout is pure (text measured through the function passed in); the drawing
 * uses the same offscreen maps and swatches as the single-date export.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { shortDate } from '../data/dates';
import type { SwapResult } from '../geometry/swap';
import type { AppState } from '../state/state';
import type { AppContext } from '../ui/context';
import { exportFileName } from './data_export';
import { font, INK, MUTED, wrap, type Measure, type Rect, type TextBlock } from './layout';
import { drawSwatch, legendEntries } from './legend';
import { renderMap } from './render_map';
import { fitCamera } from './frame';
import { VIEW_LIMITS } from '../state/state';
import { msg, num } from '../text/i18n';
import { km2 } from '../ui/format';

/** How many dates an image may hold. */
export const MULTIPLE_COUNTS = [2, 4, 6] as const;

/** One date of the image: the line's id, date and source, and the scenario's result on it. */
export interface MultipleDate {
  id: string;
  date: string;
  source: string;
  result: SwapResult;
  /** The style of the map on that date's line. */
  style: StyleSpecification;
}

/** The figures over time under the maps: every date known (the chosen ones marked). */
export interface SeriesValue {
  date: string;
  cedeKm2: number;
  returnKm2: number;
}

export interface MultiplesLayout {
  width: number;
  height: number;
  title: TextBlock;
  subtitle: TextBlock;
  /** A rectangle per date: the map, and the caption under it. */
  panels: { map: Rect; caption: TextBlock }[];
  legend: { swatch: Rect; text: TextBlock }[];
  chart: Rect;
  notes: TextBlock[];
}

const PAD = 24;
const GAP = 14;

/** Columns of the grid: 2 dates side by side, 4 in 2 × 2, 6 in 3 × 2. */
export function gridColumns(n: number): number {
  return n <= 2 ? n : n <= 4 ? 2 : 3;
}

/** Lay the image out (CSS px): header, grid of maps with captions, legend, chart, credits. */
export function multiplesLayout(
  input: { width: number; title: string; subtitle: string; captions: readonly string[]; legend: readonly string[]; notes: readonly string[] },
  measure: Measure,
): MultiplesLayout {
  const W = input.width;
  const inner = W - 2 * PAD;
  const block = (text: string, y: number, f: string, lh: number, colour: string, x = PAD, w = inner): TextBlock => ({ x, y, width: w, lines: wrap(text, w, f, measure), font: f, lineHeight: lh, colour });
  const title = block(input.title, PAD, font(24, true), 30, INK);
  let y = title.y + title.lines.length * title.lineHeight + 2;
  const subtitle = block(input.subtitle, y, font(14), 19, MUTED);
  y = subtitle.y + subtitle.lines.length * subtitle.lineHeight + 12;
  const n = input.captions.length;
  const cols = gridColumns(n);
  const pw = Math.floor((inner - (cols - 1) * GAP) / cols);
  const ph = Math.round(pw * (cols === 3 ? 0.85 : 0.72));
  const capFont = font(13);
  const capH = 2 * 18;
  const panels = input.captions.map((c, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const x = PAD + col * (pw + GAP);
    const top = y + row * (ph + capH + GAP);
    return { map: { x, y: top, width: pw, height: ph }, caption: block(c, top + ph + 4, capFont, 18, INK, x, pw) };
  });
  y += Math.ceil(n / cols) * (ph + capH + GAP) + 2;
  // The legend in two columns.
  const legend: MultiplesLayout['legend'] = [];
  const colW = Math.floor((inner - GAP) / 2);
  let rowY = y;
  input.legend.forEach((text, i) => {
    const x = PAD + (i % 2) * (colW + GAP);
    const t = block(text, rowY, font(13), 18, INK, x + 34, colW - 34);
    legend.push({ swatch: { x, y: rowY + 1, width: 26, height: 16 }, text: t });
    if (i % 2 === 1 || i === input.legend.length - 1) rowY += Math.max(22, t.lines.length * 18 + 4);
  });
  y = rowY + 8;
  const chart = { x: PAD, y, width: inner, height: 150 };
  y += chart.height + 12;
  const notes: TextBlock[] = [];
  for (const t of input.notes) {
    const b = block(t, y, font(12), 16, MUTED);
    notes.push(b);
    y += b.lines.length * b.lineHeight + 2;
  }
  return { width: W, height: Math.ceil(y + PAD - 8), title, subtitle, panels, legend, chart, notes };
}

/** `count` dates spread over `dates` (sorted), the first and the last always among them. */
export function spreadDates(dates: readonly string[], count: number): string[] {
  if (dates.length <= count) return [...dates];
  return Array.from({ length: count }, (_, i) => dates[Math.round((i * (dates.length - 1)) / (count - 1))]!);
}

const ratio = (r: number | null) => (r === null ? msg().figure.nothingReturned : msg().exportImage.ratio(num(r, 1)));

function drawText(g: CanvasRenderingContext2D, b: TextBlock): void {
  g.font = b.font;
  g.fillStyle = b.colour;
  g.textBaseline = 'alphabetic';
  b.lines.forEach((line, i) => g.fillText(line, b.x, b.y + i * b.lineHeight + b.lineHeight * 0.78));
}

/** The bounds that frame every date's area of change (ceded and returned parts), with a margin; null if nothing moves. */
export function changeBounds(results: readonly SwapResult[], marginFraction = 0.12): [[number, number], [number, number]] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const r of results)
    for (const f of r.parts.features) {
      if (f.properties.part === 'freeze') continue;
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of polys)
        for (const [x, y] of p[0]!) {
          w = Math.min(w, x!);
          e = Math.max(e, x!);
          s = Math.min(s, y!);
          n = Math.max(n, y!);
        }
    }
  if (!Number.isFinite(w)) return null;
  const mx = (e - w) * marginFraction;
  const my = (n - s) * marginFraction;
  return [[w - mx, s - my], [e + mx, n + my]];
}

/** Draw the figures over time: ceded (above) and returned (below), each on its own scale, the chosen dates marked; returns the texts drawn. */
function drawChart(g: CanvasRenderingContext2D, r: Rect, series: readonly SeriesValue[], chosen: readonly string[], colours: { cede: string; ret: string }): string[] {
  const texts: string[] = [];
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const t0 = t(series[0]!.date);
  const t1 = t(series[series.length - 1]!.date);
  const left = r.x + 118;
  const right = r.x + r.width - 8;
  const x = (d: string) => left + (t1 === t0 ? 0.5 : (t(d) - t0) / (t1 - t0)) * (right - left);
  const h = (r.height - 30) / 2;
  g.save();
  g.font = font(11);
  const words = msg().exportImage;
  ([['cedeKm2', colours.cede, words.chartCeded, r.y], ['returnKm2', colours.ret, words.chartReturned, r.y + h + 10]] as const).forEach(([key, colour, name, top]) => {
    const vals = series.map((p) => p[key]);
    const min = Math.min(...vals);
    const max = Math.max(...vals);
    // The axis runs a little past the data; its labels are the data's own least and greatest.
    const span = Math.max(max - min, max * 0.05, 1);
    const lo = Math.max(0, min - span * 0.08);
    const hi = max + span * 0.08;
    const y = (v: number) => top + (1 - (v - lo) / (hi - lo)) * h;
    g.strokeStyle = '#e2dfd8';
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(left, top + h);
    g.lineTo(right, top + h);
    g.stroke();
    g.fillStyle = MUTED;
    g.textAlign = 'right';
    g.fillText(num(Math.round(max)), left - 6, y(max) + 4);
    texts.push(num(Math.round(max)));
    if (Math.round(min) !== Math.round(max)) {
      g.fillText(num(Math.round(min)), left - 6, y(min) + 4);
      texts.push(num(Math.round(min)));
    }
    g.textAlign = 'left';
    g.fillStyle = colour;
    g.font = font(11, true);
    g.fillText(name, r.x, top + h / 2 + 4);
    texts.push(name);
    g.font = font(11);
    g.strokeStyle = colour;
    g.lineWidth = 2;
    g.beginPath();
    series.forEach((p, i) => (i ? g.lineTo(x(p.date), y(p[key])) : g.moveTo(x(p.date), y(p[key]))));
    g.stroke();
    g.fillStyle = colour;
    for (const p of series) {
      if (!chosen.includes(p.date)) continue;
      g.beginPath();
      g.arc(x(p.date), y(p[key]), 4, 0, 2 * Math.PI);
      g.fill();
    }
  });
  g.fillStyle = MUTED;
  g.textAlign = 'center';
  for (const d of chosen) {
    g.fillText(shortDate(d), Math.min(right - 30, Math.max(left + 30, x(d))), r.y + r.height - 2);
    texts.push(shortDate(d));
  }
  g.restore();
  return texts;
}

export interface MultiplesOptions {
  /** Image px per CSS px (default 1). */
  scale?: number;
  /** Image width in CSS px (default 1200). */
  width?: number;
  title?: string;
  encoding?: 'blob' | 'base64';
}

export type MultiplesOutcome =
  | {
      ok: true;
      fileName: string;
      width: number;
      height: number;
      dates: string[];
      blob?: Blob;
      base64?: string;
      panels: Rect[];
      /** Every text drawn on the image (not the maps' own labels), whole: as ExportOutcome's `texts`. */
      texts: string[];
      ms: number;
    }
  | { ok: false; error: string };

/**
 * The image of `dates` (2, 4 or 6, of the lines the app has): the scenario of the state on each.
 * `series` is the figures over time for the chart (every date of the file, or the chosen ones).
 */
export async function exportMultiples(ctx: AppContext, dates: readonly MultipleDate[], series: readonly SeriesValue[], opts: MultiplesOptions = {}): Promise<MultiplesOutcome> {
  const t0 = performance.now();
  try {
    if (!(MULTIPLE_COUNTS as readonly number[]).includes(dates.length)) return { ok: false, error: msg().exportImage.multiplesCount(MULTIPLE_COUNTS.join(', '), dates.length) };
    const scale = opts.scale ?? 1;
    const state: AppState = { ...ctx.state(), compare: 'off' };
    const scenario = ctx.scenario();
    await Promise.all([document.fonts.load('400 13px "Noto Sans"'), document.fonts.load('700 13px "Noto Sans"')]);
    const mc = document.createElement('canvas').getContext('2d')!;
    const measure: Measure = (text, f) => {
      mc.font = f;
      return mc.measureText(text).width;
    };
    const sorted = [...dates].sort((a, b) => a.date.localeCompare(b.date));
    const entries = legendEntries(ctx.theme, state.layers.filter((l) => l !== 'change'), '', undefined).map((e) =>
      e.toggle === 'line' ? { ...e, label: msg().exportImage.legendLineEachDate } : e,
    );
    const sources = [...new Set(sorted.map((d) => d.source))];
    const t = msg().exportImage;
    const input = {
      width: opts.width ?? 1200,
      title: (opts.title ?? '').trim() || scenario.title,
      subtitle: t.multiplesSubtitle(sorted.length, shortDate(sorted[0]!.date), shortDate(sorted[sorted.length - 1]!.date)),
      captions: sorted.map((d) => t.multiplesCaption(km2(d.result.totals.cedeKm2), km2(d.result.totals.returnKm2), ratio(d.result.totals.ratio))),
      legend: entries.map((e) => e.label),
      notes: [
        t.lines(sources.join('; ')),
        t.reportedAll(scenario.citations.map((c) => t.citationPair(c.source, c.title)).join('; ')),
        t.data(ctx.attribution.join(' · ')),
      ],
    };
    const lay = multiplesLayout(input, measure);
    const texts: string[] = [input.title, input.subtitle, ...input.captions, ...input.legend, ...input.notes];
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(lay.width * scale);
    canvas.height = Math.round(lay.height * scale);
    const g = canvas.getContext('2d', { alpha: false })!;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    const bounds = changeBounds(sorted.map((d) => d.result));
    const c = ctx.map.getCenter();
    const panel = lay.panels[0]!.map;
    const camera = bounds
      ? fitCamera([bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]], { width: panel.width, height: panel.height }, VIEW_LIMITS)
      : { center: [c.lng, c.lat] as [number, number], zoom: ctx.map.getZoom() };
    for (const [i, d] of sorted.entries()) {
      const r = lay.panels[i]!.map;
      const rendered = await renderMap(ctx, { width: r.width, height: r.height, pixelRatio: scale, camera, state, live: null, style: d.style });
      try {
        g.drawImage(rendered.canvas, 0, 0, Math.round(r.width * scale), Math.round(r.height * scale), Math.round(r.x * scale), Math.round(r.y * scale), Math.round(r.width * scale), Math.round(r.height * scale));
        g.getImageData(Math.round(r.x * scale), Math.round(r.y * scale), 1, 1);
      } finally {
        rendered.dispose();
      }
    }
    g.setTransform(scale, 0, 0, scale, 0, 0);
    drawText(g, lay.title);
    drawText(g, lay.subtitle);
    for (const [i, d] of sorted.entries()) {
      const p = lay.panels[i]!;
      g.strokeStyle = '#8a877f';
      g.lineWidth = 1;
      g.strokeRect(p.map.x + 0.5, p.map.y + 0.5, p.map.width - 1, p.map.height - 1);
      // The date's tag, on the map's top-left corner.
      g.font = font(14, true);
      const text = shortDate(d.date);
      const w = g.measureText(text).width + 16;
      g.fillStyle = 'rgba(34,34,34,0.88)';
      g.fillRect(p.map.x + 8, p.map.y + 8, w, 24);
      g.fillStyle = '#ffffff';
      g.textBaseline = 'alphabetic';
      g.fillText(text, p.map.x + 16, p.map.y + 25);
      texts.push(text);
      drawText(g, p.caption);
    }
    for (const [i, row] of lay.legend.entries()) {
      drawSwatch(g, entries[i]!.swatch, row.swatch, ctx.theme, ctx.patterns);
      drawText(g, row.text);
    }
    const chartSeries = series.length >= 2 ? series : sorted.map((d) => ({ date: d.date, cedeKm2: d.result.totals.cedeKm2, returnKm2: d.result.totals.returnKm2 }));
    texts.push(...drawChart(g, lay.chart, chartSeries, sorted.map((d) => d.date), { cede: ctx.theme.cede, ret: ctx.theme.ret }));
    for (const n of lay.notes) drawText(g, n);
    const blob = await new Promise<Blob>((res, rej) => canvas.toBlob((x) => (x ? res(x) : rej(new Error(msg().exportImage.noEncode))), 'image/png'));
    const fileName = exportFileName(scenario.id, sorted[0]!.date, 'png', `to-${sorted[sorted.length - 1]!.date}-${sorted.length}-dates`);
    const base = { ok: true as const, fileName, width: canvas.width, height: canvas.height, dates: sorted.map((d) => d.date), panels: lay.panels.map((p) => p.map), texts: [...new Set(texts)], ms: Math.round(performance.now() - t0) };
    if (opts.encoding === 'base64') {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { ...base, base64: btoa(s) };
    }
    return { ...base, blob };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
