/**
 * The composed PNG export: title, the map (rendered offscreen at the asked scale), legend of the
 * visible layers, the line's date and source, the scenario's citations, the attribution of
 * every data source, the credit (the project and where its method is) and a scale bar. In a
 * before/after comparison, both maps: side by side, or split where the swipe is, each tagged.
 * Used by the Export control and by `npm run snapshot`.
 *
 * A fixed size (a social card, a square, A4) frames the scenario's area of change, with the
 * totals labelled on the map, rather than the reader's view: a publishable picture of the story
 * at any window size (issue #11). The current view at 1×, 2×, 4× is exported as it is shown.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { AFTER_LAYERS, type AppState } from '../state/state';
import type { AppContext } from '../ui/context';
import { exportFileName } from './data_export';
import { font, layout, MAX_TITLE_LENGTH, MUTED, INK, scaleBarLength, type Layout } from './layout';
import { compareTags, drawSwatch, legendEntries, shortDate } from './legend';
import { scenarioLineGap, spanBetween } from '../data/dates';
import { renderMap, type ExportCamera, type PlacedLabels } from './render_map';
import { exportSizeProblem, presetOf } from './sizes';
import { creditLine, creditUrlProblem, defaultCreditUrl } from './credit';
import { edgeGuards, fitCamera, viewBounds, type Camera, type Size } from './frame';
import { drawLocator } from './locator';
import { movedBounds, movedLabelPoints } from '../geometry/moved';
import { VIEW_LIMITS } from '../state/state';
import { msg } from '../text/i18n';
import { km2 } from '../ui/format';
import type { StyleOptions } from '../style/build_style';
import type { SwapResult } from '../geometry/swap';
import { LAYER } from '../style/ids';

/** What an export's map shows: the scenario's area of change, or the reader's view. */
export type Framing = 'change' | 'view';

/**
 * Context around the area of change, as a share of its width and height on each side. Small:
 * the map's other dimension adds more, and on a social card the ceded area must stay legible.
 */
const CHANGE_MARGIN = 0.04;
/** The closest a framed export zooms in (a scenario that moves one small pocket). */
const CHANGE_MAX_ZOOM = 9;

/** The camera of a framed export: the area of change, or the reader's view, whole in a map of `size`. */
export function frameFor(framing: Framing, result: SwapResult, view: { camera: Camera; size: Size }, size: Size): Camera {
  const limits = { ...VIEW_LIMITS, maxZoom: CHANGE_MAX_ZOOM };
  const moved = framing === 'change' ? movedBounds(result) : null;
  return moved ? fitCamera(moved, size, limits, CHANGE_MARGIN) : fitCamera(viewBounds(view.camera, view.size), size, VIEW_LIMITS);
}

/** The total a framed map labels on a part ("Ceded: 6,600 km²"). */
const markText = (part: 'cede' | 'freeze' | 'return', totalKm2: number) => `${msg().parts[part].label}: ${km2(totalKm2)}`;

/**
 * The export's marks for one map drawn anew: its edge guards, and on a map framed on the story
 * the totals of the parts it shows.
 */
function marksFor(framing: Framing, result: SwapResult, layers: readonly string[], camera: Camera, size: Size): NonNullable<StyleOptions['exportMarks']> {
  const labels = framing === 'change' ? movedLabelPoints(result).features : [];
  return {
    guards: edgeGuards(camera, size),
    labels: {
      type: 'FeatureCollection',
      features: labels
        .filter((f) => layers.includes(f.properties.part))
        .map((f) => ({ ...f, properties: { part: f.properties.part, text: markText(f.properties.part, f.properties.totalKm2) } })),
    },
  };
}

export interface ExportOptions {
  /** Image px per CSS px: 1, 2 or 4 for the current view; a preset's own scale by default. */
  scale?: number;
  /** A fixed image size in px (a preset such as 1200×630); omitted: the current view. */
  size?: { width: number; height: number };
  /** The title (at most MAX_TITLE_LENGTH characters); defaults to the scenario's title. */
  title?: string;
  /** 'blob' for the page, 'base64' for the snapshot command (evaluate cannot return a Blob). */
  encoding?: 'blob' | 'base64';
  /**
   * What the map shows: the scenario's area of change (the default with a fixed size) or the
   * reader's view (the default without: 1×, 2×, 4× of the view as it is shown; with a size,
   * the view whole in the image's map).
   */
  frame?: Framing;
  /**
   * The address of the method and sources, printed in the credit; null for none. Default: the
   * page's own address with `#about` (none when the page is served from this machine).
   */
  creditUrl?: string | null;
}

