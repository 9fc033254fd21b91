import type { IControl, Map as MlMap } from 'maplibre-gl';
import { parseLine } from '../data/line';
import type { LineCollection } from '../data/types';
import { MAX_GEOJSON_BYTES } from '../data/validate';
import { el } from './dom';

/**
 * "Load a line": read a GeoJSON file of the Russian-controlled area (the project's own, or an
 * export from another source) from a file picker or a drop on the map. Bad files get a clear
 * message and change nothing; the control holds no geometry code beyond validation.
 */
export class LineFileControl implements IControl {
  private container: HTMLElement | undefined;
  private dropTarget: HTMLElement | undefined;

  constructor(
    private readonly onLine: (line: LineCollection, fileName: string) => string | null,
    private readonly say: (message: string, kind: 'error' | 'info') => void,
  ) {}

  onAdd(map: MlMap): HTMLElement {
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group swapmap-file' });
    const input = el('input', {
      type: 'file',
      accept: '.geojson,.json,application/geo+json,application/json',
      id: 'line-file',
      className: 'visually-hidden',
    });
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) void this.read(f);
      input.value = '';
    });
    const label = el('label', {
      htmlFor: 'line-file',
      className: 'swapmap-file-button',
      textContent: 'Load a line (GeoJSON)…',
      title: 'Load the Russian-controlled area from a GeoJSON file (or drop one on the map)',
    });
    // A label is not focusable: let the input take focus and show it on the label.
    root.append(input, label);
    const target = map.getContainer();
    target.addEventListener('dragover', this.onDragOver);
    target.addEventListener('drop', this.onDrop);
    this.dropTarget = target;
    this.container = root;
    return root;
  }

  onRemove(): void {
    this.dropTarget?.removeEventListener('dragover', this.onDragOver);
    this.dropTarget?.removeEventListener('drop', this.onDrop);
    this.container?.remove();
  }

  private readonly onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent) => {
    const f = e.dataTransfer?.files?.[0];
    if (!f) return;
    e.preventDefault();
    void this.read(f);
  };

  /** Read, check and hand over one file. */
  async read(file: File): Promise<void> {
    const name = file.name.slice(0, 80);
    if (file.size > MAX_GEOJSON_BYTES) {
      this.say(`“${name}” is ${(file.size / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_GEOJSON_BYTES / 1024 / 1024} MB. The map keeps its current line.`, 'error');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.say(`“${name}” could not be read (${(e as Error).message}). The map keeps its current line.`, 'error');
      return;
    }
    const parsed = parseLine(text, `“${name}”`);
    if (!parsed.ok) {
      this.say(`${parsed.error} The map keeps its current line.`, 'error');
      return;
    }
    const problem = this.onLine(parsed.value, name);
    if (problem) this.say(`${problem} The map keeps its current line.`, 'error');
    else this.say(`Line loaded from “${name}”: figures and layers now use it.${parsed.warnings.length ? ' ' + parsed.warnings.join(' ') : ''}`, 'info');
  }
}

/** A message line over the map (role=alert for errors, status for news). */
export function messenger(host: HTMLElement): (message: string, kind: 'error' | 'info') => void {
  const box = el('div', { className: 'swapmap-message', hidden: true });
  const text = el('span');
  const close = el('button', { type: 'button', textContent: '×' });
  close.setAttribute('aria-label', 'Dismiss message');
  close.addEventListener('click', () => (box.hidden = true));
  box.append(text, close);
  host.append(box);
  return (message, kind) => {
    text.textContent = message;
    box.dataset.kind = kind;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.hidden = false;
  };
}
