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
  panel: {
    /** The figures panel (ui/figures_panel.ts): the totals, the table per oblast, the people and the notes. */
    peopleCede: 'People in the towns ceded (pre-war figures)',
    peopleReturn: 'People in the towns returned (pre-war figures)',
    /** A count of places, alone ("17 places") and after "in" (`inPlaces`). */
    places: { one: '{n} place', other: '{n} places' } as Plural,
    placesIn: { one: '{n} place', other: '{n} places' } as Plural,
    /** "686,877 in 17 places": people (formatted), then `placesIn`. */
    inPlaces: (people: string, places: string) => `${people} in ${places}`,
    /** The table's caption: the line's date (shortDate) or null for an undated line, and its source. */
    caption: (date: string | null, source: string) => `Per oblast, in km² and % of the oblast. Line: Russian-controlled area on ${date ?? 'an undated line'} (${source}).`,
    /** Before an area that changes hands: to Russia, to Ukraine. */
    toRussia: '→ RU ',
    toUkraine: '→ UA ',
    strips: { one: '{n} cut-off strip', other: '{n} cut-off strips' } as Plural,
    artefacts: (strips: string, area: string, width: string, widthBorder: string) =>
      `${strips} of “Ukrainian-held” land between the line and the border or coast (${area} km², each under ${width} km wide, or ${widthBorder} km against the border) are drawing artefacts of the line’s source: counted as Russian-held, not ceded.`,
    pieces: { one: '{n} Russian-held piece', other: '{n} Russian-held pieces' } as Plural,
    attributed: (pieces: string, area: string, within: string) => `${pieces} of the line just outside our border (${area} km², within ${within} km) are counted in the oblast along which they lie.`,
    heldNowNote: '“Russian-held now” is the Russian-controlled area on the line’s date; contested (grey-zone) areas count as not Russian-controlled.',
    pctNote: '% is of the oblast polygon (Natural Earth’s oblasts fitted to OpenStreetMap’s state border and coast; reservoirs and river water included).',
    sliverPieces: { one: '{n} pieces', other: '{n} pieces' } as Plural,
    slivers: (threshold: string, pieces: string, area: string) => `Pieces under ${threshold} km² left by imperfect edges are dropped: ${pieces}, ${area} km² in all.`,
    areasNote: (source: string) => `Areas are spherical (Turf), from the line shown (${source}); published figures differ by a few hundred km² with the source and date.`,
    peopleHeading: 'People in the towns',
    peopleCaption: 'Per part of the proposal: the towns and villages inside it, and their pre-war population.',
    colPart: 'Part',
    colPeople: 'People',
    colLargest: 'Largest places',
    /** The part of a scenario, in the people table. */
    partPeople: { cede: 'ceded', freeze: 'frozen', return: 'returned', unchanged: 'held, unchanged' },
    /** After the three largest places: how many more (formatted). */
    more: (n: string) => ` and ${n} more`,
    /** Where only cities are counted: the size (formatted, 100,000). */
    citiesOnly: (size: string) => `cities of ${size}+ only`,
    estimates: 'Published estimates',
    /** A published estimate: what it counts, whether it is approximate, how many (formatted). */
    estimate: (what: string, approximate: boolean, people: string) => `${what}: ${approximate ? 'about ' : ''}${people}`,
    sameByTowns: (inPlaces: string) => `The same, by the towns here (GeoNames, pre-2022): ${inPlaces}.`,
  },
  line: {},
  dates: {},
  identify: {
    /** The popup of a point or a town (ui/identify.ts, ui/town_info.ts, ui/identify_popup.ts). */
    russian: (date: string) => `Russian-controlled on ${date}`,
    contested: (date: string) => `Contested (grey zone) on ${date}`,
    ukrainian: (date: string) => `Ukrainian-controlled on ${date}`,
    /** A part the scenario names: its `parts.*.land`. */
    proposalPart: (land: string) => `Proposal: ${land}`,
    partArea: (part: string, area: string, share: string) => `${part}: ${area} in this oblast, ${share} of it`,
    russianAfter: 'Proposal: Russian-controlled after',
    ukrainianAfter: 'Proposal: Ukrainian-controlled after',
    /** An oblast's heading, from its name as the data give it in this language ("Donetsk"; in Ukrainian "Донецька область"). */
    oblast: (name: string) => `${name} oblast`,
    /** The units of the oblast file that are not oblasts, by their English name in the data. */
    units: { 'Kyiv City': 'Kyiv (city)', Sevastopol: 'Sevastopol (city)', Crimea: 'Autonomous Republic of Crimea' } as Record<string, string>,
    people: { one: '{n} people', other: '{n} people' } as Plural,
    placesIn: { one: '{n} place', other: '{n} places' } as Plural,
    /** No place in a part: the floor (formatted, 1,000). */
    noPlaces: (floor: string) => `No town or village of ${floor}+ people in this part (GeoNames)`,
    /** The people of a part: `people`, `placesIn`, the floor (formatted), the largest places (with "…" when there are more). */
    townsHere: (people: string, places: string, floor: string, largest: string) => `Towns here: ${people} before the war, in ${places} of ${floor}+ (${largest})`,
    /** Neighbouring countries, for a town outside Ukraine (ISO 3166-1 code). */
    countries: { RU: 'Russia', BY: 'Belarus', PL: 'Poland', RO: 'Romania', MD: 'Moldova' } as Record<string, string>,
    population: (n: string) => `Population: ${n} (GeoNames, pre-2022 figure)`,
    estimate: (what: string, approximate: boolean, people: string, when: string, sources: string) => `${what}: ${approximate ? 'about ' : ''}${people} (${when}; ${sources})`,
    close: 'Close',
  },
  layout: {
    /** The page's layout (ui/layout.ts) and the About dialog's frame (ui/about.ts; its text is in text/about/). */
    dock: 'Map settings and legend',
    openFull: 'Open the full map',
    about: 'About & method',
    aboutTitle: 'About this map: what it shows and how',
    aboutClose: 'Close',
    /** The About dialog's headings, by section id. */
    aboutHeadings: {
      'about-shows': 'What the map shows',
      'about-line': 'The front line: method and uncertainty',
      'about-swap': 'How the swap is computed',
      'about-rules': 'Artefacts and slivers',
      'about-scenarios': 'The scenarios and their sources',
      'about-licences': 'Data and licences',
    } as Record<string, string>,
  },
  exportUi: {
    /** The export panel (ui/export_control.ts). */
    button: 'Export',
    buttonTitle: 'Export a picture, the data, or a link to this view',
    panel: 'Export and share',
    title: 'Title',
    size: 'Size',
    creditUrl: 'Method & sources link, in the credit',
    png: 'Download PNG',
    data: 'Data of the scenario',
    link: 'Link to this view',
    copy: 'Copy link',
    drawing: 'Drawing the map…',
    noImage: (error: string) => `No image: ${error}.`,
    savedImage: (file: string, width: number, height: number) => `Saved ${file} (${width}×${height} px).`,
    saved: (file: string) => `Saved ${file}.`,
    savedCsv: (file: string, sidecar: string) => `Saved ${file} and, beside it, ${sidecar} (sources and column definitions).`,
    copied: 'Link copied.',
    pressCopy: 'Press Ctrl+C (⌘C) to copy the selected link.',
    /** What the current view's image holds: two maps side by side, the swipe's split map, one map. */
    viewSide: 'now and after, side by side',
    viewSwipe: 'now and after, split at the swipe',
    viewMap: 'map',
    currentView: (scale: number, what: string, width: number, height: number) => `Current view ${scale}× (${what} ${width}×${height} px)`,
    overGpu: (limit: number) => ` — over this GPU's ${limit} px`,
    /** The fixed sizes (export/sizes.ts PRESETS), by id. */
    presets: { social: 'Social card 1200×630', square: 'Square 1080×1080', a4: 'A4 landscape, 150 dpi (1754×1240)' } as Record<string, string>,
  },
  exportImage: {},
  csv: {},
  cli: {},
  read: {},
  data: {},
};

export type Messages = typeof en;
