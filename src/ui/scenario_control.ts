import type { IControl } from 'maplibre-gl';
import type { Scenario } from '../data/scenario';
import { el } from './dom';
import { msg } from '../text/i18n';

/** A labelled <select> of the scenarios. Reports the chosen id; holds no other state. */
export class ScenarioControl implements IControl {
  private container: HTMLElement | undefined;
  private select: HTMLSelectElement | undefined;
  constructor(
    private readonly scenarios: readonly Scenario[],
    private readonly onChange: (id: string) => void,
  ) {}

  onAdd(): HTMLElement {
    const root = el('div', { className: 'maplibregl-ctrl maplibregl-ctrl-group swapmap-scenario' });
    const label = el('label', { htmlFor: 'scenario-select', textContent: msg().page.scenario });
    const select = el('select', { id: 'scenario-select' });
    for (const s of this.scenarios) select.append(el('option', { value: s.id, textContent: s.title }));
    select.addEventListener('change', () => this.onChange(select.value));
    root.append(label, select);
    this.container = root;
    this.select = select;
    return root;
  }

  onRemove(): void {
    this.container?.remove();
  }

  sync(id: string): void {
    if (this.select) this.select.value = id;
  }
}
