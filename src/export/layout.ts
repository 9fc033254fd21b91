/**
 * Layout of the composed snapshot: title above the map, legend, line, citations, attribution
 * and scale bar below it. Pure: text is measured through the function passed in (a canvas's
 * measureText in the page), so the layout is tested in Node. All numbers are CSS px.
 */
import { msg } from '../text/i18n';

/** Width of a text in a CSS font, px. */
export type Measure = (text: string, font: string) => number;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text set in one font, top at `y`. */
export interface TextBlock {
  x: number;
  y: number;
  width: number;
  lines: string[];
  font: string;
  lineHeight: number;
  colour: string;
}

export interface LegendRowLayout {
  /** Index into the legend items passed in. */
  index: number;
  swatch: Rect;
  text: TextBlock;
}

/** Where the legend and notes go: under the map, or in a column beside it (wide fixed sizes). */
export type Arrangement = 'below' | 'beside';

export interface Layout {
  width: number;
  height: number;
  arrangement: Arrangement;
  map: Rect;
  title: TextBlock;
  subtitle: TextBlock;
  /** The legend's and notes' part of the image: under the map, or the column beside it. */
  footer: Rect;
  legend: LegendRowLayout[];
  /** Line, citations, attribution and credit, in order. */
  notes: TextBlock[];
  /** The row of the scale bar: the bar and its label must fit in its width. */
  scaleBar: Rect;
  /** Where a locator map goes (where the country is, and the map's frame in it), when asked and there is room. */
  locator?: Rect;
  /** True when citations were shortened to their sources to leave room for the map. */
  compact: boolean;
}

export interface LayoutInput {
  /** Total width, CSS px. */
  width: number;
  /** Either the map's height (the footer then adds to the total) or the total height. */
  mapHeight?: number;
  height?: number;
  title: string;
  subtitle: string;
  legend: readonly string[];
  line: string;
  /** Full citations (source: title), one paragraph each. */
  citations: readonly string[];
  /** The citations in one short paragraph (sources only), used when space is short. */
  citationsShort: string;
  attribution: string;
  /** The project's name and where its method is documented (export/credit.ts). */
  credit: string;
  /**
   * With a fixed height, the legend and notes in a column beside the map rather than under it:
   * on a wide image (a social card, A4 landscape) the map is then as tall as the image below the
   * title, which the area of change needs to be legible. Falls back to 'below' when they do not fit.
   */
  arrangement?: Arrangement;
  /** Make room for a locator map in the text's empty space, if there is enough (see Layout.locator). */
  locator?: boolean;
}

/** The smallest height worth a locator map, CSS px: below it the country is a smudge. */
export const MIN_LOCATOR_HEIGHT = 70;

/**
 * The longest title an export takes, in UTF-16 units (as an input's maxLength counts): the
 * Export control's title field and `npm run snapshot --title` both stop here. A longer title
 * would fill the header of a card with the map left below it.
 */
export const MAX_TITLE_LENGTH = 200;

export const FAMILY = '"Noto Sans", sans-serif';
export const INK = '#1f1f1f';
export const MUTED = '#4d4b46';
export const SWATCH = { width: 26, height: 16 } as const;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
export const font = (size: number, bold = false) => `${bold ? '700' : '400'} ${size}px ${FAMILY}`;

/** Break a text into lines no wider than `max`, splitting over-long words where they must be. */
export function wrap(text: string, max: number, f: string, measure: Measure): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, f) <= max) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A word wider than the column (a URL, a long name) is cut by characters.
      let rest = word;
      while (measure(rest, f) > max && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && measure(rest.slice(0, n), f) > max) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    if (line || lines.length === 0) lines.push(line);
  }
  return lines;
}

/** Lay out a snapshot; throws when a fixed height leaves too little room for the map. */
export function layout(input: LayoutInput, measure: Measure): Layout {
  if (input.arrangement === 'beside' && input.height !== undefined) {
    // A wider column before the legend goes under the map: Ukrainian words run longer than English ones.
    const beside = layoutBeside(input, measure, false) ?? layoutBeside(input, measure, true) ?? layoutBeside(input, measure, true, 0.38, 480);
    if (beside) return beside;
  }
  const first = layoutOnce(input, measure, false);
  if (input.height === undefined || first.map.height >= input.height * 0.5) return first;
  const compact = layoutOnce(input, measure, true);
  if (compact.map.height < Math.max(80, input.height * 0.2)) {
    throw new Error(msg().exportImage.noRoomForMap(input.width, input.height, Math.max(0, Math.round(compact.map.height))));
  }
  return compact;
}

