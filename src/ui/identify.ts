import type { Position } from 'geojson';
import type { LineCollection, OblastCollection } from '../data/types';
import { shortDate } from '../export/legend';
import { contains } from '../geometry/polygons';
import type { Part, SwapResult } from '../geometry/swap';
import type { PartPeople, SwapPeople } from '../geometry/people';
import { msg, plural } from '../text/i18n';
import { localName } from '../text/names';
import type { Toggle } from '../state/state';
import { count, km2, pct } from './format';

/** What the map shows at a point, as short lines of text (never markup). */
export interface Identified {
  oblast: string;
  rows: string[];
}

/** Everything {@link identifyAt} reads: the data, the current line and swap, the visible overlays. */
export interface IdentifyInputs {
  oblasts: OblastCollection;
  line: LineCollection;
  lineDate: string;
  result: SwapResult;
  layers: readonly Toggle[];
  /**
   * The people of `result` (geometry/people.ts), once the town list is loaded: the floor of the
   * places counted, and the units where it applies (elsewhere cities of 100,000+ only).
   */
  people?: { counted: SwapPeople; floor: number; scope: readonly string[] } | null;
}

/** A part's row: "Proposal: …" for what the scenario does; an oblast it does not mention says so. */
const partText = (part: Part) => (part === 'unchanged' ? msg().parts.unchanged.land : msg().identify.proposalPart(msg().parts[part].land));
/** The layer toggle that shows a part (held-unchanged land is told with the frozen line, as before). */
const toggleOf = (part: Part): Toggle => (part === 'unchanged' ? 'freeze' : part);

/**
 * Which oblast a point lies in, who controls it on the line's date, and which part of the
 * proposal it falls in, for the overlays that are shown. Null outside Ukraine's oblasts.
 * Pure: the same answer as the figures, from the same geometry.
 */
export function identifyAt(pt: Position, inp: IdentifyInputs): Identified | null {
  const oblast = inp.oblasts.features.find((o) => contains(o.geometry, pt));
  if (!oblast) return null;
  const rows: string[] = [];
  const date = shortDate(inp.lineDate);
  if (inp.layers.includes('line')) {
    const hit = inp.line.features.find((f) => contains(f.geometry, pt));
    const status = hit?.properties.status ?? 'ukrainian';
    const m = msg().identify;
    rows.push(status === 'russian-controlled' ? m.russian(date) : status === 'contested' ? m.contested(date) : m.ukrainian(date));
  }
  for (const [i, part] of inp.result.parts.features.entries()) {
    const p = part.properties;
    if (p.iso !== oblast.properties.iso || !inp.layers.includes(toggleOf(p.part)) || !contains(part.geometry, pt)) continue;
    rows.push(msg().identify.partArea(partText(p.part), km2(p.areaKm2), pct(p.shareOfOblast)));
    const people = inp.people?.counted.parts[i];
    if (people) rows.push(peopleRow(people, inp.people!.scope.includes(p.iso) ? inp.people!.floor : 100_000));
  }
  if (inp.layers.includes('proposed')) {
    const after = inp.result.proposed.features.find((f) => f.properties.iso === oblast.properties.iso && contains(f.geometry, pt));
    rows.push(after ? msg().identify.russianAfter : msg().identify.ukrainianAfter);
  }
  // The units that are not oblasts (Kyiv, Sevastopol, Crimea) by their English name in the data.
  const m = msg().identify;
  return { oblast: m.units[oblast.properties.name] ?? m.oblast(localName(oblast.properties)), rows };
}

/** The people of a part, in one line: how many, in how many places, the largest. */
function peopleRow(p: PartPeople, floor: number): string {
  const m = msg().identify;
  if (p.places === 0) return m.noPlaces(count(floor));
  const largest = p.settlements.slice(0, 3).map((s) => localName(s)).join(', ');
  return m.townsHere(plural(p.people, m.people), plural(p.places, m.placesIn), count(floor), `${largest}${p.places > 3 ? '…' : ''}`);
}
