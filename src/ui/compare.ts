import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { CompareMode } from '../state/state';
import { el } from './dom';

/**
 * Before/after comparison: a second map showing the proposal's result beside (side by side)
 * or over (swipe) the main map, cameras kept in step. Holds no geometry: it is given a style.
 */
export class CompareView {
  private after: MlMap | undefined;
  private wrap: HTMLElement | undefined;
  private slider: HTMLInputElement | undefined;
  private mode: CompareMode = 'off';
  private syncing = false;
  private readonly onMainMove = () => this.follow(this.main, this.after);
  private readonly onAfterMove = () => this.follow(this.after, this.main);

  constructor(
    private readonly main: MlMap,
    private readonly host: HTMLElement,
    private readonly afterStyle: () => StyleSpecification,
    private readonly labels: () => { before: string; after: string },
    private readonly setup: (m: MlMap) => void,
  ) {}

  /** Where the swipe divides the two maps, 0–1 from the left. */
  get split(): number {
    return Number(this.slider?.value ?? 50) / 100;
  }

  /** The second map, when one is shown (for export and tests). */
  get afterMap(): MlMap | undefined {
    return this.after;
  }

  setMode(mode: CompareMode): void {
    if (mode === this.mode) {
      this.relabel();
      return;
    }
    this.mode = mode;
    this.host.dataset.compare = mode;
    if (mode === 'off') {
      this.teardown();
      this.main.resize();
      return;
    }
    if (!this.after) this.build();
    this.applyMode();
  }

  /** Re-style the after map (scenario changed). */
  restyle(): void {
    this.after?.setStyle(this.afterStyle(), { diff: true });
    this.relabel();
  }

  private build(): void {
    const wrap = el('div', { className: 'compare-after' });
    const inner = el('div', { className: 'compare-after-map' });
    wrap.append(inner);
    const tagBefore = el('div', { className: 'compare-tag compare-tag-before' });
    const tagAfter = el('div', { className: 'compare-tag compare-tag-after' });
    const slider = el('input', { type: 'range', min: '0', max: '100', value: '50', className: 'compare-slider' });
    slider.setAttribute('aria-label', 'Swipe between now and after the proposal');
    slider.addEventListener('input', () => this.applyMode());
    this.host.append(wrap, tagBefore, tagAfter, slider);
    this.wrap = wrap;
    this.slider = slider;
    const c = this.main.getCenter();
    this.after = new MlMap({
      container: inner,
      style: this.afterStyle(),
      center: c,
      zoom: this.main.getZoom(),
      minZoom: this.main.getMinZoom(),
      maxZoom: this.main.getMaxZoom(),
      attributionControl: false,
      fadeDuration: 0,
      interactive: true,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.setup(this.after);
    this.main.on('move', this.onMainMove);
    this.after.on('move', this.onAfterMove);
    this.relabel();
  }

  private applyMode(): void {
    if (!this.wrap || !this.after) return;
    const pct = Number(this.slider?.value ?? 50);
    if (this.mode === 'swipe') {
      this.wrap.style.clipPath = `inset(0 0 0 ${pct}%)`;
      this.host.style.setProperty('--swipe', `${pct}%`);
    } else {
      this.wrap.style.clipPath = '';
    }
    this.main.resize();
    this.after.resize();
    this.follow(this.main, this.after);
  }

  private relabel(): void {
    const l = this.labels();
    const b = this.host.querySelector('.compare-tag-before');
    const a = this.host.querySelector('.compare-tag-after');
    if (b) b.textContent = l.before;
    if (a) a.textContent = l.after;
  }

  private follow(from: MlMap | undefined, to: MlMap | undefined): void {
    if (!from || !to || this.syncing) return;
    this.syncing = true;
    to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
    this.syncing = false;
  }

  private teardown(): void {
    this.main.off('move', this.onMainMove);
    this.after?.off('move', this.onAfterMove);
    this.after?.remove();
    this.after = undefined;
    for (const sel of ['.compare-after', '.compare-tag', '.compare-slider']) this.host.querySelectorAll(sel).forEach((e) => e.remove());
    this.wrap = undefined;
    this.slider = undefined;
  }
}
