/** km² as the figures show them: whole, with thousands separators. */
export const km2 = (x: number) => `${Math.round(x).toLocaleString('en-GB')} km²`;

/** A share (0–1) as a percentage with one decimal. */
export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** A count of people or places: whole, with thousands separators. */
export const count = (x: number) => Math.round(x).toLocaleString('en-GB');
