import type { Map as MlMap } from 'maplibre-gl';
import { msg } from '../text/i18n';

/** The attribution entries of geodata/sources.json. */
export interface SourcesFile {
  attribution: { label: string; licence: string; url?: string }[];
}

/**
 * Attribution HTML of the data sources for MapLibre's control (the line's credit is added by the
 * app, since it changes with the line). Labels come from our own committed file, but are
 * escaped all the same: nothing from a data file is ever inserted as markup.
 */
export function attributionHtml(src: SourcesFile): string {
  const items = src.attribution.map((a) => {
    const text = `${escapeHtml(word(a.label))} (${escapeHtml(word(a.licence))})`;
    return a.url && /^https:\/\//.test(a.url) ? `<a href="${escapeHtml(a.url)}" target="_blank" rel="noopener">${text}</a>` : text;
  });
  return items.join(' · ');
}

/** The same attribution as plain lines of text (for exports; the line's own credit follows it). */
export function attributionText(src: SourcesFile): string[] {
  return src.attribution.map((a) => `${word(a.label)} (${word(a.licence)})`);
}

/** A label or licence of sources.json in the current language (the data's English when the catalogue has no other). */
const word = (s: string): string => msg().page.attributionWords[s] ?? s;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * MapLibre folds the attribution behind an (i) button on a map 640 px wide or less, but shows it
 * open until the map is first dragged; on a phone or side by side it then covers the bottom of
 * the map. Start it folded instead, each time the map becomes that narrow: a tap on (i) opens it.
 */
export function foldAttributionWhenNarrow(map: Pick<MlMap, 'getContainer' | 'on'>): void {
  let compact = false;
  const check = () => {
    const a = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    const now = a?.classList.contains('maplibregl-compact') ?? false;
    if (now && !compact) a?.classList.remove('maplibregl-compact-show');
    compact = now;
  };
  check();
  map.on('resize', check);
}