export type ExportOutcome =
  | {
      ok: true;
      fileName: string;
      /** Image size, px. */
      width: number;
      height: number;
      scale: number;
      blob?: Blob;
      base64?: string;
      /** Where the map is in the image (px) and the camera it was drawn with. */
      map: { x: number; y: number; width: number; height: number; center: [number, number]; zoom: number };
      /** True when citations were cut to their sources to leave room for the map. */
      compact: boolean;
      /** What the map shows, and where the legend and notes are. */
      frame: Framing;
      arrangement: Layout['arrangement'];
      /** The labels drawn on the (first) map, and any an edge of the image cuts. */
      labels: PlacedLabels;
      /**
       * Every text the export drew on the image itself, whole (before wrapping): title, subtitle,
       * legend entries, notes, credit, the comparison's tags, the scale bar's label and note, the
       * locator's label, and the totals it labelled on a framed map. The map's own labels
       * (towns, oblasts, water) are in `labels`.
       */
      texts: string[];
      /** Time the export took, ms, and its steps (fonts, layout, map, compose, encode). */
      ms: number;
      steps: Record<string, number>;
    }
  | { ok: false; error: string };

const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;

/** Wait for the app's font (regular and bold) so canvas text is not drawn in a fallback face. */
async function fontsReady(): Promise<void> {
  await Promise.all([document.fonts.load('400 13px "Noto Sans"'), document.fonts.load('700 13px "Noto Sans"')]);
  await document.fonts.ready;
}

