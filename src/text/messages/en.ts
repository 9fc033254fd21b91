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
  panel: {},
  line: {},
  dates: {},
  identify: {},
  layout: {},
  exportUi: {},
  exportImage: {
    /** The subtitle of a single-date image. */
    subtitle: (lineDay: string) => `A reported proposal, not an agreement, against the Russian-controlled area on ${lineDay}.`,
    /** After the subtitle when the scenario was reported more than a month from the line. */
    reportedGap: (reported: string, span: string) => ` Reported on ${reported}, ${span} from this line.`,
    line: (lineDay: string, source: string) => `Line: Russian-controlled area on ${lineDay} — ${source}.`,
    citation: (source: string, title: string) => `Reported: ${source} — ${title}.`,
    citationsShort: (sources: string) => `Reported: ${sources}.`,
    data: (list: string) => `Data: ${list}.`,
    credit: (project: string, method: string, url: string) => `Made with ${project}. ${method}: ${url}`,
    creditNoUrl: (project: string, method: string) => `Made with ${project}; ${method}.`,
    tagNow: (lineDay: string) => `Now: Russian-controlled, ${lineDay}`,
    tagAfter: (title: string) => `After: ${title}`,
    legendLine: (lineDay: string) => `Russian-controlled, ${lineDay}, and the contact line`,
    legendContested: 'Contested (grey zone)',
    legendPre2022: 'Russian-held before 24 Feb 2022',
    legendProposed: (layer: string) => `${layer}, and its line`,
    legendLineEachDate: 'Russian-controlled on the date of each map, and the contact line',
    scaleKm: (n: string) => `${n} km`,
    scaleM: (n: string) => `${n} m`,
    scaleNote: (degrees: string, north: boolean) => `scale at ${degrees}° ${north ? 'N' : 'S'}`,
    /** The one place named on the locator map. */
    kyiv: 'Kyiv',
    presetSocial: 'Social card 1200×630',
    presetSquare: 'Square 1080×1080',
    presetA4: 'A4 landscape, 150 dpi (1754×1240)',
    titleTooLong: (n: number, max: number) => `the title is ${n} characters; at most ${max}`,
    creditTooLong: (n: number, max: number) => `the method & sources link is ${n} characters; at most ${max}`,
    creditNotAddress: (url: string) => `the method & sources link "${url}" is not an address (e.g. https://example.org/swapmap/#about)`,
    creditProtocol: (protocol: string) => `the method & sources link must start with https:// or http://, not ${protocol}`,
    creditSpaces: 'the method & sources link must not hold spaces',
    scaleRange: (scale: string, min: number, max: number) => `scale ${scale} is out of range (${min}–${max})`,
    sideRange: (width: number, height: number, min: number, max: number) => `${width}×${height} px is out of range (each side ${min}–${max} px)`,
    cssTooSmall: (width: number, height: number, scale: number, cssWidth: number, cssHeight: number, min: number) =>
      `${width}×${height} px at scale ${scale} is laid out at ${cssWidth}×${cssHeight} CSS px, under ${min} per side: choose a smaller scale or a larger size`,
    noRoomForMap: (width: number, height: number, left: number) =>
      `an image of ${width}×${height} CSS px leaves only ${left} px for the map below the title and above the legend and sources: choose a larger size`,
    noEncode: 'the browser could not encode the PNG',
    mapTooLarge: (w: number, h: number, limit: number) => `the map would be ${w}×${h} px but this GPU draws at most ${limit} px per side; choose a smaller size or scale`,
    gpuGave: (gw: number, gh: number, w: number, h: number) => `the GPU gave a ${gw}×${gh} px map instead of ${w}×${h} px; choose a smaller size or scale`,
    mapTimeout: 'the export map did not finish drawing within the time allowed',
    /** Small multiples. */
    multiplesCount: (counts: string, n: number) => `small multiples hold ${counts} dates, not ${n}`,
    multiplesSubtitle: (n: number, first: string, last: string) =>
      `The same reported proposal (not an agreement) on ${n} dates, ${first} to ${last}: what it would cede and return on the front line of each date.`,
    multiplesCaption: (ceded: string, returned: string, ratio: string) => `Ceded ${ceded} · returned ${returned} · ${ratio}`,
    ratio: (r: string) => `${r} : 1`,
    chartCeded: 'ceded, km²',
    chartReturned: 'returned, km²',
    lines: (sources: string) => `Lines: ${sources}.`,
    reportedAll: (list: string) => `Reported: ${list}.`,
    citationPair: (source: string, title: string) => `${source} — ${title}`,
  },
  csv: {
    /** Column titles and descriptions (the CSV's header in a language other than English, and the JSON sidecar). */
    lineDate: 'Line date',
    lineDateDesc: 'Date of the line: the Russian-controlled area on this date (YYYY-MM-DD; empty for an undated line)',
    scenario: 'Scenario',
    scenarioDesc: 'Id of the scenario (a reported proposal, not an agreement)',
    iso: 'ISO 3166-2',
    isoDesc: (total: string) => `ISO 3166-2 code of the oblast; ${total} on the row of the totals`,
    oblastDesc: (all: string) => `Name of the oblast (or city with special status); "${all}" on the row of the totals`,
    proposalDesc: (states: string, unchanged: string) => `What the scenario does to the oblast: ${states}, or "${unchanged}" where it does not mention the oblast`,
    oblastArea: 'Oblast area',
    oblastAreaDesc: 'Area of the oblast polygon',
    heldNowDesc: 'Russian-controlled area on the line’s date; contested (grey-zone) areas count as not Russian-controlled',
    heldAfterDesc: 'Russian-controlled area after the proposal',
    netRussiaDesc: 'Ceded minus returned: the change of the Russian-held area (positive: Russia gains)',
    netUkraineDesc: 'Returned minus ceded: the change of the Ukrainian-held area (positive: Ukraine gains)',
    ratioDesc: 'Ceded km² divided by returned km², on the row of the totals; empty when nothing is returned',
    peopleCeded: 'People in the towns ceded',
    peopleCededDesc:
      'Pre-war population (GeoNames) of the places inside the ceded part: towns only, pre-war figures, people have left (see the figures panel for the floor); empty when not counted',
    peopleReturned: 'People in the towns returned',
    peopleReturnedDesc: 'Pre-war population (GeoNames) of the places inside the returned part, as people_ceded',
    km2Title: (title: string) => `${title} (km²)`,
    pctTitle: (title: string) => `${title} (% of the oblast)`,
    pctDesc: (title: string) => `${title}, as a percentage (0–100) of the oblast polygon; empty on the totals row`,
    unitKm2: 'km²',
    unitPct: '% of the oblast polygon',
    unitRatio: 'ceded km² per returned km²',
    unitPeople: 'people',
    /** The units stated in the GeoJSON export and the sidecar. */
    unitsArea: 'square kilometres (km²), geodesic area of the polygon (Turf)',
    unitsShare: 'fraction 0–1 of the oblast polygon',
    unitsCoordinates: 'WGS 84 longitude, latitude in degrees',
    lineMeaning: 'Russian-controlled area on this date',
    note: 'A reported proposal, not an agreement. Areas are computed by swapmap from the line and the oblast polygons.',
    encoding: 'UTF-8 with a byte-order mark; rows end with CRLF; the first row is the header',
  },
  cli: {
    /** npm run figures: the table. */
    heading: (title: string, id: string, reported: string) => `${title} (${id}; reported ${reported})`,
    line: (date: string, source: string) => `Line: Russian-controlled area on ${date} — ${source}`,
    undatedLine: 'an undated line',
    read: (what: string) => `Read: ${what}`,
    part: 'Part',
    pctOfOblast: '% of oblast',
    people: 'People',
    places: 'Places',
    bigCitiesOnly: (n: string) => `  (cities of ${n}+ only)`,
    cededRow: (label: string) => `${label} to Russia`,
    returnedRow: (label: string) => `${label} to Ukraine`,
    frozenRow: (state: string) => `Russian-held, ${state}`,
    unchangedRow: (state: string) => `Russian-held, not in the proposal (${state})`,
    notApplicable: 'n/a',
    nothingReturned: (why: string) => `n/a (${why})`,
    slivers: 'Slivers dropped',
    sliversValue: (count: string, threshold: string, area: string) => `${count} pieces under ${threshold} km², ${area} km² in all`,
    artefacts: (count: string, area: string, width: string) =>
      `Artefacts of the line: ${count} cut-off strips of "Ukrainian-held" land, ${area} km², counted as Russian-held (thinner than ${width} km, cut off between the line and the border or coast)`,
    attributed: (count: string, area: string) => `Just outside our border: ${count} Russian-held pieces, ${area} km², added to the oblast they lie along`,
    peopleCount: { one: '{n} people', other: '{n} people' } as Plural,
    placesCount: { one: '{n} place', other: '{n} places' } as Plural,
    peopleIn: (people: string, places: string) => `${people} in ${places}`,
    peopleCeded: (h: string) => `People in the towns ceded:   ${h} (pre-war figures)`,
    peopleReturned: (h: string) => `People in the towns returned: ${h} (pre-war figures)`,
    peopleFrozen: (h: string) => `People in the towns frozen:   ${h} (pre-war figures)`,
    published: (what: string, about: boolean, people: string, when: string, sources: string, ours: string) =>
      `Published: ${what}: ${about ? 'about ' : ''}${people} (${when}; ${sources})${ours}`,
    ours: (h: string) => ` — the towns counted here: ${h} (GeoNames, pre-2022)`,
    date: 'Date',
    cededKm2: 'Ceded km²',
    returned: 'Returned',
    ratio: 'Ratio',
    frontLine: (source: string) => `Front line: ${source}`,
    wrote: (out: string, side: string) => `figures: wrote ${out} and, beside it, ${side} (sources and columns)\n`,
    /** npm run figures: refusals (one line each). */
    badLang: (given: string, known: string) => `--lang must be one of ${known}, not “${given}”`,
    cannotRead: (file: string, why: string) => `cannot read line file ${file}: ${why}`,
    notRegular: (file: string) => `line file ${file} is not a regular file (a directory, device or pipe); give a file.`,
    unknownScenario: (id: string, known: string) => `unknown scenario “${id}”; known: ${known}`,
    badDate: (date: string) => `--date must be YYYY-MM-DD, not “${date}”`,
    badStatus: (keys: string, given: string) => `--status must be KEY=${keys} (e.g. deepstate:unknown=russian), not “${given}”`,
    jsonAndCsv: 'give --json or --csv, not both',
    outNeedsCsv: '--out writes the CSV: give it with --csv',
    outCsvName: (out: string) => `--out ${out}: give a file name ending in .csv`,
    dateAndAll: 'give --date or --all-dates, not both',
    allNeedsLines: '--all-dates needs --line files with dates',
    noAreaInside: (file: string) => `${file} has no area inside the oblasts`,
    noSuchStatus: (key: string, found: string) => `--status ${key}: no such status in the file (found: ${found})`,
    dateNotInFile: (date: string, dates: string) => `--date ${date}: the file holds ${dates}`,
    theDates: (list: string) => `the dates ${list}`,
    noDates: 'no dates',
    onDate: (date: string) => ` on ${date}.`,
    outFailed: (out: string, why: string) => `--out ${out}: ${why}`,
    /** npm run snapshot. */
    usage:
      "npm run snapshot -- --out FILE.png [--state '#…'] [--size WIDTHxHEIGHT] [--scale N] [--title TEXT] [--line FILE …] [--date YYYY-MM-DD | --dates A,B[,C,D[,E,F]]] [--credit-url URL] [--lang en|uk]",
    withUsage: (message: string, usage: string) => `${message} (usage: ${usage})`,
    building: 'snapshot: building the app (dist/ is missing or older than src/ or geodata/)…\n',
    noSuchLine: (file: string) => `--line ${file}: no such file`,
    lineNotRegular: (file: string) => `--line ${file} is not a regular file`,
    lineRefused: (why: string) => `--line: ${why}`,
    noLineOfDate: (date: string) => `--date ${date}: the files hold no line of that date`,
    dateNotShown: (date: string) => `--date ${date}: not shown`,
    noImage: (why: string) => `no image: ${why}`,
    wroteDates: { one: '{n} date', other: '{n} dates' } as Plural,
    wroteMap: (w: number, h: number, x: number, y: number, change: boolean) =>
      `map ${w}×${h} px at ${x},${y} framing the ${change ? 'area of change' : 'view'}`,
    wroteImage: (out: string, w: number, h: number, what: string, name: string, ms: number) =>
      `snapshot: wrote ${out} (${w}×${h} px, ${what}, suggested name ${name}, ${ms} ms)\n`,
    unknownKey: (key: string, known: string) => `--state: unknown key "${key}" (known: ${known})`,
    badCamera: (map: string) => `--state: cannot read the camera "map=${map}" (expected map=ZOOM/LAT/LON, zoom 0–22, |lat| ≤ 85, |lon| ≤ 180)`,
    unknownLayer: (layer: string, known: string) => `--state: unknown layer "${layer}" (known: ${known})`,
    stateScenario: (id: string, known: string) => `--state: unknown scenario "${id}" (known: ${known})`,
    stateLine: (date: string, known: string) => `--state: no line dated "${date}" (known: ${known})`,
    stateCompare: (mode: string, known: string) => `--state: unknown compare mode "${mode}" (known: ${known})`,
    stateSwipe: (swipe: string) => `--state: cannot read the swipe position "swipe=${swipe}" (expected 0–100, % of the width from the left)`,
    stateLang: (l: string, known: string) => `--state: unknown language "${l}" (known: ${known})`,
    twice: (name: string) => `--${name} is given twice`,
    outRequired: (usage: string) => `--out FILE.png is required (usage: ${usage})`,
    badSize: (size: string, min: number, max: number) => `--size ${size} is not WIDTHxHEIGHT in px with each side ${min}–${max}, e.g. 1200x630`,
    badScale: (scale: string, min: number, max: number) => `--scale ${scale} is not a number from ${min} to ${max}`,
    sizeWithScale: (size: string, scale: number, why: string) => `--size ${size} with --scale ${scale}: ${why}`,
    titleTooLong: (n: number, max: number) => `--title is ${n} characters long; the limit is ${max}, as in the page's Export panel`,
    creditUrl: (why: string) => `--credit-url: ${why}`,
    tooManyLines: (n: number) => `--line is given ${n} times; at most 8 files are loaded together`,
    dateAndDates: 'give --date or --dates, not both',
    dateNotIso: (date: string) => `--date ${date} is not YYYY-MM-DD`,
    datesNotIso: (date: string) => `--dates: ${date} is not YYYY-MM-DD`,
    datesCount: (n: number) => `--dates gives ${n} dates; small multiples hold 2, 4 or 6`,
    datesTwice: '--dates names a date twice',
    sizeWithDates: '--size is for one map; small multiples are 1200 px wide at --scale',
    noBuiltInLine: (date: string, known: string) => `no built-in line of ${date} (built in: ${known}); give --line FILE for other dates`,
    outIsDirectory: (label: string) => `${label} is a directory; give a file name ending in .png`,
    outNotPng: (label: string) => `${label}: the snapshot is a PNG; give a file name ending in .png`,
    outNotRegular: (label: string) => `${label} exists and is not a regular file`,
    outParentNotDir: (label: string, dir: string) => `${label}: ${dir} is not a directory`,
    outMkdir: (label: string, dir: string, why: string) => `${label}: cannot create the directory ${dir} (${why})`,
    outCannotWrite: (label: string, dir: string, why: string) => `${label}: cannot write in ${dir} (${why})`,
    outCannotReplace: (label: string, why: string) => `${label}: the file exists and cannot be replaced (${why})`,
    outError: (label: string, why: string) => `${label}: ${why}`,
  },
  read: {},
  data: {
    /** Checks of scenario and estimate files (one sentence, naming the file). */
    notJson: (file: string, why: string) => `${file} is not valid JSON (${why})`,
    notObject: (file: string) => `${file}: not an object.`,
    nonEmpty: (file: string, key: string) => `${file}: "${key}" must be a non-empty string.`,
    badId: (file: string) => `${file}: "id" must be lower-case letters, digits and dashes.`,
    citationRequired: (file: string) => `${file}: at least one citation is required.`,
    citationFields: (file: string) => `${file}: each citation needs "source" and "title".`,
    termsObject: (file: string) => `${file}: "terms" must be an object keyed by ISO code.`,
    termKey: (file: string, iso: string) => `${file}: term key ${iso} is not an ISO 3166-2 code of Ukraine.`,
    termAction: (file: string, iso: string) => `${file}: ${iso} action must be cede, freeze or return.`,
    termWithin: (file: string, iso: string) => `${file}: ${iso} "within" must be [west, south, east, north].`,
    ukMissing: (file: string) => `${file}: a "uk" block (the texts in Ukrainian) is required.`,
    ukField: (file: string, key: string) => `${file}: "uk.${key}" must be a non-empty string in Ukrainian.`,
    ukCitations: (file: string, n: number) => `${file}: "uk.citations" must give the ${n} citations in Ukrainian, in the same order, each with "source" and "title".`,
    ukNote: (file: string, iso: string) => `${file}: "uk.notes" must give the note of ${iso} in Ukrainian.`,
    estimateWhen: (file: string) => `${file}: "when" must be YYYY-MM-DD, YYYY-MM or pre-war.`,
    estimatePeople: (file: string) => `${file}: "people" must be a positive whole number.`,
    estimateApproximate: (file: string) => `${file}: "approximate" must be true or false.`,
    estimateScope: (file: string) => `${file}: "scope" must be {"kind": "ukrainian-held", "iso": "UA-…"} or {"kind": "places", "geonameids": […]}.`,
    /** When an estimate holds ('pre-war'). */
    preWar: 'before the war',
    /** places.json. */
    placesBad: (why: string) => `places.json: ${why}.`,
    placesObject: 'not an object',
    placesFloor: '"floor" must be a number',
    placesScope: '"scope" must list ISO 3166-2 codes',
    placesArray: '"places" must be an array',
    placesRow: (n: number) => `row ${n} is not [lon, lat, population, name]`,
    placesNotLoaded: 'places.json was not loaded.',
    /** What the people figures count: the floor, the units covered and the size of cities counted elsewhere (formatted). */
    peopleDefinition: (floor: string, list: string, cities: string) =>
      `People: the sum of the populations GeoNames gives (pre-2022 figures, CC BY 4.0) for the towns and villages of ` +
      `${floor}+ people whose point lies inside an area${list ? ` (in ${list}; elsewhere cities of ${cities}+)` : ''}.`,
    listAnd: (head: string, last: string) => `${head} and ${last}`,
    peopleLimits: 'Limits: towns only, pre-war figures, people have left: these are not today’s residents.',
  },
};

export type Messages = typeof en;
