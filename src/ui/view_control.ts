import type { IControl } from 'maplibre-gl';
import type { CompareMode } from '../state/state';
import { el } from './dom';
import { msg } from '../text/i18n';

/** 'mix': the opening mix (the line now and what the proposal would move); 'now', 'after': the presets; or a comparison. */
export type ViewChoice = 'mix' | 'now' | 'after' | Exclude<CompareMode, 'off'>;

/**
 * Before/after switcher: "Changes" (the opening mix, checked on first load), "Now" and "After"
 * set the overlays; "Swipe" and "Side by side" open the comparison. A radio group, so it is
 * keyboard-operable with the arrow keys.
 */
export class ViewControl implements IControl {
  private container: HTMLElement | undefined;
  private inputs = new Map<ViewChoice, HTMLInputElement>();
  constructor(private readonly onChoose: (v: ViewChoice) => void) {}

  onAdd(): HTMLElement {
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group swapmap-view' });
    const fs = el('fieldset');
    const t = msg().page.view;
    fs.append(el('legend', { textContent: t.legend }));
    const choices: [ViewChoice, string][] = [
      ['mix', t.mix],
      ['now', t.now],
      ['after', t.after],
      ['swipe', t.swipe],
      ['side', t.side],
    ];
    for (const [v, text] of choices) {
      const id = `view-${v}`;
      const input = el('input', { type: 'radio', name: 'swapmap-view', id, value: v });
      input.addEventListener('change', () => input.checked && this.onChoose(v));
      // Each radio with its label, so that a wrapping row never parts them.
      const choice = el('span', { className: 'choice' });
      choice.append(input, el('label', { htmlFor: id, textContent: text }));
      fs.append(choice);
      this.inputs.set(v, input);
    }
    root.append(fs);
    this.container = root;
    return root;
  }

  onRemove(): void {
    this.container?.remove();
  }

  /** Check the radio matching the state (none when the overlays are a custom mix). */
  sync(v: ViewChoice | null): void {
    for (const [k, input] of this.inputs) input.checked = k === v;
  }
}
