import type { IControl, Map as MlMap } from 'maplibre-gl';
import type { Counted } from '../read/formats';
import type { LoadSummary, Phase } from '../worker/protocol';
import { el } from './dom';
import { shortDate } from '../data/dates';
import { msg, num, plural, type Plural } from '../text/i18n';

/** One line the reader can choose: a built-in one, or one loaded from files in this session. */
export interface LineChoice {
  id: string;
  label: string;
}

export interface LineControlHandlers {
  /** A line was chosen in the list. */
  pick(id: string): void;
  /** Files were chosen or dropped: loaded together, as one line. */
  files(files: File[]): void;
  /** Cancel pressed while a line is computed. */
  cancel(): void;
  /** A status of the loaded files was set to count otherwise. */
  count(key: string, counted: Counted): void;
  /** Another date of the loaded files was chosen. */
  date(date: string): void;
  /** A line to compare the shown one with was chosen ('' for none). */
  compare(id: string): void;
  /** The reader typed the date of an undated file's line. */
  typedDate(date: string): void;
}

/** Milliseconds a date stays on the map while the dates play, once it is drawn. */
export const PLAY_STEP_MS = 900;

/** What the worker is doing, in the current language. */
const phaseText = (p: Phase): string => msg().line.phase[p];

/** How a status counts, in the current language. */
const countedLabel = (c: Counted): string => msg().line.counted[c];

/** Accepted file types of the picker (what the reader reads). */
const ACCEPT = '.geojson,.json,.topojson,.kml,.kmz,.gz,.zip,application/geo+json,application/json,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz';

/**
 * The line panel: which line the map and the figures use (a list of the built-in lines and of the
 * files loaded in this session), "Load a line file…" (or files dropped on the map), the progress
 * of a load with Cancel, and, for a loaded file, what was read and how each status counts. Thin:
 * it reports choices; the app computes and tells it what to show.
 */
export class LineControl implements IControl {
  private root: HTMLElement | undefined;
  private select!: HTMLSelectElement;
  private progressBox!: HTMLElement;
  private progressBar!: HTMLProgressElement;
  private phaseText!: HTMLElement;
  private readBox!: HTMLDetailsElement;
  private readText!: HTMLElement;
  private statusList!: HTMLElement;
  private dateRow!: HTMLElement;
  private dateInput!: HTMLInputElement;
  private dateText!: HTMLOutputElement;
  private dates: string[] = [];
  private playButton!: HTMLButtonElement;
  private playing = false;
  private playTimer: ReturnType<typeof setTimeout> | undefined;
  private compareRow!: HTMLElement;
  private compareSelect!: HTMLSelectElement;
  private typedRow!: HTMLElement;
  private typedInput!: HTMLInputElement;
  private dropTarget: HTMLElement | undefined;

  constructor(private readonly on: LineControlHandlers) {}

