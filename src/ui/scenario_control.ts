import type { IControl } from 'maplibre-gl';
import type { Scenario } from '../data/scenario';

/** A labelled <select> of the scenarios. Reports the chosen id; holds no other state. */
export class ScenarioControl implements IControl {
  private container: HTMLElement | undefined;
  private select: HTMLSelectElement | undefined;
  constructor(
    private readonly scenarios: readonly Scenario[],
    private readonly onChange: (id: string) => void,
  ) {}

  onAdd(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group swapmap-scenario';
    const label = document.createElement('label');
    label.htmlFor = 'scenario-select';
    label.textContent = 'Scenario';
    const select = document.createElement('select');
    select.id = 'scenario-select';
    for (const s of this.scenarios) {
      const o = document.createElement('option');
      o.value = s.id;
      o.textContent = s.title;
      select.append(o);
    }
    select.addEventListener('change', () => this.onChange(select.value));
    el.append(label, select);
    this.container = el;
    this.select = select;
    return el;
  }

  onRemove(): void {
    this.container?.remove();
  }

  sync(id: string): void {
    if (this.select) this.select.value = id;
  }
}
