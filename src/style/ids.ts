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
  line2025Outline: 'line-2025-outline',
  line2022Outline: 'line-2022-outline',
  oblastBorders: 'oblasts-border',
  focusBorders: 'oblasts-focus-border',
  ukraineBorder: 'ukraine-border',
  waterLabels: 'water-labels',
  riverLabels: 'river-labels',
  townDots: 'towns-dot',
  townLabels: 'towns-label',
  oblastLabels: 'oblasts-label',
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];
