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
  exportImage: {},
  csv: {},
  cli: {},
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
  data: {},
};

export type Messages = typeof en;
