/**
 * Place names in the page's language: the data's `name` (the national transliteration:
 * Kostiantynivka, Huliaipole, Kupiansk) in English, its `name_uk` (Cyrillic) in Ukrainian.
 * Oblasts are named by ISO code wherever a result carries only the code and its English name:
 * {@link registerOblastNames} is given the oblasts once (the app and the CLI do it on loading).
 */
import { lang, type Lang } from './i18n';

export interface Named {
  name: string;
  name_uk?: string | null;
}

/** A feature's name in the current language (the English one when the data have no Ukrainian). */
export function localName(p: Named, l: Lang = lang()): string {
  return l === 'uk' && p.name_uk ? p.name_uk : p.name;
}

const oblasts = new Map<string, Named>();

/** The oblasts' names, by ISO code (from geodata/oblasts.geojson). */
export function registerOblastNames(features: readonly { properties: Named & { iso: string } }[]): void {
  for (const f of features) oblasts.set(f.properties.iso, { name: f.properties.name, name_uk: f.properties.name_uk });
}

/** An oblast's name in the current language by its ISO code; `fallback` (its English name) when it is not registered. */
export function oblastName(iso: string, fallback = iso, l: Lang = lang()): string {
  const n = oblasts.get(iso);
  return n ? localName(n, l) : fallback;
}