/** The sizes every arrangement shares, and the header (title and a neutral subtitle). */
function common(input: LayoutInput, measure: Measure) {
  const W = input.width;
  const pad = Math.round(clamp(W * 0.016, 10, 22));
  const titleSize = Math.round(clamp(W / 40, 17, 30));
  const body = Math.round(clamp(W / 95, 11, 14) * 2) / 2;
  const small = Math.max(10, body - 1);
  const inner = W - 2 * pad;
  const block = (x: number, y: number, width: number, text: string, f: string, size: number, colour = INK): TextBlock => ({
    x, y, width, font: f, colour, lineHeight: Math.ceil(size * 1.32), lines: wrap(text, width, f, measure),
  });
  const height = (b: TextBlock) => b.lines.length * b.lineHeight;
  const title = block(pad, pad, inner, input.title, font(titleSize, true), titleSize);
  const subtitle = block(pad, title.y + height(title) + 3, inner, input.subtitle, font(body), body, MUTED);
  const headerH = Math.ceil(subtitle.y + height(subtitle) + pad * 0.75);
  /** The notes in order: the line, the citations (or their short form), the data, the credit. */
  const noteTexts = (compact: boolean): [string, string][] => [
    [input.line, MUTED],
    ...(compact ? [input.citationsShort] : input.citations).map((c): [string, string] => [c, MUTED]),
    [input.attribution, MUTED],
    [input.credit, INK],
  ];
  return { W, pad, body, small, inner, block, height, title, subtitle, headerH, noteTexts };
}

/**
 * The title, legend and notes in a column on the right, the map on the left over the whole height
 * of the image (a social card, A4 landscape: the area of change is taller than wide, and a
 * header would take the height it needs to be legible); null when the column's text does not fit.
 */
function layoutBeside(input: LayoutInput, measure: Measure, compact: boolean, share = 0.3, maxWidth = 420): Layout | null {
  const { W, pad, body, small, block, height, noteTexts } = common(input, measure);
  const H = input.height!;
  const colW = Math.round(clamp(W * share, 250, maxWidth));
  const x = W - colW + pad;
  const colInner = colW - 2 * pad;
  const titleSize = Math.round(clamp(colInner / 13, 17, 28));
  const title = block(x, pad, colInner, input.title, font(titleSize, true), titleSize);
  const subtitle = block(x, title.y + height(title) + 3, colInner, input.subtitle, font(body), body, MUTED);
  const swatchGap = 8;
  const rowGap = Math.round(body * 0.45);
  let y = subtitle.y + height(subtitle) + pad * 1.2;
  const legend: LegendRowLayout[] = input.legend.map((l, index) => {
    const text = block(x + SWATCH.width + swatchGap, y, colInner - SWATCH.width - swatchGap, l, font(body), body);
    const h = Math.max(SWATCH.height, height(text));
    const swatch = { x, y: y + Math.max(0, (Math.min(h, text.lineHeight) - SWATCH.height) / 2), ...SWATCH };
    y += h + rowGap;
    return { index, swatch, text };
  });
  if (legend.length) y += pad * 1.2 - rowGap;
  const paraGap = Math.round(small * 0.35);
  const notes = noteTexts(compact).map(([t, colour]) => {
    const b = block(x, y, colInner, t, font(small), small, colour);
    y += height(b) + paraGap;
    return b;
  });
  const scaleH = Math.ceil(small * 1.32) + 8;
  const scaleBar: Rect = { x, y: y + 2, width: colInner, height: scaleH };
  if (scaleBar.y + scaleH > H - pad) return null;
  const map: Rect = { x: 0, y: 0, width: W - colW, height: H };
  const footer: Rect = { x: W - colW, y: 0, width: colW, height: H };
  const top = scaleBar.y + scaleH + pad;
  const locator = locatorIn(input, { x, y: top, width: colInner, height: H - pad - top });
  return { width: W, height: H, arrangement: 'beside', map, title, subtitle, footer, legend, notes, scaleBar, compact, ...(locator ? { locator } : {}) };
}

