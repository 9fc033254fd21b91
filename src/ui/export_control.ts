import type { IControl } from 'maplibre-gl';
import { csvSidecarName, exportFileName, figuresCsvSidecar, figuresTableCsv, scenarioGeoJson, type Provenance } from '../export/data_export';
import { MAX_TITLE_LENGTH } from '../export/layout';
import { defaultCreditUrl, MAX_CREDIT_URL_LENGTH } from '../export/credit';
import type { ExportOptions } from '../export/png';
import { gpuMaxSide } from '../export/render_map';
import { PRESETS, VIEW_SCALES } from '../export/sizes';
import type { AppContext } from './context';
import { msg } from '../text/i18n';
import { el, saveFile } from './dom';

const download = saveFile;

/**
 * Export and share: a button opening a small panel with the snapshot's title and size, PNG,
 * GeoJSON and CSV downloads, and a permalink. Reads the app context; computes nothing itself.
 */
export class ExportControl implements IControl {
  private container: HTMLElement | undefined;
  private titleEdited = false;
  private creditField: HTMLInputElement | undefined;

  constructor(
    private readonly ctx: AppContext,
    private readonly exportPng: (opts: ExportOptions) => ReturnType<NonNullable<AppContext['exportPng']>>,
  ) {}

  onAdd(): HTMLElement {
    const m = msg().exportUi;
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group swapmap-export' });
    const toggle = el('button', { type: 'button', id: 'export-toggle', className: 'swapmap-export-toggle', textContent: m.button });
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'export-panel');
    toggle.title = m.buttonTitle;
    const panel = el('div', { id: 'export-panel', className: 'swapmap-export-panel', hidden: true });
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', m.panel);

    const title = el('input', { type: 'text', id: 'export-title', maxLength: MAX_TITLE_LENGTH });
    title.addEventListener('input', () => (this.titleEdited = title.value.trim() !== ''));
    const size = el('select', { id: 'export-size' });
    // Where the credit sends a reader for the method: the page's About page unless the publisher
    // gives another address (their own copy, an article).
    const credit = el('input', { type: 'url', id: 'export-credit-url', maxLength: MAX_CREDIT_URL_LENGTH, placeholder: 'https://…/#about' });
    credit.value = defaultCreditUrl(location.href) ?? '';
    this.creditField = credit;
    const png = el('button', { type: 'button', id: 'export-png', textContent: m.png });
    const geojson = el('button', { type: 'button', id: 'export-geojson', textContent: 'GeoJSON' });
    const csv = el('button', { type: 'button', id: 'export-csv', textContent: 'CSV' });
    const copy = el('button', { type: 'button', id: 'export-copy-link', textContent: m.copy });
    const link = el('input', { type: 'text', id: 'export-link', readOnly: true });
    const status = el('p', { id: 'export-status', className: 'swapmap-export-status' });
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');

    const label = (forId: string, text: string) => el('label', { htmlFor: forId, textContent: text });
    const row = (...kids: HTMLElement[]) => {
      const d = el('div', { className: 'swapmap-export-row' });
      d.append(...kids);
      return d;
    };
    panel.append(
      label('export-title', m.title), title,
      label('export-size', m.size), size,
      label('export-credit-url', m.creditUrl), credit,
      row(png),
      el('div', { className: 'swapmap-export-sub', textContent: m.data }),
      row(geojson, csv),
      label('export-link', m.link), row(link, copy),
      status,
    );
    root.append(toggle, panel);

