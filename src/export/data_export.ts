/**
 * Data exports of a scenario: its computed layers as one GeoJSON FeatureCollection and its
 * figures as CSV, each carrying where the numbers come from. Pure: no DOM, no map, no clock.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Scenario } from '../data/scenario';
import type { SwapResult } from '../geometry/swap';

/** The current line's date and source, as the app cites it. */
export interface LineInfo {
  date: string;
  source: string;
}

/** Provenance carried by every export. */
export interface Provenance {
  scenario: Scenario;
  line: LineInfo;
  /** Plain-text attribution of every data source. */
  attribution: readonly string[];
}

/** Units of the numeric properties, stated in the exports. */
export const UNITS = {
  areaKm2: 'square kilometres (km²), geodesic area of the polygon (Turf)',
  shareOfOblast: 'fraction 0–1 of the oblast polygon',
  coordinates: 'WGS 84 longitude, latitude in degrees',
} as const;

/** Which computed layer a feature of the GeoJSON export belongs to. */
export type ExportLayer = 'part' | 'proposed-area' | 'frozen-line' | 'proposed-line';

/** File-name-safe form of a text (lower case, dashes). */
function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'none';
}

/**
 * The export's file name: `swapmap-SCENARIO-DATE[SUFFIX].EXT`, e.g.
 * `swapmap-aug-2025-2025-08-15-1200x630.png`. `suffix` names the size (`1200x630`, `@2x`).
 */
export function exportFileName(scenarioId: string, lineDate: string, ext: 'png' | 'geojson' | 'csv', suffix = ''): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(lineDate) ? lineDate : 'undated';
  const sfx = suffix === '' ? '' : suffix.startsWith('@') ? `@${slug(suffix.slice(1))}` : `-${slug(suffix)}`;
  return `swapmap-${slug(scenarioId)}-${date}${sfx}.${ext}`;
}

function citationText(c: Scenario['citations'][number]): string {
  return `${c.source}: ${c.title}${c.url ? ` <${c.url}>` : ''}`;
}

function metadata(p: Provenance) {
  return {
    generator: 'swapmap',
    scenario: {
      id: p.scenario.id,
      title: p.scenario.title,
      reported: p.scenario.reported,
      description: p.scenario.description,
      citations: p.scenario.citations.map((c) => ({ ...c })),
    },
    line: { date: p.line.date, source: p.line.source, meaning: 'Russian-controlled area on this date' },
    attribution: [...p.attribution],
    units: { ...UNITS },
    note: 'A reported proposal, not an agreement. Areas are computed by swapmap from the line and the oblast polygons.',
  };
}

/** The GeoJSON export: a FeatureCollection with a top-level `metadata` member. */
export type ExportCollection = FeatureCollection<Geometry, Record<string, unknown> & { layer: ExportLayer }> & {
  metadata: ReturnType<typeof metadata>;
};

/**
 * The computed layers of one scenario (parts, proposed area, frozen line, proposed line) as one
 * FeatureCollection; each feature's `layer` property says which. Empty layers add no features.
 */
export function scenarioGeoJson(result: SwapResult, p: Provenance): ExportCollection {
  const tag = <G extends Geometry, P>(layer: ExportLayer, fc: FeatureCollection<G, P>) =>
    fc.features
      .filter((f) => f.geometry)
      .map((f): Feature<Geometry, Record<string, unknown> & { layer: ExportLayer }> => ({
        type: 'Feature',
        properties: { layer, ...(f.properties as Record<string, unknown>) },
        geometry: f.geometry,
      }));
  return {
    type: 'FeatureCollection',
    metadata: metadata(p),
    features: [
      ...tag('part', result.parts),
      ...tag('proposed-area', result.proposed),
      ...tag('frozen-line', result.frozenLine),
      ...tag('proposed-line', result.proposedLine),
    ],
  };
}

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A `#` comment line: one physical line, whatever the text holds, and one CSV cell (quoted when
 * the text has a comma or a quote), so a file name such as `x,=1+1.geojson` cannot spill into
 * cells of its own, where a spreadsheet would run `=1+1`.
 */
const comment = (s: string) => csvField(`# ${s.replace(/[\r\n]+/g, ' ')}`);

/**
 * The figures table as CSV: one row per oblast and part (iso, oblast, part, area_km2,
 * share_of_oblast), then one totals row per part (iso `TOTAL`), after `#` lines of provenance.
 */
export function figuresCsv(result: SwapResult, p: Provenance): string {
  const lines: string[] = [
    comment(`swapmap figures: ${p.scenario.title} (scenario ${p.scenario.id}; reported ${p.scenario.reported})`),
    comment('A reported proposal, not an agreement.'),
    ...p.scenario.citations.map((c) => comment(`Citation: ${citationText(c)}`)),
    comment(`Line: Russian-controlled area on ${p.line.date || 'an undated line'} (${p.line.source})`),
    comment(`Attribution: ${p.attribution.join(' · ')}`),
    comment(`Units: area_km2 in ${UNITS.areaKm2}; share_of_oblast as a ${UNITS.shareOfOblast}`),
    'iso,oblast,part,area_km2,share_of_oblast',
  ];
  for (const f of result.parts.features) {
    const q = f.properties;
    lines.push([q.iso, q.oblast, q.part, q.areaKm2, q.shareOfOblast].map(csvField).join(','));
  }
  // The totals of the figures panel and `npm run figures`, not a re-sum of the rounded rows.
  const t = result.totals;
  const totals = { cede: t.cedeKm2, freeze: t.freezeKm2, return: t.returnKm2 } as const;
  for (const part of ['cede', 'freeze', 'return'] as const) {
    lines.push(['TOTAL', 'all oblasts', part, totals[part], null].map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * The figures of one scenario on one or several dates as a plain CSV table: a header row, then one
 * row per date × oblast × part (`cede`, `freeze`, `return`, and `held-before` / `held-after` for
 * the Russian-held area before and after), with the date in every row. For spreadsheets and
 * scripts: no comment lines, every cell quoted as needed and defused.
 */
export function figuresTableCsv(rows: readonly { date: string; result: Pick<SwapResult, 'oblasts'> }[], scenario: Pick<Scenario, 'id'>): string {
  const out = ['date,scenario,iso,oblast,part,area_km2,share_of_oblast'];
  for (const { date, result } of rows)
    for (const o of result.oblasts) {
      // Oblasts where nothing is held or moves (most of the country) would be rows of zeros.
      if (o.russianBeforeKm2 === 0 && o.cedeKm2 === 0) continue;
      const parts: [string, number][] = [
        ['held-before', o.russianBeforeKm2],
        ['cede', o.cedeKm2],
        ['freeze', o.freezeKm2],
        ['return', o.returnKm2],
        ['held-after', o.russianAfterKm2],
      ];
      for (const [part, km2] of parts) {
        if (km2 === 0 && part !== 'held-before') continue;
        out.push([date, scenario.id, o.iso, o.oblast, part, km2, o.oblastKm2 ? Math.round((km2 / o.oblastKm2) * 10000) / 10000 : null].map(csvField).join(','));
      }
    }
  return out.join('\r\n') + '\r\n';
}
