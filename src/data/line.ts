import type { FeatureCollection } from 'geojson';
import type { ControlStatus, LineCollection, LineProps } from './types';
import { AREAL, parseGeoJSON, type Result } from './validate';

const STATUSES: readonly ControlStatus[] = ['russian-controlled', 'contested'];

/**
 * Read a line file: the project's own, or another source's export (polygons of the
 * Russian-controlled area, possibly with a Z value and without our properties). Features
 * without a known `status` count as Russian-controlled; a missing date stays empty.
 */
export function parseLine(text: string, label: string): Result<LineCollection> {
  const r = parseGeoJSON(text, { label, allowed: AREAL });
  if (!r.ok) return r;
  return { ok: true, value: normalizeLine(r.value), warnings: r.warnings };
}

export function normalizeLine(fc: FeatureCollection): LineCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const props: LineProps = {
        status: STATUSES.includes(p.status as ControlStatus) ? (p.status as ControlStatus) : 'russian-controlled',
        date: typeof p.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? p.date : '',
        sources: Array.isArray(p.sources) ? p.sources.filter((s): s is string => typeof s === 'string') : [],
      };
      if (typeof p.oblast === 'string') props.oblast = p.oblast;
      return { type: 'Feature', properties: props, geometry: f.geometry as LineCollection['features'][number]['geometry'] };
    }),
  };
}

/** The date a line describes: the date its features carry, if they agree. */
export function lineDate(line: LineCollection): string {
  const dates = new Set(line.features.map((f) => f.properties.date).filter(Boolean));
  return dates.size === 1 ? [...dates][0]! : '';
}
