import { shortDate } from '../data/dates';
import type { LineChange } from '../geometry/change';
import type { SwapTotals } from '../geometry/swap';
import { el } from './dom';
import { km2 } from './format';
import { msg, num } from '../text/i18n';
import { oblastName } from '../text/names';

/** One of the two dates compared: its date, where its line comes from, and the scenario's totals on it. */
export interface DateSide {
  date: string;
  source: string;
  totals: SwapTotals;
  /** Russian-held area in the oblasts on that date, km² (before the proposal). */
  heldKm2: number;
}

export interface CompareDatesView {
  scenarioTitle: string;
  /** The earlier and the later of the two lines (the one shown may be either). */
  earlier: DateSide;
  later: DateSide;
  /** What changed between them; null while it is computed. */
  change: LineChange | null;
  colours: { gained: string; lost: string };
}

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${km2(Math.abs(x))}`;
const ratio = (r: number | null) => (r === null ? msg().figure.nothingReturned : `${num(r, 1)} : 1`);

/**
 * Compare two dates (issue #15): the same scenario on two lines, side by side — what the deal
 * would cede, return and freeze on each, and the change — and what the front did in between
 * (taken by Russian forces, retaken by Ukrainian forces, per oblast). Built with textContent only.
 */
export function renderCompareDates(target: HTMLElement, v: CompareDatesView): void {
  const a = v.earlier;
  const b = v.later;
  const t = msg().dates;
  const box = el('section', { className: 'compare-dates' });
  box.setAttribute('aria-label', t.compared(shortDate(a.date), shortDate(b.date)));
  box.append(el('h3', { textContent: t.twoDates(shortDate(a.date), shortDate(b.date)) }));
  box.append(el('p', { className: 'note', textContent: t.onEachLine(v.scenarioTitle) }));
  const table = el('table', { className: 'figures compare-table' });
  const head = el('tr');
  for (const h of ['', shortDate(a.date), shortDate(b.date), t.change]) head.append(el('th', { textContent: h, scope: 'col' }));
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  const row = (label: string, key: string, x: number, y: number) => {
    const tr = el('tr');
    tr.dataset.figure = key;
    const th = el('th', { textContent: label, scope: 'row' });
    tr.append(th, el('td', { textContent: km2(x) }), el('td', { textContent: km2(y) }), el('td', { textContent: signed(y - x) }));
    body.append(tr);
  };
  row(t.held, 'held', a.heldKm2, b.heldKm2);
  row(t.cede, 'cede', a.totals.cedeKm2, b.totals.cedeKm2);
  row(t.return, 'return', a.totals.returnKm2, b.totals.returnKm2);
  row(t.freeze, 'freeze', a.totals.freezeKm2, b.totals.freezeKm2);
  const tr = el('tr');
  tr.dataset.figure = 'ratio';
  tr.append(el('th', { textContent: msg().figure.ratio, scope: 'row' }), el('td', { textContent: ratio(a.totals.ratio) }), el('td', { textContent: ratio(b.totals.ratio) }), el('td', { textContent: '' }));
  body.append(tr);
  table.append(thead, body);
  box.append(table);

  const c = v.change;
  if (!c) {
    const p = el('p', { className: 'timeline-progress', textContent: t.computingChange });
    p.setAttribute('role', 'status');
    box.append(p);
  } else {
    const key = el('ul', { className: 'change-key' });
    const item = (colour: string, text: string, figure: string) => {
      const li = el('li');
      li.dataset.figure = figure;
      const sw = el('span', { className: 'swatch' });
      sw.style.background = colour;
      sw.setAttribute('aria-hidden', 'true');
      li.append(sw, el('span', { textContent: text }));
      key.append(li);
    };
    item(v.colours.gained, t.gained(km2(c.gainedKm2)), 'gained');
    item(v.colours.lost, t.lost(km2(c.lostKm2)), 'lost');
    box.append(key);
    if (c.oblasts.length) {
      const per = el('p', { className: 'note' });
      per.textContent = t.byOblast(c.oblasts.map((o) => `${oblastName(o.iso, o.oblast)} ${o.gainedKm2 ? `+${km2(o.gainedKm2)}` : ''}${o.gainedKm2 && o.lostKm2 ? ' / ' : ''}${o.lostKm2 ? `−${km2(o.lostKm2)}` : ''}`).join('; '));
      box.append(per);
    }
  }
  box.append(
    el('p', {
      className: 'note',
      textContent: t.lines(shortDate(a.date), a.source, shortDate(b.date), b.source),
    }),
  );
  target.replaceChildren(box);
}

