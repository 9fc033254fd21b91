/** The attribution entries of geodata/sources.json. */
export interface SourcesFile {
  attribution: { label: string; licence: string; url?: string }[];
}

/** The front line is the project's own work; it is credited beside the data sources. */
export const LINE_CREDIT = 'Front line: swapmap approximation from public reporting (see README)';

/**
 * Attribution HTML for MapLibre's control. Labels come from our own committed file, but are
 * escaped all the same: nothing from a data file is ever inserted as markup.
 */
export function attributionHtml(src: SourcesFile): string {
  const items = src.attribution.map((a) => {
    const text = `${escapeHtml(a.label)} (${escapeHtml(a.licence)})`;
    return a.url && /^https:\/\//.test(a.url) ? `<a href="${escapeHtml(a.url)}" target="_blank" rel="noopener">${text}</a>` : text;
  });
  items.push(escapeHtml(LINE_CREDIT));
  return items.join(' · ');
}

/** The same attribution as plain lines of text (for exports). */
export function attributionText(src: SourcesFile): string[] {
  return [...src.attribution.map((a) => `${a.label} (${a.licence})`), LINE_CREDIT];
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
