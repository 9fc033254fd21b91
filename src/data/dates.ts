import { lang, locale, msg, plural } from '../text/i18n';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date in Ukrainian, by `Intl` ("15 серп. 2025", "15 серпня 2025"). */
function intlDate(y: number, m: number, d: number, month: 'short' | 'long'): string {
  const key = `${lang()}|${month}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale(), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' })));
  // Without the year's abbreviation «р.»: a date then ends a sentence with the sentence's own full
  // stop («… станом на 15 серпня 2025.»), never «р..», and labels stay short.
  return f
    .formatToParts(Date.UTC(y, m - 1, d))
    .filter((p, i, all) => !(p.type === 'literal' && i === all.length - 1 && /р\./.test(p.value)))
    .map((p) => p.value)
    .join('')
    .trim();
}

/**
 * '2025-08-15' → '15 Aug 2025' ('' → 'undated'; anything else is returned as it is). Ukrainian
 * dates come from `Intl`; English ones from the catalogue's month names, which do not change with
 * the ICU version ("Sep", where newer ICU writes "Sept").
 */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso || msg().common.undated;
  if (lang() !== 'en') return intlDate(Number(m[1]), Number(m[2]), Number(m[3]), 'short');
  return `${Number(m[3])} ${msg().common.monthsShort[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** '2025-08-15' → '15 August 2025' ('' → 'an undated day'). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso || msg().common.undatedDay;
  if (lang() !== 'en') return intlDate(Number(m[1]), Number(m[2]), Number(m[3]), 'long');
  return `${Number(m[3])} ${msg().common.monthsLong[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Whole days from one ISO date to another (negative when `b` is earlier); null unless both are dates. */
export function daysBetween(a: string, b: string): number | null {
  const ok = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (!ok(a) || !ok(b)) return null;
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * When a scenario is shown on a line more than a month away from the date its terms were reported,
 * a sentence that says so (the areas it names were measured on another line); '' otherwise.
 */
export function scenarioLineGap(reported: string, lineDate: string): string {
  const d = daysBetween(reported, lineDate);
  if (d === null || Math.abs(d) <= 31) return '';
  const span = spanBetween(reported, lineDate);
  const c = msg().common;
  return c.lineGap(shortDate(reported), shortDate(lineDate), span, d < 0 ? c.earlier : c.later);
}

/** How far apart two ISO dates are, in words: "45 days", "3 months". */
export function spanBetween(a: string, b: string): string {
  const n = Math.abs(daysBetween(a, b) ?? 0);
  return n >= 60 ? plural(Math.round(n / 30.44), msg().common.months) : plural(n, msg().common.days);
}

/** Of `dates` (ISO), the one nearest to `target`, the earlier on a tie; null when none is a date. */
export function nearestDate(target: string, dates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDays = Infinity;
  for (const d of [...dates].sort()) {
    const n = daysBetween(target, d);
    if (n !== null && Math.abs(n) < bestDays) {
      best = d;
      bestDays = Math.abs(n);
    }
  }
  return best;
}
