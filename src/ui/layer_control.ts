import type { IControl, Map as MlMap } from 'maplibre-gl';
import type { Toggle } from '../state/state';
import { el } from './dom';

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
 * changes; the caller shows or hides the layers and keeps the state.
 */
export class LayerControl implements IControl {
  private container: HTMLElement | undefined;
  private inputs = new Map<Toggle, HTMLInputElement>();
  private details: HTMLDetailsElement | undefined;
  /** Whether the panel was folded by {@link autoFold} and is still as it left it. */
  private folded = false;

  constructor(
    private readonly title: string,
    private readonly items: LayerItem[],
    private readonly onChange: (toggle: Toggle, on: boolean) => void,
  ) {}

  onAdd(_map: MlMap): HTMLElement {
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group swapmap-layers' });
    // A disclosure, so that on a phone the panel can fold away and leave the map visible.
    const details = el('details', { open: window.matchMedia?.('(min-width: 700px)').matches ?? true });
    details.append(el('summary', { textContent: this.title }));
    const fs = el('fieldset');
    fs.append(el('legend', { className: 'visually-hidden', textContent: this.title }));
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
      row.append(input, label);
      if (item.note) {
        row.append(el('div', { className: 'note', textContent: item.note }));
      }
      fs.append(row);
      this.inputs.set(item.toggle, input);
    }
    details.append(fs);
    details.addEventListener('toggle', () => {
      if (details.open) this.folded = false;
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
   * Fold the panel to leave room on a small map (`true`), or unfold it again (`false`) if it
   * was folded that way and the reader has not opened it since. A panel the reader folded
   * stays folded.
   */
  autoFold(fold: boolean): void {
    const d = this.details;
    if (!d) return;
    if (fold && d.open) {
      d.open = false;
      this.folded = true;
    } else if (!fold && this.folded) {
      d.open = true;
      this.folded = false;
    }
  }

  /** Show or hide a row (a layer that has nothing to show, e.g. the change between two dates when none is compared). */
  setRowHidden(toggle: Toggle, hidden: boolean): void {
    const row = this.inputs.get(toggle)?.parentElement;
    if (row) row.hidden = hidden;
  }

  /** Reflect the state's visible overlays in the checkboxes. */
  sync(visible: readonly Toggle[]): void {
    for (const [t, input] of this.inputs) input.checked = visible.includes(t);
  }
}
