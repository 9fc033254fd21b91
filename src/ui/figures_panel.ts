import type { Scenario } from '../data/scenario';
import type { SwapResult } from '../geometry/swap';
import { shortDate } from '../export/legend';
import { scenarioLineGap } from '../data/dates';
import type { Estimate } from '../data/estimate';
import { estimateWhen } from '../data/estimate';
import { PEOPLE_LIMITS } from '../data/places';
import type { Headcount, SwapPeople } from '../geometry/people';
import { el } from './dom';
import { count, km2, pct } from './format';
import { msg } from '../text/i18n';

export interface LineInfo {
  date: string;
  source: string;
}

/** The people of the scenario (geometry/people.ts), what they count, and the published estimates beside them. */
export interface PeopleFigures {
  counted: SwapPeople;
  /** One sentence: what is summed, the floor, the source and its date, the units covered. */
  definition: string;
  /** ISO codes of the units whose places of the floor and up are counted; elsewhere cities of 100,000+ only. */
  scope: readonly string[];
  /** Each published estimate, with the project's own sum of the same thing (null: none to set beside it). */
  estimates: { estimate: Estimate; ours: Headcount | null }[];
}

const PART_PEOPLE = { cede: 'ceded', freeze: 'frozen', return: 'returned', unchanged: 'held, unchanged' } as const;
/** "686,877 in 17 places" */
const inPlaces = (h: Headcount) => `${count(h.people)} in ${count(h.places)} place${h.places === 1 ? '' : 's'}`;

/**
 * The figures of the current scenario: a row per oblast and the totals, each number with its
 * unit and definition, and the people in the towns of each part when `people` is given. Built
 * with textContent only (scenario and line texts are data).
 */
export function renderFigures(target: HTMLElement, scenario: Scenario, result: SwapResult, line: LineInfo, people?: PeopleFigures | null): void {
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
  add(msg().parts.cede.land, km2(t.cedeKm2), 'cede');
  add(msg().parts.return.land, km2(t.returnKm2), 'return');
  add(msg().figure.ratio, t.ratio === null ? msg().figure.nothingReturned : `${t.ratio.toFixed(1)} : 1`, 'ratio');
  add(msg().figure.netRussia, `${t.netRussiaKm2 >= 0 ? '+' : '−'}${km2(Math.abs(t.netRussiaKm2))}`, 'net-russia');
  add(msg().figure.netUkraine, `${t.netUkraineKm2 >= 0 ? '+' : '−'}${km2(Math.abs(t.netUkraineKm2))}`, 'net-ukraine');
  add(msg().parts.freeze.land, km2(t.freezeKm2), 'freeze');
  if (t.unchangedKm2) add(msg().parts.unchanged.land, km2(t.unchangedKm2), 'unchanged');
  if (people) {
    add('People in the towns ceded (pre-war figures)', inPlaces(people.counted.totals.cede), 'people-cede');
    add('People in the towns returned (pre-war figures)', inPlaces(people.counted.totals.return), 'people-return');
  }
  target.append(summary);

  const table = el('table', { className: 'figures' });
  table.append(el('caption', { textContent: `Per oblast, in km² and % of the oblast. Line: Russian-controlled area on ${line.date ? shortDate(line.date) : 'an undated line'} (${line.source}).` }));
  const head = el('tr');
  for (const h of [msg().figure.oblast, msg().figure.proposal, msg().figure.heldNow, msg().figure.changesHands, msg().figure.heldAfter]) head.append(el('th', { textContent: h }));
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
    tr.append(th, el('td', { textContent: msg().parts[term ? term.action : 'unchanged'].state }));
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
  if (people) target.append(renderPeople(people, result));
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

/**
 * The people section: per part, the places inside it and their pre-war population (largest
 * first), the definition and its limits, and the published estimates with the town sum of the
 * same thing beside each.
 */
function renderPeople(people: PeopleFigures, result: SwapResult): HTMLElement {
  const box = el('section', { className: 'people' });
  box.setAttribute('aria-label', 'People in the towns');
  box.append(el('h3', { textContent: 'People in the towns' }));
  const table = el('table', { className: 'figures people' });
  table.append(el('caption', { textContent: 'Per part of the proposal: the towns and villages inside it, and their pre-war population.' }));
  const head = el('tr');
  for (const h of ['Oblast', 'Part', 'People', 'Largest places']) head.append(el('th', { textContent: h }));
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  const order = { cede: 0, return: 1, freeze: 2, unchanged: 3 } as const;
  const rows = people.counted.parts
    .map((p, i) => ({ p, oblast: result.parts.features[i]?.properties.oblast ?? p.iso }))
    .sort((a, b) => order[a.p.part] - order[b.p.part] || b.p.people - a.p.people);
  for (const { p, oblast } of rows) {
    const tr = el('tr');
    tr.dataset.iso = p.iso;
    tr.dataset.part = p.part;
    const th = el('th', { textContent: oblast });
    th.setAttribute('scope', 'row');
    const largest = p.settlements.slice(0, 3).map((s) => s.name).join(', ');
    const more = p.settlements.length > 3 ? ` and ${count(p.settlements.length - 3)} more` : '';
    const td = el('td', { textContent: count(p.people) });
    td.append(el('span', { className: 'pct', textContent: `${count(p.places)} place${p.places === 1 ? '' : 's'}` }));
    if (!people.scope.includes(p.iso)) td.append(el('span', { className: 'pct', textContent: 'cities of 100,000+ only' }));
    tr.append(th, el('td', { textContent: PART_PEOPLE[p.part] }), td, el('td', { textContent: largest ? largest + more : '—' }));
    body.append(tr);
  }
  table.append(thead, body);
  box.append(table);
  const def = el('p', { className: 'people-def', textContent: `${people.definition} ${PEOPLE_LIMITS}` });
  def.dataset.figure = 'people-definition';
  box.append(def);
  if (people.estimates.length) {
    box.append(el('h4', { textContent: 'Published estimates' }));
    const list = el('ul', { className: 'estimates' });
    for (const { estimate: e, ours } of people.estimates) {
      const li = el('li');
      li.dataset.estimate = e.id;
      li.append(
        el('strong', { textContent: `${e.what}: ${e.approximate ? 'about ' : ''}${count(e.people)}` }),
        document.createTextNode(` (${estimateWhen(e.when)}; ${e.citations.map((c) => c.source).join('; ')}).${e.note ? ' ' + e.note : ''}`),
      );
      if (ours) li.append(el('span', { className: 'sub', textContent: `The same, by the towns here (GeoNames, pre-2022): ${inPlaces(ours)}.` }));
      list.append(li);
    }
    box.append(list);
  }
  return box;
}
