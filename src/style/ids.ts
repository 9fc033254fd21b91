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
} as const;

/** Layer ids, bottom to top. Tests and UI controls refer to layers only through these. */
export const LAYER = {
  background: 'background',
  countries: 'countries-fill',
  countryBorders: 'countries-border',
  oblastFill: 'oblasts-fill',
  water: 'water-fill',
  rivers: 'rivers',
  line2022Fill: 'line-2022-fill',
  line2025Fill: 'line-2025-fill',
  proposedFill: 'proposed-fill',
  cedeFill: 'cede-fill',
  cedePattern: 'cede-pattern',
  returnFill: 'return-fill',
  returnPattern: 'return-pattern',
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
  townDots: 'towns-dot',
  townLabels: 'towns-label',
  oblastLabels: 'oblasts-label',
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];
