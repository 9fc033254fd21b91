const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2025-08-15' → '15 Aug 2025' ('' → 'undated'; anything else is returned as it is). */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso || 'undated';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** '2025-08-15' → '15 August 2025' ('' → 'an undated day'). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso || 'an undated day';
  return `${Number(m[3])} ${LONG[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
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
  return `This version was reported on ${shortDate(reported)}; the line shown is of ${shortDate(lineDate)}, ${span} ${d < 0 ? 'earlier' : 'later'}: the areas it would move are those of this line, not of the line the reports spoke of.`;
}

/** How far apart two ISO dates are, in words: "45 days", "3 months". */
export function spanBetween(a: string, b: string): string {
  const n = Math.abs(daysBetween(a, b) ?? 0);
  return n >= 60 ? `${Math.round(n / 30.44)} months` : `${n} days`;
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
