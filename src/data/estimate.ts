/**
 * A published estimate of how many people live somewhere, as a data file in geodata/estimates/
 * (issue #12): shown beside the town sums, always with its date and its source. Only figures
 * the project has a citation for; adding a file adds an estimate, with no code change.
 */
import type { Citation } from './scenario';

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
}

/** Check a parsed estimate file; returns a message naming the first problem, or null. */
export function estimateProblem(e: unknown, file: string): string | null {
  if (typeof e !== 'object' || e === null) return `${file}: not an object.`;
  const o = e as Record<string, unknown>;
  for (const k of ['id', 'what', 'when'] as const) if (typeof o[k] !== 'string' || !(o[k] as string)) return `${file}: "${k}" must be a non-empty string.`;
  if (!/^\d{4}-\d{2}(-\d{2})?$|^pre-war$/.test(o.when as string)) return `${file}: "when" must be YYYY-MM-DD, YYYY-MM or pre-war.`;
  if (!Number.isInteger(o.people) || (o.people as number) <= 0) return `${file}: "people" must be a positive whole number.`;
  if (typeof o.approximate !== 'boolean') return `${file}: "approximate" must be true or false.`;
  const s = o.scope as Record<string, unknown> | null;
  const scopeOk =
    typeof s === 'object' &&
    s !== null &&
    ((s.kind === 'ukrainian-held' && typeof s.iso === 'string' && /^UA-\d\d$/.test(s.iso)) ||
      (s.kind === 'places' && Array.isArray(s.geonameids) && s.geonameids.length > 0 && s.geonameids.every((x) => Number.isInteger(x))));
  if (!scopeOk) return `${file}: "scope" must be {"kind": "ukrainian-held", "iso": "UA-…"} or {"kind": "places", "geonameids": […]}.`;
  if (!Array.isArray(o.citations) || o.citations.length === 0) return `${file}: at least one citation is required.`;
  for (const c of o.citations as unknown[]) {
    const cc = c as Record<string, unknown>;
    if (typeof cc?.source !== 'string' || typeof cc?.title !== 'string') return `${file}: each citation needs "source" and "title".`;
  }
  return null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-08-01' → '1 Aug 2025', '2025-08' → 'Aug 2025', 'pre-war' → 'before the war'. */
export function estimateWhen(when: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(when);
  if (!m) return when === 'pre-war' ? 'before the war' : when;
  const month = `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return m[3] ? `${Number(m[3])} ${month}` : month;
}
