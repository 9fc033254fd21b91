import type { IControl } from 'maplibre-gl';
import { el } from './dom';
import { msg } from '../text/i18n';

/**
 * One button, under the zoom buttons: back to the framing of the whole region (the seven
 * oblasts and Crimea). Reports the click; the app frames the map.
 */
export class HomeControl implements IControl {
  private container: HTMLElement | undefined;
  constructor(private readonly onHome: () => void) {}

  onAdd(): HTMLElement {
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group' });
    const button = el('button', { type: 'button', className: 'swapmap-home', title: msg().page.home });
    button.setAttribute('aria-label', msg().page.home);
    // A house, drawn inline: the UI font is Latin-only and has no ⌂.
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">' +
      '<path d="M10 3 2.5 9.5h2.2V17h4v-4.5h2.6V17h4V9.5h2.2z" fill="#333"/></svg>';
    button.addEventListener('click', () => this.onHome());
    root.append(button);
    this.container = root;
    return root;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }
}
