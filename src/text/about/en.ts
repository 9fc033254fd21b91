/**
 * The prose of the About / method dialog (issue #11) in English, written from README.md,
 * geodata/README.md and geodata/lines/README.md. Plain text only: the dialog sets it with
 * textContent. Loaded only when the dialog opens (ui/about.ts), one language's document at a
 * time: it is not in the first visit's JavaScript. The headings, the title and the Close button
 * are in the catalogue (`layout.about*`); the scenarios' sources and the data licences are read
 * from their files (geodata/scenarios/, geodata/sources.json).
 */

/** One section: paragraphs, and an optional list (its heading is `layout.aboutHeadings[id]`). */
export interface AboutSection {
  id: string;
  paragraphs: string[];
  list?: string[];
  /** Paragraphs after the list. */
  after?: string[];
}

/** The About dialog's text in one language: every language's document has this type. */
export interface AboutText {
  sections: AboutSection[];
  /** Under the heading of the scenarios. */
  scenariosIntro: string;
  /** When a scenario's terms were reported (the date formatted). */
  reported: (date: string) => string;
  /** The attribution line: the labels with their licences, joined. */
  attribution: (list: string) => string;
  /** A data file's licence. */
  licence: (licence: string) => string;
  /**
   * A data file's source and licence in this language, by its name in geodata/sources.json. A
   * file not here is told as sources.json tells it (in English): the English document has none.
   */
  files: Record<string, { source: string; licence: string }>;
  /** Attribution labels and licences of sources.json in this language ("public domain"); others as they are. */
  terms: Record<string, string>;
  /** Data licences that are not in geodata/sources.json: the line, the map library, the app. */
  licenceNotes: string[];
  /** How the data files were made. */
  footer: string;
}