function drawText(g: CanvasRenderingContext2D, b: Layout['title']): void {
  g.font = b.font;
  g.fillStyle = b.colour;
  g.textBaseline = 'alphabetic';
  b.lines.forEach((line, i) => {
    // Baseline at ~78 % of the line box: ascenders and descenders stay inside it.
    g.fillText(line, b.x, b.y + i * b.lineHeight + b.lineHeight * 0.78);
  });
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((res, rej) => canvas.toBlob((b) => (b ? res(b) : rej(new Error(msg().exportImage.noEncode))), 'image/png'));
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Export the current view (or a preset size) as a composed PNG. Never throws: failures are `ok: false`. */
export async function exportPng(ctx: AppContext, opts: ExportOptions = {}): Promise<ExportOutcome> {
  const t0 = performance.now();
  const steps: Record<string, number> = {};
  let last = t0;
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - last);
    last = now;
  };
  try {
    const state = ctx.state();
    const scenario = ctx.scenario();
    const preset = opts.size ? presetOf(opts.size) : undefined;
    const scale = opts.scale ?? preset?.scale ?? 1;
    const sizeProblem = exportSizeProblem(scale, opts.size);
    if (sizeProblem) return { ok: false, error: sizeProblem };
    if ((opts.title ?? '').length > MAX_TITLE_LENGTH) return { ok: false, error: msg().exportImage.titleTooLong(opts.title!.length, MAX_TITLE_LENGTH) };
    const creditUrl = opts.creditUrl === undefined ? defaultCreditUrl(location.href) : opts.creditUrl;
    const creditProblem = creditUrl === null ? null : creditUrlProblem(creditUrl);
    if (creditProblem) return { ok: false, error: creditProblem };
    const framing: Framing = opts.frame ?? (opts.size ? 'change' : 'view');
    await fontsReady();
    step('fonts');

    const measureCanvas = document.createElement('canvas').getContext('2d')!;
    const measure = (text: string, f: string) => {
      measureCanvas.font = f;
      return measureCanvas.measureText(text).width;
    };
    const mode = state.compare;
    const tags = compareTags(ctx.line.date, scenario.title);
    // Before/after: the page's map shows the state's layers, the second map the proposal's result.
    const panels: { state: AppState; live: MlMap | null; tag: string }[] =
      mode === 'off'
        ? [{ state, live: ctx.map, tag: '' }]
        : [
            { state: { ...state, compare: 'off' }, live: ctx.map, tag: tags.before },
            { state: { ...state, layers: [...AFTER_LAYERS], compare: 'off' }, live: ctx.after() ?? null, tag: tags.after },
          ];
    const shown = [...new Set(panels.flatMap((p) => p.state.layers))];
    const entries = legendEntries(ctx.theme, shown, ctx.line.date, ctx.lineData());
    const title = (opts.title ?? '').trim() || scenario.title;
    const lineDay = shortDate(ctx.line.date);
    const container = ctx.map.getContainer();
    const view = { width: container.clientWidth, height: container.clientHeight };
    // Side by side, the image holds both maps, each as wide as one on the page.
    const cssWidth = opts.size ? opts.size.width / scale : mode === 'side' ? view.width * 2 : view.width;
    const t = msg().exportImage;
    const input = {
        title,
        subtitle:
          (title !== scenario.title ? `${scenario.title}. ` : '') +
          t.subtitle(lineDay) +
          (scenarioLineGap(scenario.reported, ctx.line.date) ? t.reportedGap(shortDate(scenario.reported), spanBetween(scenario.reported, ctx.line.date)) : ''),
        legend: entries.map((e) => e.label),
        line: t.line(lineDay, ctx.line.source),
        citations: scenario.citations.map((c) => t.citation(c.source, c.title)),
        citationsShort: t.citationsShort(scenario.citations.map((c) => c.source).join('; ')),
        attribution: t.data(ctx.attribution.join(' · ')),
        credit: creditLine(creditUrl),
    };
    const lay = layout(
      {
        width: cssWidth,
        ...(opts.size ? { height: opts.size.height / scale } : { mapHeight: view.height }),
        ...input,
        // A map framed on the story shows a part of the country: a locator places it.
        locator: framing === 'change',
        // A wide fixed size: legend and notes beside the map, which then takes the image's height.
        ...(opts.size && opts.size.width >= opts.size.height * 1.3 ? { arrangement: 'beside' as const } : {}),
      },
      measure,
    );

    step('layout');
    const width = opts.size ? opts.size.width : Math.round(lay.width * scale);
    const height = opts.size ? opts.size.height : Math.round(lay.height * scale);
    const mapY = Math.round(lay.map.y * scale);
    const mapPx = { x: 0, y: mapY, width: Math.round(lay.map.width * scale), height: Math.round((lay.map.y + lay.map.height) * scale) - mapY };
    const c = ctx.map.getCenter();
    const shownCamera: Camera = { center: [c.lng, c.lat], zoom: ctx.map.getZoom() };
    // The view as shown is drawn by the page's own map; anything framed anew by a hidden one.
    const asShown = framing === 'view' && !opts.size;
    const result = ctx.results.get(scenario.id)!;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d', { alpha: false })!;
    // Opaque white under everything: no transparent pixel, whatever the map or text draws.
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, width, height);
    // Each map's part of the image, px: [x0, x1) of the map rectangle.
    const splitPx = mode === 'side' ? Math.floor(mapPx.width / 2) : Math.round(mapPx.width * Math.min(1, Math.max(0, ctx.compareSplit())));
    const part = (i: number): [number, number] => (panels.length === 1 ? [0, mapPx.width] : i === 0 ? [0, splitPx] : [splitPx, mapPx.width]);
    let drawnAt: { center: [number, number]; zoom: number; labels: PlacedLabels; size: Size } | null = null;
    // The texts drawn, whole: the header, the legend, the notes (as laid out: full or short citations).
    const texts: string[] = [
      input.title,
      input.subtitle,
      ...input.legend,
      input.line,
      ...(lay.compact ? [input.citationsShort] : input.citations),
      input.attribution,
      input.credit,
    ];
    for (const [i, panel] of panels.entries()) {
      const [x0, x1] = part(i);
      // Side by side, each map is drawn at its own width; a swipe draws both whole, then crops.
      const side = mode === 'side';
      const size = { width: Math.ceil((side ? x1 - x0 : mapPx.width) / scale), height: Math.ceil(mapPx.height / scale) };
      const camera: ExportCamera = asShown ? shownCamera : frameFor(framing, result, { camera: shownCamera, size: view }, size);
      const rendered = await renderMap(ctx, {
        ...size,
        pixelRatio: scale,
        camera,
        state: panel.state,
        live: asShown ? panel.live : null,
        // The view as shown is the page's map as it is; a map drawn anew drops labels its edges cut.
        ...(asShown ? {} : { marks: marksFor(framing, result, panel.state.layers, camera, size) }),
      });
      if (!asShown) for (const f of rendered.labels.placed[LAYER.exportLabels] ?? []) if (!texts.includes(f)) texts.push(f);
      step(`map${panels.length > 1 ? i + 1 : ''}`);
      try {
        // The map, pixel for pixel (no resampling), cropped to its rectangle.
        const sx = side ? 0 : x0;
        g.drawImage(rendered.canvas, sx, 0, x1 - x0, mapPx.height, mapPx.x + x0, mapPx.y, x1 - x0, mapPx.height);
        // Reading a pixel makes the copy happen now (the GPU finishes drawing the map), before the
        // hidden map and its WebGL context are removed.
        g.getImageData(mapPx.x + x0, mapPx.y, 1, 1);
        drawnAt ??= { center: rendered.center, zoom: rendered.zoom, labels: rendered.labels, size };
        step(`draw${panels.length > 1 ? i + 1 : ''}`);
      } finally {
        rendered.dispose();
      }
    }
    const rendered = drawnAt!;
    g.setTransform(scale, 0, 0, scale, 0, 0);
    if (panels.length > 1) {
      drawCompare(g, lay, splitPx / scale, panels[0]!.tag, panels[1]!.tag);
      texts.push(panels[0]!.tag, panels[1]!.tag);
    }
    // Rules between the header, the map and the footer (or the column beside the map).
    g.fillStyle = '#8a877f';
    if (lay.arrangement === 'beside') g.fillRect(lay.footer.x, lay.footer.y, 1 / scale, lay.footer.height);
    else {
      g.fillRect(0, lay.map.y - 1 / scale, lay.width, 1 / scale);
      g.fillRect(0, lay.footer.y, lay.width, 1 / scale);
    }
    drawText(g, lay.title);
    drawText(g, lay.subtitle);
    for (const row of lay.legend) {
      drawSwatch(g, entries[row.index]!.swatch, row.swatch, ctx.theme, ctx.patterns);
      drawText(g, row.text);
    }
    for (const b of lay.notes) drawText(g, b);
    texts.push(...drawScaleBar(g, lay, rendered.center[1], rendered.zoom));
    if (lay.locator) {
      const frame = viewBounds({ center: rendered.center, zoom: rendered.zoom }, rendered.size);
      texts.push(...drawLocator(g, lay.locator, { oblasts: ctx.data.oblasts, line: ctx.lineData(), frame, theme: ctx.theme }));
    }

    step('compose');
    const blob = await toBlob(canvas);
    step('encode');
    const sized = opts.size ? `${width}x${height}` : scale === 1 ? '' : `@${scale}x`;
    const suffix = mode === 'off' ? sized : `${mode}${sized ? '-' + sized.replace('@', '') : ''}`;
    const base = {
      ok: true as const,
      fileName: exportFileName(scenario.id, ctx.line.date, 'png', suffix),
      width,
      height,
      scale,
      map: { ...mapPx, center: rendered.center, zoom: rendered.zoom },
      compact: lay.compact,
      frame: framing,
      arrangement: lay.arrangement,
      labels: rendered.labels,
      texts,
    };
    if (opts.encoding === 'base64') return { ...base, base64: await toBase64(blob), ms: Math.round(performance.now() - t0), steps };
    return { ...base, blob, ms: Math.round(performance.now() - t0), steps };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** The divide between the two maps of a comparison, and a tag on each (as on the page). */
