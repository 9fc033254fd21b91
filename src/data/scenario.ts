/** A version of the reported proposal, as a data file in geodata/scenarios/. */
export type Action = 'cede' | 'freeze' | 'return';
export const ACTIONS: readonly Action[] = ['cede', 'freeze', 'return'];

export interface Citation {
  /** Outlet and date, e.g. "Reuters, 16 Aug 2025". */
  source: string;
  title: string;
  url?: string;
}

export interface Term {
  action: Action;
  /**
   * Optional [west, south, east, north] box in degrees: the action applies only to the part of
   * the oblast's Russian-held (return) or Ukrainian-held (cede) area inside it; the rest is frozen.
   */
  within?: [number, number, number, number];
  /** What the press said about this oblast, in a few words. */
  note?: string;
}

export interface Scenario {
  id: string;
  title: string;
  /** Date the terms were reported (ISO). */
  reported: string;
  description: string;
  citations: Citation[];
  /** Terms by ISO 3166-2 code; oblasts not named keep the line as it is (freeze). */
  terms: Record<string, Term>;
  /** Default scenario of the app. */
  default?: boolean;
}

/** Check a parsed scenario file; returns a message naming the first problem, or null. */
export function scenarioProblem(s: unknown, file: string): string | null {
  if (typeof s !== 'object' || s === null) return `${file}: not an object.`;
  const o = s as Record<string, unknown>;
  for (const k of ['id', 'title', 'reported', 'description'] as const) {
    if (typeof o[k] !== 'string' || (o[k] as string).length === 0) return `${file}: "${k}" must be a non-empty string.`;
  }
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(o.id as string)) return `${file}: "id" must be lower-case letters, digits and dashes.`;
  if (!Array.isArray(o.citations) || o.citations.length === 0) return `${file}: at least one citation is required.`;
  for (const c of o.citations as unknown[]) {
    const cc = c as Record<string, unknown>;
    if (typeof cc?.source !== 'string' || typeof cc?.title !== 'string') return `${file}: each citation needs "source" and "title".`;
  }
  if (typeof o.terms !== 'object' || o.terms === null) return `${file}: "terms" must be an object keyed by ISO code.`;
  for (const [iso, t] of Object.entries(o.terms as Record<string, unknown>)) {
    if (!/^UA-\d\d$/.test(iso)) return `${file}: term key ${iso} is not an ISO 3166-2 code of Ukraine.`;
    const tt = t as Record<string, unknown>;
    if (!ACTIONS.includes(tt?.action as Action)) return `${file}: ${iso} action must be cede, freeze or return.`;
    if (tt.within !== undefined) {
      const w = tt.within;
      if (!Array.isArray(w) || w.length !== 4 || !w.every((x) => typeof x === 'number' && Number.isFinite(x)) || w[0] >= w[2] || w[1] >= w[3]) {
        return `${file}: ${iso} "within" must be [west, south, east, north].`;
      }
    }
  }
  return null;
}
