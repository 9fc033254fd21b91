import { shortDate } from '../data/dates';
import type { SeriesPoint } from '../worker/protocol';
import { el } from './dom';
import { km2 } from './format';
import { msg, num, plural } from '../text/i18n';

export interface TimelineView {
  /** The figures of every date of the line's file (empty while they are computed). */
  points: readonly SeriesPoint[];
  /** While the dates are computed: how many are done, of how many. */
  progress: { done: number; total: number } | null;
  scenario: string;
  scenarioTitle: string;
  /** The date the map shows. */
  current: string;
  colours: { cede: string; ret: string };
  onPick(date: string): void;
  /** Download the figures of every date, per oblast and part, as CSV. */
  onCsv(): void;
  /** Download an image of the scenario on `count` dates spread over the file's. */
  onMultiples(count: number): void;
}

const W = 340;
const H = 150;
const PAD = { left: 46, right: 8, top: 8, bottom: 22 };
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

const ratioText = (r: number | null) => (r === null ? msg().figure.nothingReturned : `${num(r, 1)} : 1`);

/**
 * The proposal over time: km² ceded and returned on every date of a multi-date line, the date
 * shown marked. Plain SVG (no chart library: two lines and their points). Hover a point for its
 * figures, click it to show that date; with the keyboard, the arrows move along the dates (the
 * figures read out below the chart) and Enter shows the date. The same figures as a table for
 * screen readers. Thin: it draws what it is given and reports a pick.
 */
