/** A version of the reported proposal, as a data file in geodata/scenarios/. */
import { lang, msg, type Lang } from '../text/i18n';

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

/**
 * A data file's texts in Ukrainian (issue #12): the title, description and citations (same
 * number and order as the English ones: outlets keep their names, dates are written in
 * Ukrainian) and the terms' notes by ISO code.
 */
export interface ScenarioUk {
  title: string;
  description: string;
  citations: { source: string; title: string }[];
  notes: Record<string, string>;
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
  /** The texts in Ukrainian: required of the bundled files. */
  uk?: ScenarioUk;
}

/** Whether a text is written in Cyrillic (holds a Cyrillic letter). */
export const isCyrillic = (s: string): boolean => /[\u0400-\u04FF]/.test(s);

/**
 * Why a file's `uk` block is not a complete translation of its citations (same number, each
 * with source and title, its title in Ukrainian), or null. Shared by scenarios and estimates.
 */
export function ukCitationsProblem(uk: Record<string, unknown>, citations: readonly unknown[], file: string): string | null {
  const c = uk.citations;
  const ok =
    Array.isArray(c) &&
    c.length === citations.length &&
    c.every((x) => typeof x?.source === 'string' && x.source && typeof x?.title === 'string' && isCyrillic(x.title));
  return ok ? null : msg().data.ukCitations(file, citations.length);
}

/** Check a parsed scenario file; returns a message naming the first problem, or null. */
export function scenarioProblem(s: unknown, file: string): string | null {
  const m = msg().data;
  if (typeof s !== 'object' || s === null) return m.notObject(file);
  const o = s as Record<string, unknown>;
  for (const k of ['id', 'title', 'reported', 'description'] as const) {
    if (typeof o[k] !== 'string' || (o[k] as string).length === 0) return m.nonEmpty(file, k);
  }
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(o.id as string)) return m.badId(file);
  if (!Array.isArray(o.citations) || o.citations.length === 0) return m.citationRequired(file);
  for (const c of o.citations as unknown[]) {
    const cc = c as Record<string, unknown>;
    if (typeof cc?.source !== 'string' || typeof cc?.title !== 'string') return m.citationFields(file);
  }
  if (typeof o.terms !== 'object' || o.terms === null) return m.termsObject(file);
  for (const [iso, t] of Object.entries(o.terms as Record<string, unknown>)) {
    if (!/^UA-\d\d$/.test(iso)) return m.termKey(file, iso);
    const tt = t as Record<string, unknown>;
    if (!ACTIONS.includes(tt?.action as Action)) return m.termAction(file, iso);
    if (tt.within !== undefined) {
      const w = tt.within;
      if (!Array.isArray(w) || w.length !== 4 || !w.every((x) => typeof x === 'number' && Number.isFinite(x)) || w[0] >= w[2] || w[1] >= w[3]) {
        return m.termWithin(file, iso);
      }
    }
  }
  // The texts in Ukrainian: every one the English has.
  const uk = o.uk as Record<string, unknown> | undefined;
  if (typeof uk !== 'object' || uk === null) return m.ukMissing(file);
  for (const k of ['title', 'description'] as const) {
    if (typeof uk[k] !== 'string' || !isCyrillic(uk[k] as string)) return m.ukField(file, k);
  }
  const cites = ukCitationsProblem(uk, o.citations as unknown[], file);
  if (cites) return cites;
  const notes = uk.notes as Record<string, unknown> | undefined;
  for (const [iso, t] of Object.entries(o.terms as Record<string, Term>)) {
    if (t.note !== undefined && (typeof notes?.[iso] !== 'string' || !isCyrillic(notes[iso] as string))) return m.ukNote(file, iso);
  }
  return null;
}

/**
 * A scenario with its texts in a language (the current one by default): in Ukrainian, its
 * title, description, citations (their addresses kept) and the terms' notes from its `uk`
 * block; its id, dates and terms as they are.
 */
export function localScenario(s: Scenario, l: Lang = lang()): Scenario {
  if (l !== 'uk' || !s.uk) return s;
  const uk = s.uk;
  return {
    ...s,
    title: uk.title,
    description: uk.description,
    citations: s.citations.map((c, i) => ({ ...c, ...uk.citations[i] })),
    terms: Object.fromEntries(Object.entries(s.terms).map(([iso, t]) => [iso, t.note !== undefined && uk.notes[iso] ? { ...t, note: uk.notes[iso] } : t])),
  };
}
