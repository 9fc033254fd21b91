import type { IControl, Map as MlMap } from 'maplibre-gl';
import type { Toggle } from '../state/state';
import { el } from './dom';
import { msg } from '../text/i18n';

/** One row of the layer panel: a toggle with a swatch that matches the map. */
export interface LayerItem {
  toggle: Toggle;
  label: string;
  /** CSS for the swatch (background, border), taken from the theme. */
  swatch: Partial<CSSStyleDeclaration>;
  /** A short definition shown under the label. */
  note?: string;
}

/**
 * Layer panel and legend in one: each row is a labelled checkbox. The control only reports
 * changes; the caller shows or hides the layers and keeps the state. In a comparison it is the
 * one legend of both maps: the checkboxes are the Now map's layers, a mark in a second column
 * the After map's (issue #11).
 */
export class LayerControl implements IControl {
  private container: HTMLElement | undefined;
  private inputs = new Map<Toggle, HTMLInputElement>();
  private marks = new Map<Toggle, HTMLElement>();
  private details: HTMLDetailsElement | undefined;
  private fieldLegend: HTMLElement | undefined;
  /** The reader's own open/closed choice, kept while the panel is pinned open. */
  private readerOpen = true;
  private pinned = false;

  constructor(
    private readonly title: string,
    private readonly items: LayerItem[],
    private readonly onChange: (toggle: Toggle, on: boolean) => void,
  ) {}

  onAdd(_map: MlMap): HTMLElement {
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group swapmap-layers' });
    // A disclosure over the map, which the reader may fold; pinned open where the panel lies
    // beside or under the map (see ui/layout.ts), since it is the map's legend.
    const details = el('details', { open: true });
    details.append(el('summary', { textContent: this.title }));
    const fs = el('fieldset');
    this.fieldLegend = el('legend', { className: 'visually-hidden', textContent: this.title });
    fs.append(this.fieldLegend);
    // Column heads of a comparison: the checkboxes are the Now map's, the marks the After map's.
    const head = el('div', { className: 'swapmap-layer-head' });
    head.setAttribute('aria-hidden', 'true');
    head.append(el('span', { textContent: msg().page.layerNow }), el('span'), el('span', { textContent: msg().page.layerAfter }));
    fs.append(head);
    for (const item of this.items) {
      const id = `toggle-${item.toggle}`;
      const row = el('div', { className: 'swapmap-layer-row' });
      const input = el('input', { type: 'checkbox', id });
      input.dataset.toggle = item.toggle;
      input.addEventListener('change', () => this.onChange(item.toggle, input.checked));
      const label = el('label', { htmlFor: id });
      const sw = el('span', { className: 'swatch' });
      sw.setAttribute('aria-hidden', 'true');
      Object.assign(sw.style, item.swatch);
      const text = el('span', { textContent: item.label });
      label.append(sw, text);
      const mark = el('span', { className: 'after-mark', hidden: true });
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', msg().page.afterMark);
      row.dataset.toggle = item.toggle;
      row.append(input, label, mark);
      this.marks.set(item.toggle, mark);
      if (item.note) {
        row.append(el('div', { className: 'note', textContent: item.note }));
      }
      fs.append(row);
      this.inputs.set(item.toggle, input);
    }
    details.append(fs);
    details.addEventListener('toggle', () => {
      if (!this.pinned) this.readerOpen = details.open;
    });
    root.append(details);
    this.details = details;
    this.container = root;
    return root;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }

  /** Change a row's label and note (e.g. when another line is loaded). */
  relabel(toggle: Toggle, label: string, note?: string): void {
    const input = this.inputs.get(toggle);
    const row = input?.parentElement;
    const text = row?.querySelector('label span:not(.swatch)');
    if (text) text.textContent = label;
    const n = row?.querySelector('.note');
    if (n && note !== undefined) n.textContent = note;
  }

  /**
   * Pin the panel open (`true`: it lies beside or under the map, where it is the legend and has
   * room), or give it back its disclosure with the reader's own choice (`false`: over the map).
   */
  pin(pinned: boolean): void {
    const d = this.details;
    if (!d || pinned === this.pinned) return;
    this.pinned = pinned;
    d.open = pinned || this.readerOpen;
    this.container?.classList.toggle('pinned', pinned);
  }

  /** Show or hide a row (a layer that has nothing to show, e.g. the change between two dates when none is compared). */
  setRowHidden(toggle: Toggle, hidden: boolean): void {
    const row = this.inputs.get(toggle)?.parentElement;
    if (row) row.hidden = hidden;
  }

  /**
   * Reflect the state's visible overlays in the checkboxes, and in a comparison (`after` given)
   * the After map's overlays in the marks. Each row says whether some map shows it
   * (`data-on`), for the compact key of the embed and of print, which lists only those.
   */
  sync(visible: readonly Toggle[], after: readonly Toggle[] | null = null): void {
    for (const [t, input] of this.inputs) {
      input.checked = visible.includes(t);
      const mark = this.marks.get(t);
      if (mark) mark.hidden = !after?.includes(t);
      const row = input.parentElement;
      if (row) row.dataset.on = String(visible.includes(t) || !!after?.includes(t));
    }
    if (this.container) this.container.dataset.compare = String(after !== null);
    if (this.fieldLegend) this.fieldLegend.textContent = after ? msg().page.layersCompared(this.title) : this.title;
  }
}
