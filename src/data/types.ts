import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** An oblast (admin-1 unit) of Ukraine, from geodata/oblasts.geojson. */
export interface OblastProps {
  /** ISO 3166-2 code, e.g. "UA-14". */
  iso: string;
  /** Current English name, e.g. "Donetsk". */
  name: string;
  name_uk: string;
  /** One of the seven oblasts the reported proposal names. */
  focus: boolean;
}

export interface CountryProps {
  name: string;
  iso_a3?: string;
}

export interface WaterProps {
  kind: 'reservoir' | 'lake' | 'river';
  name?: string;
  rank?: number;
}

export interface TownProps {
  name: string;
  name_uk: string;
  geonameid: number;
  population: number;
  country: string;
  /** 1: largest / oblast centres, 3: smallest. */
  rank: number;
}

export type ControlStatus = 'russian-controlled' | 'contested';

/** One feature of a dated line file (geodata/lines/YYYY-MM-DD.geojson). */
export interface LineProps {
  status: ControlStatus;
  /** ISO date the line describes. */
  date: string;
  sources: string[];
  /** ISO 3166-2 code of the oblast the piece lies in, when the file is split by oblast. */
  oblast?: string;
}

export type Areal = Polygon | MultiPolygon;
export type OblastCollection = FeatureCollection<Areal, OblastProps>;
export type CountryCollection = FeatureCollection<Areal, CountryProps>;
export type WaterCollection = FeatureCollection<Areal | LineString | MultiLineString, WaterProps>;
export type TownCollection = FeatureCollection<Point, TownProps>;
export type LineCollection = FeatureCollection<Areal, LineProps>;
export type OblastFeature = Feature<Areal, OblastProps>;

/** Everything the map draws, as loaded and validated. */
export interface MapData {
  oblasts: OblastCollection;
  countries: CountryCollection;
  water: WaterCollection;
  towns: TownCollection;
  /** Lines keyed by their date (ISO), e.g. "2025-08-15". */
  lines: Record<string, LineCollection>;
}
