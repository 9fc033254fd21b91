/**
 * The typed messages between the page and its line worker. Every request carries an id; the
 * worker answers with progress messages and one result or error for that id. Cancelling is the
 * page's business: it terminates the worker (the work is synchronous) and starts a new one.
 */
import type { Scenario } from '../data/scenario';
import type { LineCollection, OblastCollection } from '../data/types';
import type { LineDerived } from '../geometry/derive';
import type { OblastFigures, SwapTotals } from '../geometry/swap';
import type { LineChange } from '../geometry/change';
import type { CategoryDef, Counted } from '../read/formats';
import type { FileSummary, LineRead } from '../read/index';
import type { Lang } from '../text/i18n';
import type { Place } from '../data/places';
import type { Part } from '../geometry/swap';

export interface FileData {
  name: string;
  bytes: ArrayBuffer;
}

export type Request =
  /** `lang`: the page's language, in which the worker writes its messages and descriptions. */
  | { type: 'init'; oblasts: OblastCollection; scenarios: Scenario[]; lang: Lang; places?: Place[] }
  /** Read files, count their statuses (the defaults unless `counting` is given), derive the line of `date` (default: the latest). */
  | { type: 'load'; id: number; files: FileData[]; counting?: Record<string, Counted>; date?: string }
  /** Derive a line the page already has (a built-in one). */
  | { type: 'derive'; id: number; line: LineCollection }
  /** The figures of every date of files (counted as given): the timeline. */
  | { type: 'series'; id: number; files: FileData[]; counting: Record<string, Counted> }
  /** What changed from one derived line to another (compare two dates). */
  | { type: 'change'; id: number; from: LineCollection; to: LineCollection; fromDate: string; toDate: string };

export type Phase = 'reading' | 'checking' | 'uniting' | 'clipping' | 'fitting' | 'computing';

/** What a load found, for the page to show and to offer choices on. */
export interface LoadSummary {
  files: FileSummary[];
  categories: (CategoryDef & { count: number })[];
  counting: Record<string, Counted>;
  dates: string[];
  date: string;
  source: string;
  description: string;
  /** Points, lines and empty features left out. */
  ignored: { points: number; lines: number; empty: number };
  /** The repairs made, as a sentence ('' when none). */
  repairs: string;
  /** Content hash of the files (hex), for the line's id in the link. */
  hash: string;
  vertices: number;
  /** Milliseconds spent reading and computing in the worker. */
  ms: number;
  /** The same, by step. */
  steps: { read: number; assemble: number; derive: number } & Partial<Record<Phase, number>>;
}

/** One date of a timeline: every scenario's totals on that date's line, and its figures per oblast (where something is held or moves). */
export interface SeriesPoint {
  date: string;
  totals: Record<string, SwapTotals>;
  oblasts: Record<string, OblastFigures[]>;
  /** The people of the towns in each part, per scenario (the timeline's CSV), when the worker was given the places. */
  people?: Record<string, { iso: string; part: Part; people: number; places: number }[]>;
}

export type Response =
  | { type: 'progress'; id: number; phase: Phase; fraction: number }
  | { type: 'loaded'; id: number; summary: LoadSummary; derived: LineDerived }
  | { type: 'derived'; id: number; derived: LineDerived; ms: number }
  | { type: 'series'; id: number; series: SeriesPoint[]; ms: number }
  | { type: 'changed'; id: number; change: LineChange; ms: number }
  | { type: 'error'; id: number; code: string; error: string };

export type { LineRead };
