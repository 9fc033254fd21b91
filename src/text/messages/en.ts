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
    /** What the page says when the map cannot start (app.ts): a title and a detail. */
    fatal: {
      webglTitle: 'This map needs WebGL2',
      webglDetail:
        'Your browser did not provide WebGL2, which the map uses to draw. Turn on hardware acceleration, or open the page in a current Firefox, Chrome, Edge or Safari.',
      dataTitle: 'The map data could not be loaded',
      noScenarioTitle: 'No scenario could be read',
      noScenarioDetail: 'geodata/scenarios/ holds no scenario file.',
      lineTitle: 'The built-in line could not be read',
      lineDetail: (file: string) => `${file} has no area inside the oblasts.`,
      mapTitle: 'The map could not start',
    },
    placesNotLoaded: 'places.json was not loaded.',
    noPeople: (problem: string) => `No people figures: ${problem}`,
    /** MapLibre's own words (its `locale` option: the zoom buttons, the attribution's button, the scale's units…). */
    maplibre: {
      'AttributionControl.ToggleAttribution': 'Toggle attribution',
      'AttributionControl.MapFeedback': 'Map feedback',
      'FullscreenControl.Enter': 'Enter fullscreen',
      'FullscreenControl.Exit': 'Exit fullscreen',
      'GeolocateControl.FindMyLocation': 'Find my location',
      'GeolocateControl.LocationNotAvailable': 'Location not available',
      'LogoControl.Title': 'MapLibre logo',
      'Map.Title': 'Map',
      'Marker.Title': 'Map marker',
      'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'Popup.Close': 'Close popup',
      'ScaleControl.Feet': 'ft',
      'ScaleControl.Meters': 'm',
      'ScaleControl.Kilometers': 'km',
      'ScaleControl.Miles': 'mi',
      'ScaleControl.NauticalMiles': 'nm',
      'GlobeControl.Enable': 'Enable globe',
      'GlobeControl.Disable': 'Disable globe',
      'TerrainControl.Enable': 'Enable terrain',
      'TerrainControl.Disable': 'Disable terrain',
      'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
    } as Record<string, string>,
    /** Words of geodata/sources.json's attribution (labels, licences) that the data gives in English only. */
    attributionWords: {} as Record<string, string>,
    /** The line the page's heading names (after `sub`). */
    lineHeading: (date: string) => `against the front line of ${date}`,
    lineHeadingUndated: 'against an undated line',
    /** The layer panel (app.ts, ui/layer_control.ts). */
    layers: 'Layers',
    layerLine: (date: string) => `Russian-controlled, ${date}`,
    layerLineNote: (source: string) => `${source}; grey: contested`,
    layerPre2022: (date: string) => `Russian-held before ${date}`,
    layerPre2022Note: 'Crimea and the 2015–2022 line of contact',
    layerChange: 'Changed between the two dates',
    layerChangeNote: 'dark red: taken by Russian forces; green: retaken by Ukrainian forces',
    layerNow: 'Now',
    layerAfter: 'After',
    afterMark: 'shown on the After map',
    layersCompared: (title: string) => `${title}: the checkboxes are the Now map's, the marked rows also show on the After map`,
    /** The other controls over the map. */
    scenario: 'Scenario',
    view: { legend: 'Before / after', mix: 'Changes', now: 'Now', after: 'After', swipe: 'Swipe', side: 'Side by side' },
    home: 'Show the whole region',
    dismiss: 'Dismiss message',
    /** The two maps of a comparison (ui/compare.ts): their names and the tags over them. */
    compare: {
      map: 'Map',
      mapNow: 'Map, now',
      mapAfter: 'Map, after the proposal',
      swipe: 'Swipe between now and after the proposal',
      now: (layers: string) => `Now: ${layers}`,
      after: (layers: string, scenario: string) => `After: ${layers} · ${scenario}`,
      noLayers: 'no layers',
      line: (date: string) => `Russian-controlled${date ? `, ${date}` : ''}`,
      pre2022: 'Russian-held before 2022',
      cede: 'ceded',
      freeze: 'line frozen',
      return: 'returned',
      proposed: 'Russian-controlled after',
      change: 'changed between the two dates',
    },
    /** The messages over the map (app.ts). */
    keepsLine: (problem: string) => `${problem} The map keeps its current line.`,
    fileUnread: (error: string) => `The file could not be read (${error}).`,
    lineLoaded: (description: string) => `Line loaded: ${description} Figures and layers now use it.`,
    countedAgain: (description: string) => `Counted again: ${description}`,
    cancelled: (date: string) => `Cancelled: the map keeps the line of ${date}.`,
    lineNotComputed: (date: string, error: string) => `The line of ${date} could not be computed (${error}).`,
    compareNotComputed: (error: string) => `That line could not be computed (${error}).`,
    changeNotComputed: (error: string) => `What changed between the two lines could not be computed (${error}).`,
    multiplesFailed: (error: string) => `The small multiples could not be made: ${error}.`,
    /** Why small multiples cannot be made of a date (ISO dates, as asked). */
    multiplesNoDate: (date: string) => `the loaded file has no date ${date}`,
    multiplesNoLine: (date: string, withFile: boolean, builtIn: string) =>
      `no line of ${date}: ${withFile ? 'the loaded file has not that date, and ' : ''}the built-in lines are of ${builtIn}`,
    /** A scenario shown far from its date: the note offers the loaded file's nearest date, or says how to get one. */
    nearestDate: (date: string) => `Show the line of ${date}, nearest to the report`,
    ownDateHint: 'To see it on a line of its own date, load a line file of that time (Line → Load a line file…).',
    /** A link's line loaded from a file this browser does not have (`date` '' when undated). */
    missingLine: (date: string, builtIn: string) =>
      `This link was made with a line loaded from a file${date ? ` (dated ${date})` : ''}, which this browser does not have: ` +
      `the map shows the built-in line of ${builtIn} instead, with other figures. Load the same file to see the link's figures.`,
  },
  /** The line panel (ui/line_control.ts) and the lines' names and credits (state/lines.ts). */
  line: {
    label: 'Line',
    load: 'Load a line file…',
    loadTitle: 'GeoJSON, TopoJSON, KML or KMZ of the Russian-controlled area (DeepState, ISW/CTP, your own); or drop files on the map',
    progress: 'Progress of the line',
    cancel: 'Cancel',
    play: 'Play the dates',
    pause: 'Pause',
    date: 'Date',
    compareWith: 'Compare with',
    noOtherDate: 'no other date',
    holds: 'What the file holds',
    typedDate: 'The file is undated; its date:',
    /** What the worker is doing (followed by "…"). */
    phase: {
      reading: 'Reading',
      checking: 'Checking the polygons',
      uniting: 'Uniting the areas',
      clipping: 'Clipping to the oblasts',
      fitting: 'Fitting to the borders',
      computing: 'Computing the proposal',
    },
    /** How a status of a loaded file counts. */
    counted: { russian: 'Russian-controlled', contested: 'contested', ignored: 'not counted' },
    /** What the file holds: "DeepState export (GeoJSON), 12 dates, 1 Sep 2025 – 1 Dec 2025. Left out: 3 points." */
    read: (formats: string, dated: string) => `${formats}, ${dated}.`,
    datesSpan: (dates: string, first: string, last: string) => `${dates}, ${first} – ${last}`,
    dated: (date: string) => `dated ${date}`,
    leftOut: (list: string) => `Left out: ${list}.`,
    points: { one: '{n} point', other: '{n} points' } as Plural,
    lines: { one: '{n} line', other: '{n} lines' } as Plural,
    empty: { one: '{n} feature without geometry', other: '{n} features without geometry' } as Plural,
    /** The project's own lines, as the figures, the exports and the popup cite them. */
    builtInSource: 'swapmap approximation from public reporting',
    credit: (source: string) => `Front line: ${source}`,
    builtInLabel: (date: string) => `${date} · swapmap (built in)`,
    fileSource: (source: string) => `loaded from ${source}`,
    fileCredit: (source: string) => `Front line: ${source} (a file loaded in this browser)`,
    readerCredit: (source: string, date: string) => `Front line: ${source}, dated ${date} by the reader (a file loaded in this browser)`,
  },
  /** The panels of dated lines: two dates compared (ui/compare_dates.ts) and the timeline (ui/timeline_chart.ts). */
  dates: {
    count: { one: '{n} date', other: '{n} dates' } as Plural,
    compared: (a: string, b: string) => `Compared: ${a} and ${b}`,
    twoDates: (a: string, b: string) => `Two dates: ${a} → ${b}`,
    onEachLine: (scenario: string) => `${scenario}, on the line of each date.`,
    change: 'Change',
    held: 'Russian-held on the date',
    cede: 'Ukrainian-held land ceded',
    return: 'Russian-held land returned',
    freeze: 'Russian-held area frozen',
    computingChange: 'Computing what changed between the two lines…',
    gained: (area: string) => `Taken by Russian forces between the two dates: ${area}`,
    lost: (area: string) => `Retaken by Ukrainian forces: ${area}`,
    byOblast: (list: string) => `By oblast: ${list}.`,
    lines: (a: string, aSource: string, b: string, bSource: string) =>
      `Lines: ${a} — ${aSource}; ${b} — ${bSource}. Two lines from different sources differ along the whole front by how each is drawn, not only by what moved.`,
    overTime: (scenario: string) => `Over time: km² ceded and returned by the ${scenario}, on each date of the line`,
    computingAll: 'Computing the dates…',
    /** `dates`: "12 dates" (the count's plural); `done`: a number. */
    computing: (dates: string, done: string) => `Computing ${dates}… ${done} done.`,
    chartLabel: (first: string, last: string, dates: string, cedeFirst: string, cedeLast: string, returnFirst: string, returnLast: string) =>
      `From ${first} to ${last}, ${dates}: ceded ${cedeFirst} to ${cedeLast}, returned ${returnFirst} to ${returnLast}. Arrow keys read each date; Enter shows it on the map.`,
    ceded: 'ceded',
    returned: 'returned',
    point: (date: string, cede: string, ret: string, ratio: string) => `${date}: ceded ${cede}, returned ${ret}, ratio ${ratio}`,
    shown: ' (shown)',
    caption: (scenario: string) => `Ceded and returned by the ${scenario}, per date`,
    table: { date: 'Date', ceded: 'Ceded', returned: 'Returned', ratio: 'Ratio' },
    csv: { one: 'Figures of all {n} dates (CSV)', other: 'Figures of all {n} dates (CSV)' } as Plural,
    multiples: 'Small multiples (PNG)',
    howMany: 'How many dates',
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
  /**
   * The line reader (src/read, the line worker, the data-load checks): refusals of the files a
   * reader brings, what a file holds and how it counts, the repairs made. Names come in already
   * quoted and cut (`quote`), sizes as `size()`, counts through `plural`.
   */
  read: {
    /** A size in megabytes, the figure formatted ("12.3"). */
    size: (mb: string) => `${mb} MB`,
    /** A name put in quotes in a message. */
    quoted: (name: string) => `“${name}”`,
    /** A file without a name. */
    theFile: 'the file',
    /** A TopoJSON object of a file ("“lines.topojson” (layer “control”)"). */
    layerOf: (name: string, layer: string) => `“${name}” (layer “${layer}”)`,
    featureOf: (label: string, n: string) => `${label}, feature ${n}`,
    /** Refusals by count and size, before anything is read. */
    refuse: {
      noFile: 'No file was given.',
      tooManyFiles: (files: string, max: string) => `${files} were given at once; at most ${max} can be loaded together (as layers of one line).`,
      tooLarge: (name: string, size: string, limit: string) => `“${name}” is ${size}; the limit is ${limit}.`,
      tooLargeAll: (files: string, total: string, limit: string) => `The ${files} add up to ${total}; the limit is ${limit} in all.`,
      outsideOne: (name: string) => `“${name}” has no area inside Ukraine’s oblasts.`,
      outsideMany: 'The files have no area inside Ukraine’s oblasts.',
    },
    /** From bytes to text: archives, binary files, encodings. */
    bytes: {
      empty: (name: string) => `“${name}” is empty.`,
      unzipsTo: (name: string, size: string, limit: string) => `“${name}” unzips to ${size}; the limit is ${limit}.`,
      unzipsToMore: (name: string, limit: string) => `“${name}” unzips to more than ${limit}; the limit is ${limit}.`,
      nested: (name: string) => `“${name}” holds another archive inside the gzip; unpack it first.`,
      badGzip: (name: string, detail: string) => `“${name}” is a damaged gzip file (${detail}).`,
      memberTooLarge: (name: string, member: string, size: string, limit: string) => `“${name}”: ${member} unzips to ${size}; the limit is ${limit}.`,
      memberTooLargeMore: (name: string, member: string, limit: string) => `“${name}”: ${member} unzips to more than ${limit}.`,
      badZip: (name: string, detail: string) => `“${name}” looks like a zip (KMZ) file but cannot be opened (${detail}).`,
      /** `list`: the first members' names, '' when the archive is empty. */
      zipNoLine: (name: string, list: string) => `“${name}” is a zip archive with no KML or GeoJSON file inside${list ? ` (it holds ${list})` : ''}.`,
      /** `what`: one of `kinds`. */
      binaryKind: (name: string, what: string) => `“${name}” is ${what}, not a line file (GeoJSON, TopoJSON, KML or KMZ).`,
      binary: (name: string) => `“${name}” is a binary file, not a line file (GeoJSON, TopoJSON, KML or KMZ).`,
      notUtf8: (name: string) => `“${name}” is not UTF-8 text; save it as UTF-8 (GeoJSON files are UTF-8).`,
      badEncoding: (name: string, encoding: string) => `“${name}” is not valid ${encoding} text.`,
      /** Binary formats known by their first bytes. */
      kinds: {
        png: 'a PNG image',
        jpeg: 'a JPEG image',
        gif: 'a GIF image',
        pdf: 'a PDF document',
        rar: 'a RAR archive',
        sevenZip: 'a 7-Zip archive',
        sqlite: 'an SQLite database (a GeoPackage?)',
        shapefile: 'an ESRI shapefile (.shp)',
        office: 'a Microsoft Office document',
        elf: 'a program (ELF)',
        bzip2: 'a bzip2 archive',
        xz: 'an xz archive',
      },
    },
    /** From text to layers: JSON, TopoJSON, KML. */
    parse: {
      html: (name: string) => `“${name}” is a web page (HTML), not a line file; save the map's data export instead.`,
      /**
       * `p.detail`: the JSON parser's complaint (its own words, with the line and column); `p.line`,
       * `p.column`: '' when it gave no place; `p.end`: the text ends too soon; `p.token`: the character it did not expect, or ''.
       */
      json: (name: string, p: { detail: string; line: string; column: string; end: boolean; token: string }) => `“${name}” is not valid JSON (${p.detail}).`,
      /** JSON.parse's complaint (its own words, in English) with the line and column it names. */
      jsonAt: (problem: string, line: string, column: string) => `${problem} at line ${line}, column ${column}`,
      whitespace: (name: string) => `“${name}” holds only white space.`,
      unknown: (name: string, head: string) => `“${name}” is not GeoJSON, TopoJSON or KML (it starts with “${head}”).`,
      entities: (name: string) => `“${name}” declares its own XML entities (<!ENTITY …> in a DTD); swapmap does not expand them, and KML files have none.`,
      xml: (name: string, detail: string) => `“${name}” is not valid XML (${detail}).`,
      gpx: (name: string) => `“${name}” is a GPX file (tracks and waypoints), not a line file.`,
      otherXml: (name: string, root: string) => `“${name}” is an XML file (<${root}>), not KML.`,
      kml: (name: string, detail: string) => `“${name}” is a KML file that cannot be read (${detail}).`,
      topoNoObjects: (name: string) => `“${name}” is a TopoJSON file with no objects.`,
      topoNoArcs: (name: string) => `“${name}” is a TopoJSON file without "arcs".`,
      topoDeep: (name: string, object: string) => `“${name}”: TopoJSON object “${object}” nests GeometryCollections too deep.`,
      topoBadArc: (name: string, object: string, arc: string, arcs: string) => `“${name}”: TopoJSON object “${object}” refers to arc ${arc}, but the file has ${arcs}.`,
      arcs: { one: '{n} arc', other: '{n} arcs' } as Plural,
      topoObject: (name: string, object: string, detail: string) => `“${name}”: TopoJSON object “${object}” cannot be read (${detail}).`,
    },
    /** GeoJSON checked. `label`: the file, quoted (`quoted`, `layerOf`); `where`: it, or a feature of it (`featureOf`). */
    geojson: {
      array: (label: string) => `${label} is a JSON array, not GeoJSON.`,
      notGeojson: (label: string) => `${label} is not GeoJSON.`,
      noType: (label: string) => `${label} is JSON but not GeoJSON: it has no "type".`,
      crs: (label: string, crs: string) => `${label} is in the coordinate system “${crs}”; swapmap reads longitude/latitude (WGS 84, EPSG:4326). Export it as GeoJSON in EPSG:4326.`,
      noFeatures: (label: string) => `${label} is a FeatureCollection without "features".`,
      featuresNotArray: (label: string) => `${label}: "features" is not an array.`,
      otherType: (label: string, type: string) => `${label} is not GeoJSON: its type is “${type}”.`,
      tooManyFeatures: (label: string, features: string, max: string) => `${label} holds ${features}; the limit is ${max}.`,
      notFeature: (where: string) => `${where} is not a GeoJSON Feature.`,
      geometry: (where: string, problem: string) => `${where}: ${problem}`,
      tooManyVertices: (label: string, max: string) => `${label} holds more than ${max} vertices; the limit is ${max}. Simplify it first (e.g. mapshaper -simplify).`,
      /** What is wrong with a feature's geometry. */
      noGeometryType: 'its geometry has no "type".',
      coordinatesNotArray: 'its coordinates are not an array.',
      tooDeep: 'GeometryCollections are nested too deep.',
      noGeometries: 'a GeometryCollection without "geometries".',
      unknownGeometry: (type: string) => `its geometry is of an unknown type “${type}”.`,
      ringNotArray: 'a polygon ring is not an array of positions.',
      positionNotArray: 'a position is not an array of numbers.',
      positionShort: { one: 'a position has only {n} value; a position is [longitude, latitude].', other: 'a position has only {n} values; a position is [longitude, latitude].' } as Plural,
      notFinite: 'a position holds something other than finite numbers.',
      outside: (x: string, y: string) => `position [${x}, ${y}] is outside the longitude/latitude range (is the file in EPSG:4326?).`,
    },
    /** A whole load of files. */
    load: {
      tooManyFeatures: (name: string, features: string, max: string) => `“${name}” holds ${features}; the limit is ${max}. Dissolve them first (e.g. mapshaper -dissolve).`,
      tooManyVerticesAll: (max: string) => `The files hold more than ${max} vertices; the limit is ${max}.`,
      /** `name`: null when there are several files; `oneDate`: the limit is one date's. */
      tooManyVertices: (name: string | null, max: string, oneDate: boolean) =>
        `${name === null ? 'The files hold' : `“${name}” holds`} more than ${max} vertices${oneDate ? ' on one date' : ''}; the limit is ${max}. Simplify it first (e.g. mapshaper -simplify).`,
      /** `first`: quoted already; `date`: ISO; `day`: the same, written (shortDate). */
      duplicate: (first: string, name: string, format: string, date: string, _day: string) =>
        `${first} and “${name}” are both ${format} of ${date}: load one of them (one line per source and date).`,
      /** `only`: what the file holds instead (`points`, `lines`, …), '' when nothing. */
      noPolygons: (name: string | null, only: string) =>
        `${name === null ? 'The files hold' : `“${name}” holds`} no polygons${only ? ` (only ${only})` : ''}; a line is the area one side holds, drawn as polygons.`,
      /** `description`: `describe` without its last full stop. */
      nothingCounted: (name: string | null, description: string) =>
        `${name === null ? 'The files hold' : `“${name}” holds`} no area counted as Russian-controlled or contested (${description}).`,
    },
    /** Counts: files, features, and what is not read as area. */
    files: { one: '{n} file', other: '{n} files' } as Plural,
    features: { one: '{n} feature', other: '{n} features' } as Plural,
    points: { one: '{n} point', other: '{n} points' } as Plural,
    lines: { one: '{n} line', other: '{n} lines' } as Plural,
    ringsNoArea: { one: '{n} ring without an area', other: '{n} rings without an area' } as Plural,
    noGeometry: { one: '{n} feature without geometry', other: '{n} features without geometry' } as Plural,
    /** What a file holds and how it counts (describeRead). */
    describe: {
      polygons: { one: '{n} polygon', other: '{n} polygons' } as Plural,
      russian: (list: string) => `Russian-controlled: ${list}.`,
      contested: (list: string) => `Contested: ${list}.`,
      notCounted: (list: string) => `Not counted: ${list}.`,
      nothing: 'Nothing counted.',
    },
    /** Repairs made to the polygons (joined by '; ', the first letter made a capital). */
    repairs: {
      selfIntersecting: { one: '{n} self-intersecting ring repaired', other: '{n} self-intersecting rings repaired' } as Plural,
      closed: { one: '{n} unclosed ring closed', other: '{n} unclosed rings closed' } as Plural,
      degenerate: { one: '{n} ring without an area dropped', other: '{n} rings without an area dropped' } as Plural,
      holesOutside: { one: '{n} hole outside its polygon ignored', other: '{n} holes outside their polygon ignored' } as Plural,
    },
    /** What kind of file it is (formats.ts). */
    format: {
      'deepstate-export': 'DeepState export',
      'deepstate-daily': 'DeepState daily polygon',
      'deepstate-history': 'DeepState history (a polygon per date)',
      isw: 'ISW/CTP layer',
      swapmap: 'swapmap line',
      plain: 'polygons',
    },
    /** What the features of a category are, in a few words, and why they count so (formats.ts). */
    category: {
      occupied: 'occupied',
      crimea: 'Crimea, held since 2014',
      ordlo: 'ORDLO, held since 2014',
      tuzla: 'Tuzla island',
      unknown: 'unknown status (grey zone)',
      liberated: 'liberated',
      zmiinyi: 'Snake Island (Ukrainian-held)',
      territories: 'territories outside Ukraine',
      territoriesNote: 'Transnistria, Abkhazia, …',
      statusOccupied: 'occupied / Russian-controlled',
      statusContested: 'contested / unknown status (grey zone)',
      statusLiberated: 'liberated / Ukrainian-controlled',
      /** A status value swapmap does not know; `empty` when the value is empty. */
      empty: '(empty)',
      unrecognisedNote: 'not a status swapmap knows',
      iswAdvances: 'assessed Russian advances',
      iswClaimed: 'claimed by Russia (not assessed)',
      iswClaimedNote: 'most media do not count claims',
      iswInfiltration: 'Russian infiltration',
      iswInfiltrationNote: 'not control',
      iswUkrainian: 'Ukrainian activity',
      iswControl: 'assessed Russian control',
      iswOther: 'ISW layer (not named)',
      iswOtherNote: 'the file name does not say which layer',
      russianControlled: 'Russian-controlled',
      contested: 'contested (grey zone)',
      polygons: 'polygons',
    },
    /** The line worker and the page's side of it. */
    worker: {
      lineOutside: 'The line has no area inside Ukraine’s oblasts.',
      failed: (detail: string) => `The line could not be computed (${detail}).`,
      cancelled: 'Cancelled.',
      superseded: 'A newer line was asked for.',
      stopped: (detail: string) => `The line worker stopped (${detail}).`,
      scriptError: 'script error',
      timeout: (seconds: string) => `Gave up after ${seconds} s: the file is too heavy to compute here.`,
      unexpected: 'unexpected answer from the line worker',
    },
    /** The map's own data files, checked when the page loads (data/validate.ts, data/load.ts). */
    data: {
      couldNotLoad: (file: string, detail: string) => `Could not load ${file}: ${detail}`,
      http: (file: string, status: string) => `Could not load ${file}: HTTP ${status}.`,
      places: (detail: string) => `Could not load places.json (${detail}).`,
      tooLarge: (label: string, size: string, limit: string) => `${label} is ${size}; the limit is ${limit}.`,
      json: (label: string, detail: string) => `${label} is not valid JSON (${detail}).`,
      noType: (label: string) => `${label} is not GeoJSON: it has no "type".`,
      featuresNotArray: (label: string) => `${label}: "features" is not an array.`,
      notCollection: (label: string, type: string) => `${label} is a GeoJSON ${type}; a FeatureCollection is expected.`,
      noFeatures: (label: string) => `${label} has no features.`,
      notFeature: (where: string) => `${where} is not a GeoJSON Feature.`,
      skipped: (where: string) => `${where} has no geometry and was skipped.`,
      badGeometry: (where: string) => `${where} has no valid geometry.`,
      /** `expected`: the types allowed, joined by `or`. */
      wrongType: (where: string, type: string, expected: string) => `${where} is a ${type}; expected ${expected}.`,
      or: ' or ',
      geometry: (where: string, problem: string) => `${where}: ${problem}`,
      noGeometries: (label: string) => `${label} has no features with a geometry.`,
      coordinatesNotArray: 'coordinates are not an array.',
      noPolygons: 'a MultiPolygon without polygons.',
      collection: 'GeometryCollection is not supported.',
      unknownType: 'unknown geometry type.',
      noRings: 'a polygon without rings.',
      notClosed: 'a polygon ring is not closed (first and last positions differ).',
      tooFew: (n: string, min: string) => `a ring or line has ${n} positions; at least ${min} are needed.`,
      positionNotArray: 'a position is not an array of numbers.',
      notFinite: 'a position holds something other than finite numbers.',
      outside: (x: string, y: string) => `position [${x}, ${y}] is outside longitude/latitude range (is the file in EPSG:4326?).`,
    },
  },
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
    placesRow: (n: number) => `row ${n} is not [lon, lat, population, name, name_uk?]`,
    /** What the people figures count: the floor, the units covered and the size of cities counted elsewhere (formatted). */
    peopleDefinition: (floor: string, list: string, cities: string) =>
      `People: the sum of the populations GeoNames gives (pre-2022 figures, CC BY 4.0) for the towns and villages of ` +
      `${floor}+ people whose point lies inside an area${list ? ` (in ${list}; elsewhere cities of ${cities}+)` : ''}.`,
    listAnd: (head: string, last: string) => `${head} and ${last}`,
    peopleLimits: 'Limits: towns only, pre-war figures, people have left: these are not today’s residents.',
  },
};

export type Messages = typeof en;
