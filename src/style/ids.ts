/** Source ids: one per data file the style draws. */
export const SOURCE = {
  countries: 'countries',
  oblasts: 'oblasts',
  oblastLabels: 'oblast-labels',
  water: 'water',
  waterLabels: 'water-labels',
  towns: 'towns',
  line2025: 'line-2025-08-15',
  line2022: 'line-2022-02-23',
  contact: 'contact-line',
  swapParts: 'swap-parts',
  swapProposed: 'swap-proposed',
  frozenLine: 'swap-frozen-line',
  proposedLine: 'swap-proposed-line',
  /** What changed between the line compared with and the line shown (issue #15). */
  change: 'line-change',
  /** Exports only: the on-map labels of the ceded and returned totals. */
  exportLabels: 'export-labels',
  /** Exports only: guards along the map's edges, so that no label is cut there. */
  exportGuards: 'export-guards',
} as const;

/** Layer ids, bottom to top. Tests and UI controls refer to layers only through these. */
export const LAYER = {
  background: 'background',
  countries: 'countries-fill',
  countryBorders: 'countries-border',
  oblastFill: 'oblasts-fill',
  focusFill: 'oblasts-focus-fill',
  water: 'water-fill',
  rivers: 'rivers',
  majorRivers: 'rivers-major',
  line2022Fill: 'line-2022-fill',
  line2025Fill: 'line-2025-fill',
  contested2025Fill: 'line-2025-contested-fill',
  proposedFill: 'proposed-fill',
  cedeFill: 'cede-fill',
  cedePattern: 'cede-pattern',
  returnFill: 'return-fill',
  returnPattern: 'return-pattern',
  changeFill: 'change-fill',
  changeOutline: 'change-outline',
  line2022Outline: 'line-2022-outline',
  contact2025: 'line-2025-contact',
  cedeOutline: 'cede-outline',
  returnOutline: 'return-outline',
  frozenLine: 'frozen-line',
  proposedLine: 'proposed-line',
  oblastBorders: 'oblasts-border',
  focusBorders: 'oblasts-focus-border',
  waterLabels: 'water-labels',
  riverLabels: 'river-labels',
  // MapLibre places the labels of upper layers first. Smaller towns' names (rank 2–3) yield to the
  // oblasts'; the oblasts' yield to (or move off) the cities' (rank 1), so that a city's name is
  // never hidden under its oblast's (issue #11).
  minorTownLabels: 'towns-label-minor',
  oblastLabels: 'oblasts-label',
  townDots: 'towns-dot',
  townLabels: 'towns-label',
  exportLabels: 'export-labels',
  exportGuards: 'export-guards',
} as const;

/** The transparent icon of the export's edge guards (see export/frame.ts). */
export const GUARD_IMAGE = 'export-edge-guard';

export type LayerId = (typeof LAYER)[keyof typeof LAYER];
