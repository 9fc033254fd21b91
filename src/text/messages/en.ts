/**
 * The English catalogue: every piece of text the page, its exports and the command-line tools
 * show, by section. `uk.ts` has the same keys (its type is this one's: a key missing there, or
 * one there and not here, fails the typecheck, and `tests/unit/i18n.test.ts` fails too).
 *
 * Values are strings, or functions of typed arguments where a figure, a date or a name goes
 * inside a sentence. Figures and dates come in formatted (`num`, `shortDate`, …): a message
 * does no formatting of its own except plural forms.
 *
 * Vocabulary (issue #11): one thing has one name everywhere. "Frozen" is said only where a
 * scenario freezes the line; the Russian-held area of an oblast a scenario does not mention
 * (Crimea, Sevastopol, the Kinburn spit in the August reading) is "held, unchanged".
 */
import type { Plural } from '../i18n';

export const en = {
  /** The language's own name, in itself (the language switch). */
  langName: 'English',
  /**
   * Words in the other language's script that a page in this one may show: units, formats and
   * proper names (outlets, projects, licences) that are written the same in both. Text marked
   * with a `lang` of its own (an English article's title) is not held to this list.
   */
  foreign: [] as string[],
  common: {
    undated: 'undated',
    undatedDay: 'an undated day',
    km2: 'km²',
    /** Month names for dates: short ("15 Aug 2025") and long ("15 August 2025"). */
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    monthsLong: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    days: { one: '{n} day', other: '{n} days' } as Plural,
    months: { one: '{n} month', other: '{n} months' } as Plural,
    earlier: 'earlier',
    later: 'later',
    /** A scenario shown on a line more than a month from its report (data/dates.ts scenarioLineGap). */
    lineGap: (reported: string, lineDate: string, span: string, direction: string) =>
      `This version was reported on ${reported}; the line shown is of ${lineDate}, ${span} ${direction}: the areas it would move are those of this line, not of the line the reports spoke of.`,
  },
  /** The parts of a scenario. */
  parts: {
    cede: { label: 'Ceded', state: 'ceded to Russia', land: 'Ukrainian-held land ceded to Russia' },
    return: { label: 'Returned', state: 'returned to Ukraine', land: 'Russian-held land returned to Ukraine' },
    freeze: { label: 'Frozen', state: 'line frozen', land: 'Russian-held, line frozen' },
    unchanged: { label: 'Held, unchanged', state: 'held, unchanged', land: 'Russian-held, unchanged (not in the proposal)' },
  },
  /** The names of the figures, as the panel's headline and table and the CSV's column titles give them. */
  figure: {
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
  },
  /** The legend of the map's proposal layers (the layer panel and the export's legend). */
  layer: {
    cede: 'Proposal: Ukrainian-held land ceded',
    freeze: 'Proposal: line frozen',
    return: 'Proposal: Russian-held land returned',
    proposed: 'Proposal: Russian-controlled after',
  },
  /** The export's credit line: the project's public name and where its method is documented. */
  credit: {
    project: 'swapmap',
    method: 'Method & sources',
    /** When the publisher gives no address (a picture made on a local machine). */
    methodNoUrl: 'method & sources in its About page',
  },
  /** Names on the map that the data holds in English only: rivers, reservoirs and estuaries (geodata/water.geojson). */
  geo: {
    water: {} as Record<string, string>,
  },
  // Sections filled as each part of the code takes its words from here.
  page: {
    title: 'swapmap — the territorial swap reported after the Alaska summit, on a map',
    description:
      'The territorial swap reported after the Trump–Putin summit in Alaska (15 Aug 2025), mapped against the front line of that day, with areas computed from open data.',
    heading: 'What would change hands?',
    sub: 'The territorial swap reported after the Alaska summit,',
    mapLabel: 'Map of south-eastern Ukraine',
    figuresLabel: 'Figures of the scenario',
    loading: 'Loading the map…',
    languages: 'Language',
  },
  panel: {},
  line: {},
  dates: {},
  identify: {},
  layout: {},
  exportUi: {},
  exportImage: {},
  csv: {},
  cli: {},
  read: {},
  data: {},
};

export type Messages = typeof en;