    const say = (text: string, error = false) => {
      status.textContent = text;
      status.classList.toggle('error', error);
    };
    const open = (show: boolean) => {
      panel.hidden = !show;
      toggle.setAttribute('aria-expanded', String(show));
      if (!show) return;
      if (!this.titleEdited) title.value = this.ctx.scenario().title;
      this.fillSizes(size);
      link.value = location.href;
      title.focus();
    };
    toggle.addEventListener('click', () => open(panel.hidden));
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !panel.hidden) {
        open(false);
        toggle.focus();
      }
    });

    // While an export runs the button stays focusable (disabling it would drop the focus) but idle.
    let busy = false;
    png.addEventListener('click', async () => {
      if (busy) return;
      const choice = size.value;
      const preset = PRESETS.find((p) => p.id === choice);
      const opts: ExportOptions = preset ? { size: { width: preset.width, height: preset.height }, scale: preset.scale } : { scale: Number(choice) || 1 };
      busy = true;
      png.setAttribute('aria-disabled', 'true');
      say(m.drawing);
      const r = await this.exportPng({ ...opts, title: title.value, creditUrl: this.methodUrl() });
      busy = false;
      png.removeAttribute('aria-disabled');
      if (!r.ok) {
        say(m.noImage(r.error ?? ''), true);
        return;
      }
      download(r.blob!, r.fileName);
      say(m.savedImage(r.fileName, r.width, r.height));
    });

    const provenance = (): Provenance => ({ scenario: this.ctx.scenario(), line: this.ctx.line, attribution: this.ctx.attribution });
    const result = () => this.ctx.results.get(this.ctx.scenario().id)!;
    geojson.addEventListener('click', () => {
      const name = exportFileName(this.ctx.scenario().id, this.ctx.line.date, 'geojson');
      download(new Blob([JSON.stringify(scenarioGeoJson(result(), provenance()))], { type: 'application/geo+json' }), name);
      say(m.saved(name));
    });
    // The table for spreadsheets, and beside it a JSON file of where its numbers come from and
    // what each column means (a CSV has no room for that without breaking spreadsheets).
    csv.addEventListener('click', () => {
      const id = this.ctx.scenario().id;
      const name = exportFileName(id, this.ctx.line.date, 'csv');
      const sidecar = csvSidecarName(name);
      download(new Blob([figuresTableCsv([{ date: this.ctx.line.date, result: result(), people: this.ctx.people?.() ?? null }], this.ctx.scenario())], { type: 'text/csv;charset=utf-8' }), name);
      download(new Blob([JSON.stringify(figuresCsvSidecar({ ...provenance(), methodUrl: this.methodUrl() ?? undefined }, name), null, 2)], { type: 'application/json' }), sidecar);
      say(m.savedCsv(name, sidecar));
    });

    copy.addEventListener('click', async () => {
      link.value = location.href;
      try {
        if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
        await navigator.clipboard.writeText(link.value);
        say(m.copied);
      } catch {
        // No clipboard (insecure origin, permission refused): select the link for Ctrl+C.
        link.focus();
        link.select();
        say(m.pressCopy);
      }
    });
    link.addEventListener('focus', () => link.select());

    this.container = root;
    return root;
  }

  /** The address of the method the publisher set (none when the field is empty). */
  private methodUrl(): string | null {
    return this.creditField?.value.trim() || null;
  }

  /** Offer 1×, 2× (and 4× when the GPU draws that large) of the current view, then the presets. */
  private fillSizes(select: HTMLSelectElement): void {
    const keep = select.value;
    const c = this.ctx.map.getContainer();
    const limit = gpuMaxSide(this.ctx);
    select.replaceChildren();
    // Side by side, the image holds both maps.
    const compare = this.ctx.state().compare;
    const both = compare === 'side' ? 2 : 1;
    const m = msg().exportUi;
    const what = compare === 'side' ? m.viewSide : compare === 'swipe' ? m.viewSwipe : m.viewMap;
    for (const s of VIEW_SCALES) {
      const w = c.clientWidth * s * both;
      const h = c.clientHeight * s;
      const o = el('option', { value: String(s), textContent: m.currentView(s, what, w, h) });
      if (Math.max(c.clientWidth * s, h) > limit) {
        o.disabled = true;
        o.textContent += m.overGpu(limit);
      }
      select.append(o);
    }
    for (const p of PRESETS) select.append(el('option', { value: p.id, textContent: m.presets[p.id] ?? p.label }));
    select.value = [...select.options].some((o) => o.value === keep && !o.disabled) ? keep : '1';
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }
}
