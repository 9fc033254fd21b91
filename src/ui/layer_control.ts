import type { IControl, Map as MlMap } from 'maplibre-gl';
import type { Toggle } from '../state/state';

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

  constructor(
    private readonly title: string,
    private readonly items: LayerItem[],
    private readonly onChange: (toggle: Toggle, on: boolean) => void,
  ) {}

  onAdd(_map: MlMap): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group swapmap-layers';
    // A disclosure, so that on a phone the panel can fold away and leave the map visible.
    const details = document.createElement('details');
    details.open = window.matchMedia?.('(min-width: 700px)').matches ?? true;
    const summary = document.createElement('summary');
    summary.textContent = this.title;
    details.append(summary);
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'visually-hidden';
    legend.textContent = this.title;
    fs.append(legend);
    for (const item of this.items) {
      const id = `toggle-${item.toggle}`;
      const row = document.createElement('div');
      row.className = 'swapmap-layer-row';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = id;
      input.dataset.toggle = item.toggle;
      input.addEventListener('change', () => this.onChange(item.toggle, input.checked));
      const label = document.createElement('label');
      label.htmlFor = id;
      const sw = document.createElement('span');
      sw.className = 'swatch';
      sw.setAttribute('aria-hidden', 'true');
      Object.assign(sw.style, item.swatch);
      const text = document.createElement('span');
      text.textContent = item.label;
      label.append(sw, text);
      row.append(input, label);
      if (item.note) {
        const note = document.createElement('div');
        note.className = 'note';
        note.textContent = item.note;
        row.append(note);
      }
      fs.append(row);
      this.inputs.set(item.toggle, input);
    }
    details.append(fs);
    el.append(details);
    this.container = el;
    return el;
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

  /** Reflect the state's visible overlays in the checkboxes. */
  sync(visible: readonly Toggle[]): void {
    for (const [t, input] of this.inputs) input.checked = visible.includes(t);
  }
}
