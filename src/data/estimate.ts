/**
 * A published estimate of how many people live somewhere, as a data file in geodata/estimates/
 * (issue #12): shown beside the town sums, always with its date and its source. Only figures
 * the project has a citation for; adding a file adds an estimate, with no code change.
 */
import { isCyrillic, ukCitationsProblem, type Citation } from './scenario';
import { lang, locale, msg, type Lang } from '../text/i18n';
import { shortDate } from './dates';

/** What an estimate counts, so the app can set it beside its own sum of the same thing. */
export type EstimateScope =
  /** Everyone in the Ukrainian-held part of an oblast. */
  | { kind: 'ukrainian-held'; iso: string }
  /** Everyone in these places (GeoNames ids of towns on the map). */
  | { kind: 'places'; geonameids: number[] };

export interface Estimate {
  id: string;
  /** What is counted, in a few words ("People in the Ukrainian-held part of Donetsk oblast"). */
  what: string;
  /** People. */
  people: number;
  /** Whether the source gave it as "about". */
  approximate: boolean;
  /** When it holds: an ISO date or month ("2025-08-01", "2025-08"), or "pre-war" (before 24 Feb 2022). */
  when: string;
  scope: EstimateScope;
  note?: string;
  citations: Citation[];
  /** The texts in Ukrainian (what, note, citations): required of the bundled files. */
  uk?: { what: string; note?: string; citations: { source: string; title: string }[] };
}

/** Check a parsed estimate file; returns a message naming the first problem, or null. */
export function estimateProblem(e: unknown, file: string): string | null {
  const m = msg().data;
  if (typeof e !== 'object' || e === null) return m.notObject(file);
  const o = e as Record<string, unknown>;
  for (const k of ['id', 'what', 'when'] as const) if (typeof o[k] !== 'string' || !(o[k] as string)) return m.nonEmpty(file, k);
  if (!/^\d{4}-\d{2}(-\d{2})?$|^pre-war$/.test(o.when as string)) return m.estimateWhen(file);
  if (!Number.isInteger(o.people) || (o.people as number) <= 0) return m.estimatePeople(file);
  if (typeof o.approximate !== 'boolean') return m.estimateApproximate(file);
  const s = o.scope as Record<string, unknown> | null;
  const scopeOk =
    typeof s === 'object' &&
    s !== null &&
    ((s.kind === 'ukrainian-held' && typeof s.iso === 'string' && /^UA-\d\d$/.test(s.iso)) ||
      (s.kind === 'places' && Array.isArray(s.geonameids) && s.geonameids.length > 0 && s.geonameids.every((x) => Number.isInteger(x))));
  if (!scopeOk) return m.estimateScope(file);
  if (!Array.isArray(o.citations) || o.citations.length === 0) return m.citationRequired(file);
  for (const c of o.citations as unknown[]) {
    const cc = c as Record<string, unknown>;
    if (typeof cc?.source !== 'string' || typeof cc?.title !== 'string') return m.citationFields(file);
  }
  const uk = o.uk as Record<string, unknown> | undefined;
  if (typeof uk !== 'object' || uk === null) return m.ukMissing(file);
  if (typeof uk.what !== 'string' || !isCyrillic(uk.what)) return m.ukField(file, 'what');
  if (o.note !== undefined && (typeof uk.note !== 'string' || !isCyrillic(uk.note))) return m.ukField(file, 'note');
  return ukCitationsProblem(uk, o.citations as unknown[], file);
}

/** An estimate with its texts (what, note, citations) in a language, the current one by default. */
export function localEstimate(e: Estimate, l: Lang = lang()): Estimate {
  if (l !== 'uk' || !e.uk) return e;
  const uk = e.uk;
  return {
    ...e,
    what: uk.what,
    ...(e.note !== undefined && uk.note ? { note: uk.note } : {}),
    citations: e.citations.map((c, i) => ({ ...c, ...uk.citations[i] })),
  };
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** '2025-08-01' → '1 Aug 2025', '2025-08' → 'Aug 2025', 'pre-war' → 'before the war' (in the current language). */
export function estimateWhen(when: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(when);
  if (!m) return when === 'pre-war' ? msg().data.preWar : when;
  if (m[3]) return shortDate(when);
  if (lang() === 'en') return `${msg().common.monthsShort[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  let f = monthFormats.get(lang());
  if (!f) monthFormats.set(lang(), (f = new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  // Without «р.», as shortDate writes Ukrainian dates: «серпень 2025».
  return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).replace(/\s*р\.$/, '');
}
