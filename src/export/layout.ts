/**
 * Layout of the composed snapshot: title above the map, legend, line, citations, attribution
 * and scale bar below it. Pure: text is measured through the function passed in (a canvas's
 * measureText in the page), so the layout is tested in Node. All numbers are CSS px.
 */

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

export interface Layout {
  width: number;
  height: number;
  map: Rect;
  title: TextBlock;
  subtitle: TextBlock;
  footer: Rect;
  legend: LegendRowLayout[];
  /** Line, citations and attribution, in order. */
  notes: TextBlock[];
  /** The row of the scale bar: the bar and its label must fit in its width. */
  scaleBar: Rect;
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
}

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
  const first = layoutOnce(input, measure, false);
  if (input.height === undefined || first.map.height >= input.height * 0.5) return first;
  const compact = layoutOnce(input, measure, true);
  if (compact.map.height < Math.max(80, input.height * 0.2)) {
    throw new Error(
      `an image of ${input.width}×${input.height} CSS px leaves only ${Math.max(0, Math.round(compact.map.height))} px for the map ` +
        'below the title and above the legend and sources: choose a larger size',
    );
  }
  return compact;
}

function layoutOnce(input: LayoutInput, measure: Measure, compact: boolean): Layout {
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

  // Header: title, then a neutral subtitle.
  const title = block(pad, pad, inner, input.title, font(titleSize, true), titleSize);
  const subtitle = block(pad, title.y + height(title) + 3, inner, input.subtitle, font(body), body, MUTED);
  const headerH = Math.ceil(subtitle.y + height(subtitle) + pad * 0.75);

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

  const noteTexts = [
    input.line,
    ...(compact ? [input.citationsShort] : input.citations),
    input.attribution,
  ];
  const paraGap = Math.round(small * 0.35);
  const notesRel: { y: number; text: string }[] = [];
  let notesH = 0;
  const noteBlocks = noteTexts.map((t) => {
    const b = block(notesX, 0, notesW, t, font(small), small, MUTED);
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
  return { width: W, height: total, map, title, subtitle, footer, legend, notes, scaleBar, compact };
}

/** A round distance for the scale bar no longer than `maxPx` at `metresPerPx`. */
export function scaleBarLength(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const max = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const step = [5, 3, 2, 1].find((k) => k * pow <= max) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / metresPerPx };
}