export const about: AboutText = {
  sections: [
    {
      id: 'about-shows',
      paragraphs: [
        'swapmap shows the territorial swap reported after the Trump–Putin summit in Alaska on 15 August 2025 — Russia would get the parts of Donetsk and Luhansk oblasts that Ukraine still held, the lines in Zaporizhzhia and Kherson oblasts would be frozen, and Russia would hand back the areas it held in Kharkiv, Sumy and Dnipropetrovsk oblasts — against the front line of that day. It is a reported proposal, not an agreement. Later versions of the proposal (the November 2025 28-point plan, the “northern pockets only” reading) are scenarios, each with its sources (below).',
        'Every layer of the proposal is computed in the page from two inputs: the oblast polygons and the Russian-controlled area on a stated date. The figures panel gives, for the chosen scenario, km² and % of the oblast for every part, the totals, the net change for each side and the ratio ceded : returned.',
      ],
      list: [
        'Russian-controlled: the area Russia controlled on the line’s date, with its contact line; a small grey zone is drawn as contested.',
        'Russian-held before 24 Feb 2022: Crimea, Sevastopol and the 2015–2022 line of contact in Donetsk and Luhansk oblasts.',
        'Proposal: ceded (hatched): Ukrainian-controlled land a scenario gives to Russia — the oblast minus its Russian-controlled area.',
        'Proposal: line frozen (dashed): the contact line where a scenario freezes it.',
        'Proposal: returned (dotted): Russian-held land a scenario gives back — the Russian-controlled area in the oblast, or in a stated box of it for partial readings.',
        'Proposal: Russian-controlled after: the area Russia would control after the swap, and its new line.',
      ],
      after: [
        'Ceded land is hatched and returned land dotted, so the two differ by pattern as well as by colour (colour-blind-safe Okabe–Ito hues). The words are neutral: “reported proposal”, “Russian-controlled” or “Russian-held”, “Ukrainian-controlled”; place names follow Ukraine’s national transliteration (Kyiv, Kostiantynivka).',
      ],
    },
    {
      id: 'about-line',
      paragraphs: [
        'The built-in line of 15 August 2025 is swapmap’s own approximation of publicly reported control, not a survey. It follows what the Institute for the Study of War (ISW) daily assessments of 14–16 August 2025, DeepState’s daily reports of the same days, the Ukrainian General Staff reports and Reuters, AP, Kyiv Independent and Ukrainska Pravda reporting said about which settlements each side held. No geometry was copied from DeepStateMap, ISW or any other map.',
        'The line is drawn through ordered waypoints, each placed at a settlement whose control that day was reported, or between a settlement reported Ukrainian-held and one reported Russian-held; between them its position is an interpolation. Each waypoint states how far off it may be:',
      ],
      list: [
        '±2–3 km along most of the front: the Kharkiv border pockets, Siversk, Chasiv Yar – Kostiantynivka – Toretsk (±2 km), Orikhiv – Robotyne – Stepnohirsk – Kamianske.',
        '±3 km around Pokrovsk and Myrnohrad; ±3–4 km north of Lyman; ±4 km along the Dnipropetrovsk border and on the Huliaipole approaches.',
        '±5 km, the least sure stretch: east of the Oskil from Kupiansk to Borova, drawn through the contested villages; also the eastern flank of the Sumy pocket.',
        'The Dobropillia salient of 11–13 August 2025 (~90 km²) is drawn as contested (grey), not as Russian-controlled. Contested land counts as not Russian-controlled in every figure.',
        'The Russian-controlled area stops at the left (south-east) bank of the Dnipro: the river and the former Kakhovka reservoir are not counted as held by either side. Drawn mid-river, Kherson’s share would be about 1.5 points higher.',
        'The line of 23 February 2022 (Crimea, Sevastopol and the 2015–2022 line of contact) rests on the OSCE Special Monitoring Mission’s daily reports and the settlement lists of Verkhovna Rada resolution 254-VIII (2015) and Law 2268-VIII (2018): ±1–2 km.',
      ],
      after: [
        'Published figures differ from the ones here by a few hundred km², with the source and the date. For an authoritative line, load a DeepStateMap or ISW/CTP export (“Load a line file…”, a file you are licensed to use): the map, the figures, the popup and every export then use it, and the credits name it.',
      ],
    },
    {
      id: 'about-swap',
      paragraphs: [
        'For each oblast, R is the Russian-controlled area on the line’s date and U = oblast − R, the Ukrainian-held rest. A scenario names an action per oblast: cede — U goes to Russia; return — R goes to Ukraine; freeze — nothing moves. An optional box limits cede or return to part of an oblast (the “northern pockets” reading returns only the Russian-held land north of 50.05° N).',
        'Unions, intersections and differences use Clipper2 on coordinates at 1 cm; areas are spherical (Turf), in km² and as a share of the oblast polygon, which includes reservoirs and river water. The contact line, the frozen line and the proposed line are read off the edges of the pieces: an edge is a line unless it runs along the state border or the coast, or along an oblast border with the same side’s area across it.',
      ],
    },
    {
      id: 'about-rules',
      paragraphs: [
        'No two sources draw the state border and the coast alike, and imperfect edges leave crumbs. The rules, with a tolerance of 2 km:',
      ],
      list: [
        'Slivers: pieces under 0.5 km² left by imperfect edges are dropped; their count and area are given under the figures.',
        'Artefacts: a piece of the Ukrainian-held remainder that is cut off from all other Ukrainian-held land, touches the line and is thinner than 2 km — or lies against the state border or the coast and is thinner than 6 km — is a drawing artefact of the line’s source. It is counted as Russian-held: it is neither ceded nor left between the two lines. Islands and spits the line does not touch, and wider pockets, stay as they are.',
        'Pieces just outside: a Russian-held piece of a loaded line that lies outside the oblasts, wholly within 2 km of the state border or the coast, is added to the oblast along which it lies.',
      ],
      after: ['Artefacts and pieces just outside are reported under the figures too (count, km²).'],
    },
  ],
  scenariosIntro:
    'Each scenario is a file in geodata/scenarios/: per oblast an action (cede, freeze or return, optionally limited to a box), a neutral description and the reports it rests on.',
  reported: (date) => `Terms reported ${date}.`,
  attribution: (list) => `Attribution, on the map and in every export: ${list} · front line: swapmap approximation from public reporting.`,
  licence: (licence) => `Licence: ${licence}`,
  files: {},
  terms: {},
  licenceNotes: [  'Front lines: authored by swapmap from public reporting (method above). They follow the OpenStreetMap state border and coast, like the oblast polygons and the countries: these files and the app’s exports are derived databases under the Open Database Licence (ODbL 1.0) — keep the attribution “© OpenStreetMap contributors” and the licence with them.',
    'Map library: MapLibre GL JS (BSD-3-Clause). Page font: Noto Sans (OFL-1.1). The app’s code: MIT.',
  ],
  footer:
    'Every data file is produced by the project’s scripts from named npm and Debian packages, or authored by the project with its method written down (geodata/README.md, geodata/lines/README.md).',
};
