/**
 * The words swapmap uses for the parts of a scenario and for its figures, in one place: the
 * figures panel (headline and table), the click popup, the CSV and its sidecar, the export's
 * legend and on-map labels all take them from here, so that one thing has one name everywhere
 * (issue #11). English only for now; the message catalogue planned later (house style rule 16)
 * replaces this table with one per language under the same keys.
 *
 * "Frozen" is said only where a scenario freezes the line; the Russian-held area of an oblast a
 * scenario does not mention (Crimea, Sevastopol, the Kinburn spit in the August reading) is
 * "held, unchanged".
 */
import type { Part } from '../geometry/swap';

export interface PartWords {
  /** On the map and in short lists, capitalised: "Ceded". */
  label: string;
  /** What the scenario does to an oblast: the table's "Proposal" column and the CSV's `proposal`. */
  state: string;
  /** The land this part is: the headline figures and the popup. */
  land: string;
}

export const PART_WORDS: Readonly<Record<Part, PartWords>> = {
  cede: { label: 'Ceded', state: 'ceded to Russia', land: 'Ukrainian-held land ceded to Russia' },
  return: { label: 'Returned', state: 'returned to Ukraine', land: 'Russian-held land returned to Ukraine' },
  freeze: { label: 'Frozen', state: 'line frozen', land: 'Russian-held, line frozen' },
  unchanged: { label: 'Held, unchanged', state: 'held, unchanged', land: 'Russian-held, unchanged (not in the proposal)' },
};

/** The names of the figures, as the panel's headline and table and the CSV's column titles give them. */
export const FIGURE_WORDS = {
  ratio: 'Ratio ceded : returned',
  nothingReturned: 'nothing returned',
  netRussia: 'Net change for Russia',
  netUkraine: 'Net change for Ukraine',
  heldNow: 'Russian-held now',
  heldAfter: 'Russian-held after',
  changesHands: 'Changes hands',
  oblast: 'Oblast',
  proposal: 'Proposal',
  allOblasts: 'All oblasts',
} as const;

/** The legend of the map's proposal layers (the layer panel and the export's legend). */
export const LAYER_WORDS = {
  cede: 'Proposal: Ukrainian-held land ceded',
  freeze: 'Proposal: line frozen',
  return: 'Proposal: Russian-held land returned',
  proposed: 'Proposal: Russian-controlled after',
} as const;

/** The export's credit line: the project's public name and where its method is documented. */
export const CREDIT_WORDS = {
  project: 'swapmap',
  method: 'Method & sources',
  /** When the publisher gives no address (a picture made on a local machine). */
  methodNoUrl: 'method & sources in its About page',
} as const;
