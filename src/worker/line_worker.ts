/**
 * The line worker: reads a reader's files and derives everything that follows from a line, off
 * the page's main thread (issue #14: a 4 MB file froze the page for up to a minute). The same
 * reader and geometry as the CLI. One request at a time; the page cancels by terminating it.
 */
import type { Scenario } from '../data/scenario';
import type { OblastCollection } from '../data/types';
import { deriveLine } from '../geometry/derive';
import { countPeople } from '../geometry/people';
import type { Place } from '../data/places';
import { lineChange } from '../geometry/change';
import { simplifyForDrawing } from '../geometry/simplify';
import { assembleLine } from '../read/assemble';
import { isError, outsideMessage } from '../read/errors';
import { defaultCounting, readLineFiles, repairText, type LineRead } from '../read/index';
import { contentHash } from './hash';
import type { Phase, Request, Response, SeriesPoint } from './protocol';
import type { Counted } from '../read/formats';
import { msg, setCatalogue, setLang } from '../text/i18n';
import { uk } from '../text/messages/uk';

// The worker writes its messages in the page's language (given with `init`); its bundle holds
// both catalogues (it is not part of the first visit).
setCatalogue('uk', uk);

let oblasts: OblastCollection | null = null;
let scenarios: Scenario[] = [];
/** The places whose people the timeline counts (the series worker is given them). */
let places: Place[] | null = null;
/** The last files read, by content hash: stepping through the dates of a file reads it once. */
let last: { hash: string; read: LineRead } | null = null;

const post = (m: Response) => (self as unknown as Worker).postMessage(m);

/** Progress is posted at most every 50 ms: enough for a bar, not a flood of messages. */
function progressFor(id: number) {
  let last = 0;
  let phaseAt = performance.now();
  let current: Phase | null = null;
  /** Milliseconds spent in each phase (the bench reads them). */
  const phases: Partial<Record<Phase, number>> = {};
  const report = (phase: Phase, fraction: number) => {
    const now = performance.now();
    if (phase !== current) {
      if (current) phases[current] = Math.round((phases[current] ?? 0) + now - phaseAt);
      current = phase;
      phaseAt = now;
    }
    if (now - last < 50 && fraction > 0) return;
    last = now;
    post({ type: 'progress', id, phase, fraction });
  };
  const done = () => {
    if (current) phases[current] = Math.round((phases[current] ?? 0) + performance.now() - phaseAt);
    current = null;
    return phases;
  };
  return Object.assign(report, { done });
}

self.onmessage = (e: MessageEvent<Request>) => {
  const req = e.data;
  if (req.type === 'init') {
    oblasts = req.oblasts;
    scenarios = req.scenarios;
    places = req.places ?? null;
    setLang(req.lang ?? 'en');
    return;
  }
  const t0 = performance.now();
  try {
    if (!oblasts) throw new Error('the worker was not given the oblasts');
    const progress = progressFor(req.id);
    if (req.type === 'change') {
      const change = lineChange(oblasts, req.from, req.to, req.fromDate, req.toDate);
      post({ type: 'changed', id: req.id, change, ms: Math.round(performance.now() - t0) });
      return;
    }
    if (req.type === 'derive') {
      const derived = deriveLine(oblasts, scenarios, req.line, progress);
      if (!derived) post({ type: 'error', id: req.id, code: 'outside', error: msg().read.worker.lineOutside });
      else post({ type: 'derived', id: req.id, derived, ms: Math.round(performance.now() - t0) });
      return;
    }
    const files = req.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
    // The same files again (another date, another count): the last read is kept, not redone.
    const hash = contentHash(files);
    const read = last?.hash === hash ? last.read : readLineFiles(files, progress);
    const t1 = performance.now();
    if (isError(read)) return post({ type: 'error', id: req.id, code: read.code, error: read.error });
    last = { hash, read };
    if (req.type === 'series') return post({ type: 'series', id: req.id, series: series(read, req.counting, req.id), ms: Math.round(performance.now() - t0) });
    const counting = { ...defaultCounting(read), ...(req.counting ?? {}) };
    const assembled = assembleLine(read, counting, req.date);
    const t2 = performance.now();
    if (isError(assembled)) return post({ type: 'error', id: req.id, code: assembled.code, error: assembled.error });
    const full = deriveLine(oblasts, scenarios, assembled.line, progress);
    // The figures are those of the full geometry; the map gets a lighter one to draw.
    const derived = full && simplifyForDrawing(full);
    const t3 = performance.now();
    if (!derived) {
      return post({ type: 'error', id: req.id, code: 'outside', error: outsideMessage(files.map((f) => f.name)) });
    }
    post({
      type: 'loaded',
      id: req.id,
      summary: {
        files: read.files,
        categories: read.categories,
        counting,
        dates: read.dates,
        date: assembled.date,
        source: assembled.source,
        description: assembled.description,
        ignored: read.ignored,
        repairs: repairText(read.repairs),
        hash,
        vertices: read.vertices,
        ms: Math.round(performance.now() - t0),
        steps: { read: Math.round(t1 - t0), assemble: Math.round(t2 - t1), derive: Math.round(t3 - t2), ...progress.done() },
      },
      derived,
    });
  } catch (err) {
    post({ type: 'error', id: req.id, code: 'internal', error: msg().read.worker.failed((err as Error).message) });
  }
};

/**
 * Every date's figures, for every scenario: the line of each date assembled and derived in turn
 * (only the numbers are kept, not the geometry, so memory stays that of one date).
 */
function series(read: LineRead, counting: Record<string, Counted>, id: number): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  const counts = { ...defaultCounting(read), ...counting };
  read.dates.forEach((date, i) => {
    post({ type: 'progress', id, phase: 'computing', fraction: i / read.dates.length });
    const a = assembleLine(read, counts, date);
    const d = isError(a) ? null : deriveLine(oblasts!, scenarios, a.line);
    const totals: SeriesPoint['totals'] = {};
    const oblastsOf: SeriesPoint['oblasts'] = {};
    const people: NonNullable<SeriesPoint['people']> = {};
    for (const [sid, r] of d?.results ?? []) {
      totals[sid] = r.totals;
      oblastsOf[sid] = r.oblasts;
      if (places) people[sid] = countPeople(oblasts!, d!.line, r, places).parts.map((p) => ({ iso: p.iso, part: p.part, people: p.people, places: p.places }));
    }
    out.push({ date, totals, oblasts: oblastsOf, ...(places ? { people } : {}) });
  });
  return out;
}
