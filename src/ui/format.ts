import { msg, num } from '../text/i18n';

/** km² as the figures show them: whole, with the language's thousands separators. */
export const km2 = (x: number) => `${num(Math.round(x))} ${msg().common.km2}`;

/** A share (0–1) as a percentage with one decimal ("12.3 %", "12,3 %"). */
export const pct = (x: number) => `${num(x * 100, 1)} %`;

/** A count of people or places: whole, with thousands separators. */
export const count = (x: number) => num(Math.round(x));