export function renderTimeline(target: HTMLElement, v: TimelineView): void {
  const t = msg().dates;
  const fig = el('figure', { className: 'timeline' });
  fig.append(el('figcaption', { textContent: t.overTime(v.scenarioTitle) }));
  target.replaceChildren(fig);
  if (v.points.length === 0) {
    const p = el('p', { className: 'timeline-progress', textContent: v.progress ? t.computing(plural(v.progress.total, t.count), num(v.progress.done)) : t.computingAll });
    p.setAttribute('role', 'status');
    fig.append(p);
    return;
  }
  const pts = v.points.map((p) => ({ date: p.date, t: Date.parse(`${p.date}T00:00:00Z`), ...(p.totals[v.scenario] ?? { cedeKm2: 0, returnKm2: 0, ratio: null }) }));
  const t0 = pts[0]!.t;
  const t1 = pts[pts.length - 1]!.t;
  const x = (t: number) => PAD.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-chart', tabindex: 0 });
  chart.setAttribute('role', 'img');
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  chart.setAttribute(
    'aria-label',
    t.chartLabel(shortDate(first.date), shortDate(last.date), plural(pts.length, t.count), km2(first.cedeKm2), km2(last.cedeKm2), km2(first.returnKm2), km2(last.returnKm2)),
  );
  // Two panels, one over the other, sharing the dates: ceded above, returned below, each on a
  // scale of its own (a change of a few per cent would be flat on one scale from zero).
  const panelH = (H - PAD.top - PAD.bottom - 10) / 2;
  const cur = pts.find((p) => p.date === v.current);
  (
    [
      ['cedeKm2', v.colours.cede, t.ceded, PAD.top],
      ['returnKm2', v.colours.ret, t.returned, PAD.top + panelH + 10],
    ] as const
  ).forEach(([key, colour, name, top]) => {
    const values = pts.map((p) => p[key]);
    const [lo, hi] = niceRange(Math.min(...values), Math.max(...values));
    const y = (k: number) => top + (1 - (k - lo) / (hi - lo)) * panelH;
    for (const k of [lo, hi]) {
      chart.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(k), y2: y(k), class: 'grid' }));
      const label = svg('text', { x: PAD.left - 4, y: y(k) + 3, 'text-anchor': 'end', class: 'tick' });
      label.textContent = num(k, decimals(k));
      chart.append(label);
    }
    const nameLabel = svg('text', { x: W - PAD.right, y: top + 9, 'text-anchor': 'end', class: 'series-name', fill: colour });
    nameLabel.textContent = `${name}, ${msg().common.km2}`;
    chart.append(nameLabel);
    chart.append(svg('polyline', { points: pts.map((p) => `${x(p.t).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }));
    for (const p of pts) {
      const c = svg('circle', { cx: x(p.t), cy: y(p[key]), r: p.date === v.current ? 4.5 : 2.5, fill: colour, class: 'point' });
      c.dataset.date = p.date;
      const title = svg('title', {});
      title.textContent = t.point(shortDate(p.date), km2(p.cedeKm2), km2(p.returnKm2), ratioText(p.ratio));
      c.append(title);
      c.addEventListener('click', () => v.onPick(p.date));
      chart.append(c);
    }
  });
  if (cur) chart.append(svg('line', { x1: x(cur.t), x2: x(cur.t), y1: PAD.top, y2: H - PAD.bottom, class: 'current' }));
  for (const p of [first, last]) {
    const label = svg('text', { x: x(p.t), y: H - 6, 'text-anchor': p === first ? 'start' : 'end', class: 'tick' });
    label.textContent = shortDate(p.date);
    chart.append(label);
  }
  const readout = el('p', { className: 'timeline-readout' });
  readout.setAttribute('aria-live', 'polite');
  const say = (i: number) => {
    const p = pts[i]!;
    readout.textContent = `${t.point(shortDate(p.date), km2(p.cedeKm2), km2(p.returnKm2), ratioText(p.ratio))}${p.date === v.current ? t.shown : ''}`;
  };
  let at = Math.max(0, pts.findIndex((p) => p.date === v.current));
  say(at);
  chart.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      at = Math.max(0, Math.min(pts.length - 1, at + (e.key === 'ArrowLeft' ? -1 : 1)));
      say(at);
      e.preventDefault();
    } else if (e.key === 'Enter') {
      v.onPick(pts[at]!.date);
      e.preventDefault();
    }
  });
  const table = el('table', { className: 'visually-hidden' });
  table.append(el('caption', { textContent: t.caption(v.scenarioTitle) }));
  const head = el('tr');
  for (const h of [t.table.date, t.table.ceded, t.table.returned, t.table.ratio]) head.append(el('th', { textContent: h }));
  table.append(head);
  for (const p of pts) {
    const tr = el('tr');
    for (const c of [shortDate(p.date), km2(p.cedeKm2), km2(p.returnKm2), ratioText(p.ratio)]) tr.append(el('td', { textContent: c }));
    table.append(tr);
  }
  const csv = el('button', { type: 'button', className: 'timeline-button timeline-csv', textContent: plural(pts.length, t.csv) });
  csv.addEventListener('click', () => v.onCsv());
  const many = el('div', { className: 'timeline-multiples' });
  const count = el('select', { id: 'multiples-count' });
  for (const n of [2, 4, 6].filter((k) => k <= pts.length)) count.append(el('option', { value: String(n), textContent: plural(n, t.count) }));
  count.value = pts.length >= 4 ? '4' : '2';
  const png = el('button', { type: 'button', className: 'timeline-button timeline-png', textContent: t.multiples });
  png.addEventListener('click', () => v.onMultiples(Number(count.value)));
  many.append(el('label', { htmlFor: 'multiples-count', className: 'visually-hidden', textContent: t.howMany }), count, png);
  fig.append(chart, readout, table, csv, many);
}

/** The decimals a tick needs (at most 3, none trailing: what toLocaleString writes). */
const decimals = (k: number): number => (String(Math.round(k * 1000) / 1000).split('.')[1] ?? '').length;

/** A round range around [min, max], at least 5 % of max wide (so that a change of a few km² does not look like a landslide). */
function niceRange(min: number, max: number): [number, number] {
  const span = Math.max(max - min, Math.abs(max) * 0.05, 1);
  const p = 10 ** Math.floor(Math.log10(span / 2));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= span / 2) ?? 10 * p;
  const lo = Math.floor(min / step) * step;
  let hi = Math.ceil(max / step) * step;
  if (hi === lo) hi = lo + step;
  return [lo, hi];
}