  onAdd(map: MlMap): HTMLElement {
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group swapmap-line' });
    const pickRow = el('div', { className: 'swapmap-line-pick' });
    const t = msg().line;
    const label = el('label', { htmlFor: 'line-select', textContent: t.label });
    this.select = el('select', { id: 'line-select' });
    this.select.addEventListener('change', () => this.on.pick(this.select.value));
    pickRow.append(label, this.select);

    const input = el('input', { type: 'file', id: 'line-file', multiple: true, accept: ACCEPT, className: 'visually-hidden' });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      if (files.length) this.on.files(files);
    });
    const button = el('label', {
      htmlFor: 'line-file',
      className: 'swapmap-file-button',
      textContent: t.load,
      title: t.loadTitle,
    });
    const fileRow = el('div', { className: 'swapmap-file' });
    fileRow.append(input, button);

    this.progressBox = el('div', { className: 'swapmap-line-progress', hidden: true });
    this.progressBox.setAttribute('role', 'status');
    this.progressBar = el('progress', { max: 1, value: 0 });
    this.progressBar.setAttribute('aria-label', t.progress);
    this.phaseText = el('span', { className: 'phase' });
    const cancel = el('button', { type: 'button', textContent: t.cancel, className: 'swapmap-line-cancel' });
    cancel.addEventListener('click', () => this.on.cancel());
    this.progressBox.append(this.phaseText, this.progressBar, cancel);

    // The dates of a multi-date file: a slider (arrow keys step a date), the date written beside it.
    this.dateRow = el('div', { className: 'swapmap-line-date', hidden: true });
    this.dateInput = el('input', { type: 'range', id: 'line-date', min: '0', step: '1' });
    this.dateText = el('output');
    this.dateText.setAttribute('for', 'line-date');
    this.dateInput.addEventListener('input', () => (this.dateText.value = shortDate(this.dates[Number(this.dateInput.value)] ?? '')));
    this.dateInput.addEventListener('change', () => {
      const d = this.dates[Number(this.dateInput.value)];
      if (d) this.on.date(d);
    });
    // Play steps through the dates, each shown for a moment once drawn; the slider or Pause stops it.
    this.playButton = el('button', { type: 'button', className: 'swapmap-play', textContent: '▶' });
    this.playButton.setAttribute('aria-label', t.play);
    this.playButton.addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    this.dateInput.addEventListener('pointerdown', () => this.pause());
    this.dateInput.addEventListener('keydown', () => this.pause());
    this.dateRow.append(el('label', { htmlFor: 'line-date', textContent: t.date }), this.dateInput, this.dateText, this.playButton);

    // Compare two dates: the shown line against another one (a built-in line or another date).
    this.compareRow = el('div', { className: 'swapmap-line-vs' });
    this.compareSelect = el('select', { id: 'line-vs' });
    this.compareSelect.addEventListener('change', () => this.on.compare(this.compareSelect.value));
    this.compareRow.append(el('label', { htmlFor: 'line-vs', textContent: t.compareWith }), this.compareSelect);

    this.readBox = el('details', { className: 'swapmap-line-read', hidden: true });
    this.readBox.append(el('summary', { textContent: t.holds }));
    this.readText = el('p', { className: 'desc' });
    this.statusList = el('div', { className: 'statuses' });
    // A file that says nothing of its date: the reader may say it (the line's date everywhere).
    this.typedRow = el('div', { className: 'swapmap-line-typed', hidden: true });
    this.typedInput = el('input', { type: 'date', id: 'line-typed-date', min: '2014-01-01', max: '2100-12-31' });
    this.typedInput.addEventListener('change', () => /^\d{4}-\d{2}-\d{2}$/.test(this.typedInput.value) && this.on.typedDate(this.typedInput.value));
    this.typedRow.append(el('label', { htmlFor: 'line-typed-date', textContent: t.typedDate }), this.typedInput);
    this.readBox.append(this.readText, this.typedRow, this.statusList);

    root.append(pickRow, this.dateRow, this.compareRow, fileRow, this.progressBox, this.readBox);
    const target = map.getContainer();
    target.addEventListener('dragover', this.onDragOver);
    target.addEventListener('drop', this.onDrop);
    this.dropTarget = target;
    this.root = root;
    return root;
  }

  onRemove(): void {
    this.dropTarget?.removeEventListener('dragover', this.onDragOver);
    this.dropTarget?.removeEventListener('drop', this.onDrop);
    this.root?.remove();
  }

  private readonly onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    e.preventDefault();
    this.on.files(files);
  };

  /** Hide the panel (side by side on a narrow map) or show it again. */
  setHidden(hidden: boolean): void {
    if (this.root) this.root.hidden = hidden;
  }

  /** The lines to choose from, and the one shown. */
  setChoices(choices: readonly LineChoice[], current: string): void {
    this.select.replaceChildren(...choices.map((c) => el('option', { value: c.id, textContent: c.label })));
    this.select.value = current;
  }

  /** The lines the shown one can be compared with, and the one chosen ('' for none). */
  setCompareChoices(choices: readonly LineChoice[], current: string): void {
    this.compareSelect.replaceChildren(el('option', { value: '', textContent: msg().line.noOtherDate }), ...choices.map((c) => el('option', { value: c.id, textContent: c.label })));
    this.compareSelect.value = choices.some((c) => c.id === current) ? current : '';
    this.compareRow.hidden = choices.length === 0;
  }

  /** Start stepping through the dates from the one shown (from the first, at the last). */
  play(): void {
    if (this.dates.length < 2) return;
    this.playing = true;
    this.playButton.textContent = '⏸';
    this.playButton.setAttribute('aria-label', msg().line.pause);
    const i = Number(this.dateInput.value);
    this.step(i >= this.dates.length - 1 ? 0 : i + 1);
  }

  /** Stop stepping through the dates. */
  pause(): void {
    clearTimeout(this.playTimer);
    if (!this.playing) return;
    this.playing = false;
    this.playButton.textContent = '▶';
    this.playButton.setAttribute('aria-label', msg().line.play);
  }

  private step(i: number): void {
    const d = this.dates[i];
    if (!d) return this.pause();
    this.on.date(d);
  }

  /** Show how far a computation got; `null` hides the progress. */
  progress(p: { phase: Phase; fraction: number } | null): void {
    this.progressBox.hidden = p === null;
    if (!p) return;
    this.phaseText.textContent = `${phaseText(p.phase)}…`;
    this.progressBar.value = Math.max(0, Math.min(1, p.fraction));
  }

  /**
   * What the loaded files hold and how each status counts, and the date shown of their dates;
   * `null` for a built-in line.
   */
  showRead(summary: LoadSummary | null, date = ''): void {
    this.readBox.hidden = summary === null;
    this.dates = summary?.dates ?? [];
    this.dateRow.hidden = this.dates.length < 2;
    if (this.dates.length > 1) {
      const i = Math.max(0, this.dates.indexOf(date));
      this.dateInput.max = String(this.dates.length - 1);
      this.dateInput.value = String(i);
      this.dateText.value = shortDate(this.dates[i]!);
      this.dateInput.setAttribute('aria-valuetext', shortDate(this.dates[i]!));
      // Playing: the next date once this one is shown (each step waits for its line to be drawn).
      if (this.playing) {
        clearTimeout(this.playTimer);
        this.playTimer = i >= this.dates.length - 1 ? setTimeout(() => this.pause(), 0) : setTimeout(() => this.playing && this.step(i + 1), PLAY_STEP_MS);
      }
    } else this.pause();
    this.typedRow.hidden = !summary || summary.dates.length > 0 || !!summary.date;
    this.typedInput.value = date;
    if (!summary) return;
    // The categories are listed below with their counts; the text says the rest.
    const t = msg().line;
    const formats = [...new Set(summary.files.map((f) => `${f.formatLabel} (${f.syntax})`))].join(' + ');
    const dated =
      summary.dates.length > 1
        ? t.datesSpan(plural(summary.dates.length, msg().dates.count), shortDate(summary.dates[0]!), shortDate(summary.dates[summary.dates.length - 1]!))
        : summary.date
          ? t.dated(shortDate(summary.date))
          : msg().common.undated;
    const n = (k: number, forms: Plural) => (k ? [plural(k, forms)] : []);
    const left = [...n(summary.ignored.points, t.points), ...n(summary.ignored.lines, t.lines), ...n(summary.ignored.empty, t.empty)];
    this.readText.textContent = [t.read(formats, dated), left.length ? t.leftOut(left.join(', ')) : '', summary.repairs].filter(Boolean).join(' ');
    const rows = summary.categories.map((c) => {
      const id = `count-${c.key.replace(/[^a-z0-9]+/gi, '-')}`;
      const row = el('div', { className: 'status-row' });
      const select = el('select', { id });
      for (const k of ['russian', 'contested', 'ignored'] as const) select.append(el('option', { value: k, textContent: countedLabel(k) }));
      select.value = summary.counting[c.key] ?? c.counted;
      select.dataset.category = c.key;
      select.addEventListener('change', () => this.on.count(c.key, select.value as Counted));
      const label = el('label', { htmlFor: id, textContent: `${c.label} (${num(c.count)})` });
      row.append(label, select);
      return row;
    });
    this.statusList.replaceChildren(...rows);
  }
}
