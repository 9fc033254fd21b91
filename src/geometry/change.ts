/**
 * What changed between two dated lines (issue #15, "compare two dates"): per oblast, the
 * Russian-controlled area on the later line that was not Russian-controlled on the earlier one
 * (`gained`: taken in between) and the reverse (`lost`: retaken by Ukraine). Contested areas
 * count as neither side's, as in the figures. Pure: GeoJSON in, GeoJSON and km² out.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LineCollection, OblastCollection } from '../data/types';
import { SLIVER_KM2 } from './swap';
import { areaKm2, dropSlivers, subtract, unite, type Areal } from './polygons';

export type ChangeKind = 'gained' | 'lost';

export interface ChangeProps {
  kind: ChangeKind;
  iso: string;
  oblast: string;
  /** Geodesic area, km² (rounded to 1 km²). */
  areaKm2: number;
}

export interface OblastChange {
  iso: string;
  oblast: string;
  /** Russian-controlled on the later date only, km². */
  gainedKm2: number;
  /** Russian-controlled on the earlier date only, km². */
  lostKm2: number;
}

export interface LineChange {
  /** The earlier and the later date (ISO), as given. */
  from: string;
  to: string;
  features: FeatureCollection<Areal, ChangeProps>;
  oblasts: OblastChange[];
  gainedKm2: number;
  lostKm2: number;
  /** Pieces under {@link SLIVER_KM2} dropped (edges of two lines drawn apart), and their area. */
  slivers: { count: number; areaKm2: number };
}

/** The Russian-controlled area of a line in one oblast (a derived line has one feature per oblast and status). */
function heldIn(line: LineCollection, iso: string): Areal | null {
  return unite(line.features.filter((f) => f.properties.oblast === iso && f.properties.status === 'russian-controlled').map((f) => f.geometry as Areal));
}

const round = (x: number) => Math.round(x);

/**
 * The change from line `from` (dated `fromDate`) to line `to`: both are lines as derived for the
 * map (clipped to the oblasts, one feature per oblast and status). Order matters only for the
 * words: `gained` is what `to` holds and `from` did not.
 */
export function lineChange(oblasts: OblastCollection, from: LineCollection, to: LineCollection, fromDate: string, toDate: string, sliverKm2 = SLIVER_KM2): LineChange {
  const features: Feature<Areal, ChangeProps>[] = [];
  const perOblast: OblastChange[] = [];
  let slivers = 0;
  let sliverArea = 0;
  let gainedKm2 = 0;
  let lostKm2 = 0;
  for (const o of oblasts.features) {
    const { iso, name } = o.properties;
    const a = heldIn(from, iso);
    const b = heldIn(to, iso);
    if (!a && !b) continue;
    const sums = { gained: 0, lost: 0 };
    for (const [kind, g] of [['gained', subtract(b, a)], ['lost', subtract(a, b)]] as [ChangeKind, Areal | null][]) {
      const kept = dropSlivers(g, sliverKm2);
      slivers += kept.dropped;
      sliverArea += kept.droppedKm2;
      if (!kept.kept) continue;
      const km2 = areaKm2(kept.kept);
      sums[kind] = km2;
      features.push({ type: 'Feature', properties: { kind, iso, oblast: name, areaKm2: round(km2) }, geometry: kept.kept });
    }
    gainedKm2 += sums.gained;
    lostKm2 += sums.lost;
    if (sums.gained || sums.lost) perOblast.push({ iso, oblast: name, gainedKm2: round(sums.gained), lostKm2: round(sums.lost) });
  }
  return {
    from: fromDate,
    to: toDate,
    features: { type: 'FeatureCollection', features },
    oblasts: perOblast,
    gainedKm2: round(gainedKm2),
    lostKm2: round(lostKm2),
    slivers: { count: slivers, areaKm2: Math.round(sliverArea * 10) / 10 },
  };
}
