import type { Scenario } from '../data/scenario';
import type { SwapResult } from '../geometry/swap';
import { shortDate } from '../export/legend';
import { scenarioLineGap } from '../data/dates';
import { el } from './dom';
import { km2, pct } from './format';
import { FIGURE_WORDS as F, PART_WORDS } from '../text/vocabulary';

export interface LineInfo {
  date: string;
  source: string;
}

/**
 * The figures of the current scenario: a row per oblast and the totals, each number with its
 * unit and definition. Built with textContent only (scenario and line texts are data).
 */
export function renderFigures(target: HTMLElement, scenario: Scenario, result: SwapResult, line: LineInfo): void {
  target.replaceChildren();
  target.append(el('h2', { textContent: scenario.title }));
  target.append(el('p', { textContent: scenario.description, className: 'desc' }));
  const cites = el('ul', { className: 'citations' });
  for (const c of scenario.citations) {
    const li = el('li');
    li.append(el('strong', { textContent: c.source }), document.createTextNode(': ' + c.title));
    cites.append(li);
  }
  target.append(cites);
  const gap = scenarioLineGap(scenario.reported, line.date);
  if (gap) {
    const note = el('p', { className: 'date-gap', textContent: gap });
    note.setAttribute('role', 'note');
    target.append(note);
  }

  const t = result.totals;
  const summary = el('dl', { className: 'totals' });
  const add = (k: string, v: string, key: string) => {
    const dt = el('dt', { textContent: k });
    const dd = el('dd', { textContent: v });
    dd.dataset.figure = key;
    summary.append(dt, dd);
  };
  add(PART_WORDS.cede.land, km2(t.cedeKm2), 'cede');
  add(PART_WORDS.return.land, km2(t.returnKm2), 'return');
  add(F.ratio, t.ratio === null ? F.nothingReturned : `${t.ratio.toFixed(1)} : 1`, 'ratio');
  add(F.netRussia, `${t.netRussiaKm2 >= 0 ? '+' : '−'}${km2(Math.abs(t.netRussiaKm2))}`, 'net-russia');
  add(F.netUkraine, `${t.netUkraineKm2 >= 0 ? '+' : '−'}${km2(Math.abs(t.netUkraineKm2))}`, 'net-ukraine');
  add(PART_WORDS.freeze.land, km2(t.freezeKm2), 'freeze');
  if (t.unchangedKm2) add(PART_WORDS.unchanged.land, km2(t.unchangedKm2), 'unchanged');
  target.append(summary);

  const table = el('table', { className: 'figures' });
  table.append(el('caption', { textContent: `Per oblast, in km² and % of the oblast. Line: Russian-controlled area on ${line.date ? shortDate(line.date) : 'an undated line'} (${line.source}).` }));
  const head = el('tr');
  for (const h of [F.oblast, F.proposal, F.heldNow, F.changesHands, F.heldAfter]) head.append(el('th', { textContent: h }));
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const o of result.oblasts) {
    const term = scenario.terms[o.iso];
    if (!term && o.russianBeforeKm2 === 0) continue;
    const tr = el('tr');
    tr.dataset.iso = o.iso;
    const moved = o.cedeKm2 || o.returnKm2;
    const th = el('th', { textContent: o.oblast });
    th.setAttribute('scope', 'row');
    tr.append(th, el('td', { textContent: PART_WORDS[term ? term.action : 'unchanged'].state }));
    const cell = (k: number, prefix = '') => {
      const td = el('td', { textContent: prefix + km2(k) });
      td.append(el('span', { textContent: pct(k / o.oblastKm2), className: 'pct' }));
      return td;
    };
    tr.append(cell(o.russianBeforeKm2));
    tr.append(moved ? cell(moved, o.cedeKm2 ? '→ RU ' : '→ UA ') : el('td', { textContent: '—' }));
    tr.append(cell(o.russianAfterKm2));
    body.append(tr);
  }
  table.append(body);
  target.append(table);
  const notes = el('ul', { className: 'notes' });
  const fit = [
    t.artefacts.count
      ? `${t.artefacts.count} cut-off strip${t.artefacts.count > 1 ? 's' : ''} of “Ukrainian-held” land between the line and the border or coast (${t.artefacts.areaKm2} km², each under ${t.artefacts.widthKm} km wide, or ${3 * t.artefacts.widthKm} km against the border) are drawing artefacts of the line’s source: counted as Russian-held, not ceded.`
      : '',
    t.attributed.count
      ? `${t.attributed.count} Russian-held piece${t.attributed.count > 1 ? 's' : ''} of the line just outside our border (${t.attributed.areaKm2} km², within ${t.attributed.withinKm} km) are counted in the oblast along which they lie.`
      : '',
  ].filter(Boolean);
  for (const n of [
    '“Russian-held now” is the Russian-controlled area on the line’s date; contested (grey-zone) areas count as not Russian-controlled.',
    '% is of the oblast polygon (Natural Earth’s oblasts fitted to OpenStreetMap’s state border and coast; reservoirs and river water included).',
    `Pieces under ${t.slivers.thresholdKm2} km² left by imperfect edges are dropped: ${t.slivers.count} pieces, ${t.slivers.areaKm2} km² in all.`,
    ...fit,
    `Areas are spherical (Turf), from the line shown (${line.source}); published figures differ by a few hundred km² with the source and date.`,
  ]) notes.append(el('li', { textContent: n }));
  target.append(notes);
}
