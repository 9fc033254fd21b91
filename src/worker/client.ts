/**
 * The page's side of the line worker. One job at a time and the newest wins: a new request or
 * Cancel terminates the worker (its work is synchronous: terminating is the only way to stop it)
 * and the next request starts a fresh one. A job that runs past {@link WATCHDOG_MS} is stopped
 * the same way, with a message. The worker's script is loaded only when a line is first asked for.
 */
import type { Place } from '../data/places';
import type { Scenario } from '../data/scenario';
import type { LineCollection, OblastCollection } from '../data/types';
import type { LineDerived } from '../geometry/derive';
import type { LineChange } from '../geometry/change';
import type { Counted } from '../read/formats';
import { lang, msg, num } from '../text/i18n';
import type { FileData, LoadSummary, Phase, Request, Response, SeriesPoint } from './protocol';

/** A job still running after this long is stopped: 2 minutes, 10× the slowest budgeted file. */
export const WATCHDOG_MS = 120_000;

export type JobProgress = (phase: Phase, fraction: number) => void;

/** Why a job ended without a result: superseded by a newer one, cancelled, or failed (with a message). */
export class JobEnded extends Error {
  constructor(
    readonly reason: 'superseded' | 'cancelled' | 'failed',
    message: string,
    readonly code = reason as string,
  ) {
    super(message);
  }
}

interface Job {
  id: number;
  resolve: (r: Response) => void;
  reject: (e: JobEnded) => void;
  progress: JobProgress;
  timer: ReturnType<typeof setTimeout>;
}

export class LineWorkerClient {
  private worker: Worker | null = null;
  private job: Job | null = null;
  private nextId = 1;

  constructor(
    private readonly init: () => { oblasts: OblastCollection; scenarios: Scenario[]; places?: Place[] },
    private readonly spawn: () => Worker = () => new Worker(new URL('./line_worker.ts', import.meta.url), { type: 'module' }),
  ) {}

  /** Read files and derive their line (statuses counted as given, or by default). */
  async load(files: FileData[], onProgress: JobProgress, counting?: Record<string, Counted>, date?: string): Promise<{ summary: LoadSummary; derived: LineDerived }> {
    const r = await this.run((id) => ({ type: 'load', id, files, ...(counting ? { counting } : {}), ...(date ? { date } : {}) }), onProgress);
    if (r.type !== 'loaded') throw new JobEnded('failed', msg().read.worker.unexpected);
    return { summary: r.summary, derived: r.derived };
  }

  /** The figures of every date of files (the timeline). */
  async series(files: FileData[], counting: Record<string, Counted>, onProgress: JobProgress = () => {}): Promise<SeriesPoint[]> {
    const r = await this.run((id) => ({ type: 'series', id, files, counting }), onProgress);
    if (r.type !== 'series') throw new JobEnded('failed', msg().read.worker.unexpected);
    return r.series;
  }

  /** What changed from one derived line to another. */
  async change(from: LineCollection, to: LineCollection, fromDate: string, toDate: string): Promise<LineChange> {
    const r = await this.run((id) => ({ type: 'change', id, from, to, fromDate, toDate }), () => {});
    if (r.type !== 'changed') throw new JobEnded('failed', msg().read.worker.unexpected);
    return r.change;
  }

  /** Derive a line the page has (a built-in one). */
  async derive(line: LineCollection, onProgress: JobProgress = () => {}): Promise<LineDerived> {
    const r = await this.run((id) => ({ type: 'derive', id, line }), onProgress);
    if (r.type !== 'derived') throw new JobEnded('failed', msg().read.worker.unexpected);
    return r.derived;
  }

  /** Whether a job is running. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** Stop the running job, if any. */
  cancel(): void {
    this.stop(new JobEnded('cancelled', msg().read.worker.cancelled));
  }

  private stop(reason: JobEnded): void {
    const job = this.job;
    if (!job) return;
    this.job = null;
    clearTimeout(job.timer);
    this.worker?.terminate();
    this.worker = null;
    job.reject(reason);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.onmessage = (e: MessageEvent<Response>) => this.onMessage(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      this.stop(new JobEnded('failed', msg().read.worker.stopped(e.message || msg().read.worker.scriptError)));
    };
    const { oblasts, scenarios, places } = this.init();
    // The worker speaks the page's language: its refusals and descriptions are shown as they come.
    w.postMessage({ type: 'init', oblasts, scenarios, lang: lang(), ...(places ? { places } : {}) } satisfies Request);
    this.worker = w;
    return w;
  }

  private run(make: (id: number) => Request, progress: JobProgress): Promise<Response> {
    this.stop(new JobEnded('superseded', msg().read.worker.superseded));
    const id = this.nextId++;
    const req = make(id);
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new JobEnded('failed', msg().read.worker.timeout(num(WATCHDOG_MS / 1000)), 'timeout')), WATCHDOG_MS);
      this.job = { id, resolve, reject, progress, timer };
      const transfer = req.type === 'load' || req.type === 'series' ? req.files.map((f) => f.bytes) : [];
      this.ensureWorker().postMessage(req, transfer);
    });
  }

  private onMessage(m: Response): void {
    const job = this.job;
    if (!job || m.id !== job.id) return; // a late message of a stopped job
    if (m.type === 'progress') {
      job.progress(m.phase, m.fraction);
      return;
    }
    this.job = null;
    clearTimeout(job.timer);
    if (m.type === 'error') job.reject(new JobEnded('failed', m.error, m.code));
    else job.resolve(m);
  }
}
