import type { Scenario } from '../data/scenario';
import type { SwapResult } from '../geometry/swap';
import { shortDate } from '../export/legend';
import { scenarioLineGap } from '../data/dates';
import type { Estimate } from '../data/estimate';
import { estimateWhen } from '../data/estimate';
import { peopleLimits } from '../data/places';
import type { Headcount, SwapPeople } from '../geometry/people';
import { citation, el } from './dom';
import { count, km2, pct } from './format';
import { msg, num, plural } from '../text/i18n';
import { localName, oblastName } from '../text/names';

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

/** "686,877 in 17 places" */
const inPlaces = (h: Headcount) => msg().panel.inPlaces(count(h.people), plural(h.places, msg().panel.placesIn));
/** A figure of the notes as computed (rounded to at most 2 decimals), in the language's digits. */
const dec = (x: number) => num(x, Math.min(2, (String(x).split('.')[1] ?? '').length));

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
  for (const c of scenario.citations) cites.append(citation(c));
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
  add(msg().figure.ratio, t.ratio === null ? msg().figure.nothingReturned : `${num(t.ratio, 1)} : 1`, 'ratio');
  add(msg().figure.netRussia, `${t.netRussiaKm2 >= 0 ? '+' : '−'}${km2(Math.abs(t.netRussiaKm2))}`, 'net-russia');
  add(msg().figure.netUkraine, `${t.netUkraineKm2 >= 0 ? '+' : '−'}${km2(Math.abs(t.netUkraineKm2))}`, 'net-ukraine');
  add(msg().parts.freeze.land, km2(t.freezeKm2), 'freeze');
  if (t.unchangedKm2) add(msg().parts.unchanged.land, km2(t.unchangedKm2), 'unchanged');
  if (people) {
    add(msg().panel.peopleCede, inPlaces(people.counted.totals.cede), 'people-cede');
    add(msg().panel.peopleReturn, inPlaces(people.counted.totals.return), 'people-return');
  }
  target.append(summary);

  const table = el('table', { className: 'figures' });
  table.append(el('caption', { textContent: msg().panel.caption(line.date ? shortDate(line.date) : null, line.source) }));
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
    const th = el('th', { textContent: oblastName(o.iso, o.oblast) });
    th.setAttribute('scope', 'row');
    tr.append(th, el('td', { textContent: msg().parts[term ? term.action : 'unchanged'].state }));
    const cell = (k: number, prefix = '') => {
      const td = el('td', { textContent: prefix + km2(k) });
      td.append(el('span', { textContent: pct(k / o.oblastKm2), className: 'pct' }));
      return td;
    };
    tr.append(cell(o.russianBeforeKm2));
    tr.append(moved ? cell(moved, o.cedeKm2 ? msg().panel.toRussia : msg().panel.toUkraine) : el('td', { textContent: '—' }));
    tr.append(cell(o.russianAfterKm2));
    body.append(tr);
  }
  table.append(body);
  target.append(table);
  if (people) target.append(renderPeople(people, result));
  const notes = el('ul', { className: 'notes' });
  const m = msg().panel;
  const fit = [
    t.artefacts.count ? m.artefacts(plural(t.artefacts.count, m.strips), dec(t.artefacts.areaKm2), dec(t.artefacts.widthKm), dec(3 * t.artefacts.widthKm)) : '',
    t.attributed.count ? m.attributed(plural(t.attributed.count, m.pieces), dec(t.attributed.areaKm2), dec(t.attributed.withinKm)) : '',
  ].filter(Boolean);
  for (const n of [
    m.heldNowNote,
    m.pctNote,
    m.slivers(dec(t.slivers.thresholdKm2), plural(t.slivers.count, m.sliverPieces), dec(t.slivers.areaKm2)),
    ...fit,
    m.areasNote(line.source),
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
  const m = msg().panel;
  box.setAttribute('aria-label', m.peopleHeading);
  box.append(el('h3', { textContent: m.peopleHeading }));
  const table = el('table', { className: 'figures people' });
  table.append(el('caption', { textContent: m.peopleCaption }));
  const head = el('tr');
  for (const h of [msg().figure.oblast, m.colPart, m.colPeople, m.colLargest]) head.append(el('th', { textContent: h }));
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  const order = { cede: 0, return: 1, freeze: 2, unchanged: 3 } as const;
  const rows = people.counted.parts
    .map((p, i) => ({ p, oblast: oblastName(p.iso, result.parts.features[i]?.properties.oblast ?? p.iso) }))
    .sort((a, b) => order[a.p.part] - order[b.p.part] || b.p.people - a.p.people);
  for (const { p, oblast } of rows) {
    const tr = el('tr');
    tr.dataset.iso = p.iso;
    tr.dataset.part = p.part;
    const th = el('th', { textContent: oblast });
    th.setAttribute('scope', 'row');
    const largest = p.settlements.slice(0, 3).map((s) => localName(s)).join(', ');
    const more = p.settlements.length > 3 ? m.more(count(p.settlements.length - 3)) : '';
    const td = el('td', { textContent: count(p.people) });
    td.append(el('span', { className: 'pct', textContent: plural(p.places, m.places) }));
    if (!people.scope.includes(p.iso)) td.append(el('span', { className: 'pct', textContent: m.citiesOnly(count(100_000)) }));
    tr.append(th, el('td', { textContent: m.partPeople[p.part] }), td, el('td', { textContent: largest ? largest + more : '—' }));
    body.append(tr);
  }
  table.append(thead, body);
  box.append(table);
  const def = el('p', { className: 'people-def', textContent: `${people.definition} ${peopleLimits()}` });
  def.dataset.figure = 'people-definition';
  box.append(def);
  if (people.estimates.length) {
    box.append(el('h4', { textContent: m.estimates }));
    const list = el('ul', { className: 'estimates' });
    for (const { estimate: e, ours } of people.estimates) {
      const li = el('li');
      li.dataset.estimate = e.id;
      li.append(
        el('strong', { textContent: m.estimate(e.what, !!e.approximate, count(e.people)) }),
        document.createTextNode(` (${estimateWhen(e.when)}; ${e.citations.map((c) => c.source).join('; ')}).${e.note ? ' ' + e.note : ''}`),
      );
      if (ours) li.append(el('span', { className: 'sub', textContent: m.sameByTowns(inPlaces(ours)) }));
      list.append(li);
    }
    box.append(list);
  }
  return box;
}