function drawCompare(g: CanvasRenderingContext2D, lay: Layout, splitX: number, before: string, after: string): void {
  const m = lay.map;
  g.fillStyle = '#ffffff';
  g.fillRect(m.x + splitX - 1, m.y, 2, m.height);
  g.font = font(12);
  g.textBaseline = 'alphabetic';
  const tag = (text: string, right: boolean) => {
    const w = g.measureText(text).width + 16;
    const x = right ? m.x + m.width - 10 - w : m.x + 10;
    const y = m.y + m.height - 34;
    g.fillStyle = 'rgba(34,34,34,0.85)';
    g.fillRect(x, y, w, 22);
    g.fillStyle = '#ffffff';
    g.fillText(text, x + 8, y + 15);
  };
  tag(before, false);
  tag(after, true);
}

/** A metric scale bar, true at the map's centre latitude (stated, as Mercator's scale varies); returns its label and note. */
function drawScaleBar(g: CanvasRenderingContext2D, lay: Layout, lat: number, zoom: number): string[] {
  const r = lay.scaleBar;
  const metresPerPx = (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  const size = Math.max(10, Number(/(\d+(?:\.\d+)?)px/.exec(lay.notes[0]?.font ?? '')?.[1] ?? 11));
  g.font = font(size);
  const t = msg().exportImage;
  const label = (m: number) => (m >= 1000 ? t.scaleKm(String(m / 1000)) : t.scaleM(String(m)));
  const note = t.scaleNote(Math.abs(lat).toFixed(0), lat >= 0);
  // The bar plus its label and note fit in the row; the bar is at most 150 px, as on the page.
  const maxPx = Math.max(30, Math.min(150, r.width - g.measureText(`${label(5000000)}  ${note}`).width - 16));
  const { metres, px } = scaleBarLength(metresPerPx, maxPx);
  const y = r.y + r.height - 6;
  g.strokeStyle = INK;
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(r.x, y - 6);
  g.lineTo(r.x, y);
  g.lineTo(r.x + px, y);
  g.lineTo(r.x + px, y - 6);
  g.stroke();
  g.fillStyle = INK;
  g.textBaseline = 'alphabetic';
  const text = label(metres);
  g.fillText(text, r.x + px + 6, y);
  g.fillStyle = MUTED;
  g.fillText(note, r.x + px + 6 + g.measureText(text).width + 8, y);
  return [text, note];
}
