import type { IControl } from 'maplibre-gl';
import type { CompareMode } from '../state/state';

export type ViewChoice = 'now' | 'after' | CompareMode;

/**
 * Before/after switcher: "Now" and "After" set the overlays; "Swipe" and "Side by side" open
 * the comparison. A radio group, so it is keyboard-operable with the arrow keys.
 */
export class ViewControl implements IControl {
  private container: HTMLElement | undefined;
  private inputs = new Map<ViewChoice, HTMLInputElement>();
  constructor(private readonly onChoose: (v: ViewChoice) => void) {}

  onAdd(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group swapmap-view';
    const fs = document.createElement('fieldset');
    const lg = document.createElement('legend');
    lg.textContent = 'Before / after';
    fs.append(lg);
    const choices: [ViewChoice, string][] = [
      ['now', 'Now'],
      ['after', 'After'],
      ['swipe', 'Swipe'],
      ['side', 'Side by side'],
    ];
    for (const [v, text] of choices) {
      const id = `view-${v}`;
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'swapmap-view';
      input.id = id;
      input.value = v;
      input.addEventListener('change', () => input.checked && this.onChoose(v));
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = text;
      fs.append(input, label);
      this.inputs.set(v, input);
    }
    el.append(fs);
    this.container = el;
    return el;
  }

  onRemove(): void {
    this.container?.remove();
  }

  /** Check the radio matching the state (none when the overlays are a custom mix). */
  sync(v: ViewChoice | null): void {
    for (const [k, input] of this.inputs) input.checked = k === v;
  }
}