function layoutOnce(input: LayoutInput, measure: Measure, compact: boolean): Layout {
  const { W, pad, body, small, inner, block, height, title, subtitle, headerH, noteTexts } = common(input, measure);

  // Footer: legend on the left and notes on the right when there is room, else stacked.
  const gap = pad * 1.5;
  const legendFont = font(body);
  const swatchGap = 8;
  const widest = Math.max(0, ...input.legend.map((l) => measure(l, legendFont)));
  const twoCols = W >= 560 && input.legend.length > 0;
  const legendW = twoCols ? Math.min(SWATCH.width + swatchGap + widest, (inner - gap) * 0.42) : inner;
  const notesX = twoCols ? pad + legendW + gap : pad;
  const notesW = twoCols ? inner - legendW - gap : inner;

  const legendRows: Omit<LegendRowLayout, 'swatch' | 'text'>[] = input.legend.map((_, index) => ({ index }));
  const legendTexts = input.legend.map((l) => block(0, 0, legendW - SWATCH.width - swatchGap, l, legendFont, body));
  let legendH = 0;
  const rowGap = Math.round(body * 0.45);
  const legendRel = legendRows.map((r, i) => {
    const t = legendTexts[i]!;
    const h = Math.max(SWATCH.height, height(t));
    const y = legendH;
    legendH += h + rowGap;
    return { ...r, y, h, t };
  });
  if (legendRel.length) legendH -= rowGap;

  const paraGap = Math.round(small * 0.35);
  const notesRel: { y: number; text: string }[] = [];
  let notesH = 0;
  const noteBlocks = noteTexts(compact).map(([t, colour]) => {
    const b = block(notesX, 0, notesW, t, font(small), small, colour);
    notesRel.push({ y: notesH, text: t });
    notesH += height(b) + paraGap;
    return b;
  });
  const scaleH = Math.ceil(small * 1.32) + 8;
  notesH += 2;
  const scaleRelY = notesH;
  notesH += scaleH;

  const footerContentH = twoCols ? Math.max(legendH, notesH) : legendH + (legendH ? gap * 0.6 : 0) + notesH;
  const footerH = Math.ceil(pad + footerContentH + pad);

  const mapH = input.mapHeight !== undefined ? input.mapHeight : Math.floor((input.height ?? 0) - headerH - footerH);
  const total = input.mapHeight !== undefined ? headerH + mapH + footerH : input.height!;
  const map: Rect = { x: 0, y: headerH, width: W, height: mapH };
  const footer: Rect = { x: 0, y: headerH + mapH, width: W, height: total - headerH - mapH };
  const fy = footer.y + pad;
  const notesTop = twoCols ? fy : fy + legendH + (legendH ? gap * 0.6 : 0);

  const legend: LegendRowLayout[] = legendRel.map((r) => ({
    index: r.index,
    swatch: { x: pad, y: fy + r.y + Math.max(0, (Math.min(r.h, r.t.lineHeight) - SWATCH.height) / 2), ...SWATCH },
    text: { ...r.t, x: pad + SWATCH.width + swatchGap, y: fy + r.y },
  }));
  const notes = noteBlocks.map((b, i) => ({ ...b, y: notesTop + notesRel[i]!.y }));
  const scaleBar: Rect = { x: notesX, y: notesTop + scaleRelY, width: notesW, height: scaleH };
  // The locator under the legend, in the legend's column, when the notes beside it run longer.
  const legendBottom = fy + legendH + (legendH ? gap * 0.6 : 0);
  const locator = twoCols ? locatorIn(input, { x: pad, y: legendBottom, width: legendW, height: footer.y + footer.height - pad - legendBottom }) : null;
  return { width: W, height: total, arrangement: 'below', map, title, subtitle, footer, legend, notes, scaleBar, compact, ...(locator ? { locator } : {}) };
}

/** The locator's box in a free space (at most 3:2, as the country is), or null when not asked or too small. */
function locatorIn(input: LayoutInput, free: Rect): Rect | null {
  if (!input.locator) return null;
  const height = Math.min(free.height, 160, free.width / 1.5);
  if (height < MIN_LOCATOR_HEIGHT) return null;
  return { x: free.x, y: free.y, width: Math.round(height * 1.5), height: Math.floor(height) };
}

/** A round distance for the scale bar no longer than `maxPx` at `metresPerPx`. */
export function scaleBarLength(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const max = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const step = [5, 3, 2, 1].find((k) => k * pow <= max) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / metresPerPx };
}
