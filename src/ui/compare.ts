import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { CompareMode, Toggle } from '../state/state';
import { el } from './dom';
import { msg } from '../text/i18n';

/** How a map's tag names each overlay: short, in the layer panel's words. */
function tagName(t: Toggle, lineDate: string): string {
  const c = msg().page.compare;
  return t === 'line' ? c.line(lineDate) : c[t];
}

/**
 * The tags over the two maps of a comparison: each says what its layers are (issue #11), the
 * After map's also which scenario, after its layers (a narrow tag cuts the end).
 */
export function mapTags(now: readonly Toggle[], after: readonly Toggle[], lineDate: string, scenarioTitle: string): { before: string; after: string } {
  const c = msg().page.compare;
  const names = (layers: readonly Toggle[]) => layers.map((t) => tagName(t, lineDate)).join(', ') || c.noLayers;
  return { before: c.now(names(now)), after: c.after(names(after), scenarioTitle) };
}

/**
 * Before/after comparison: a second map showing the proposal's result beside (side by side)
 * or over (swipe) the main map, cameras kept in step. Holds no geometry: it is given a style.
 * The swipe position is the app's state: the slider reports it, {@link setSplit} shows it.
 */
export class CompareView {
  private after: MlMap | undefined;
  private wrap: HTMLElement | undefined;
  private slider: HTMLInputElement | undefined;
  private mode: CompareMode = 'off';
  /** Where the swipe divides the maps, % of the width from the left (the state's `swipe`). */
  private pct = 50;
  private syncing = false;
  private readonly onMainMove = () => this.follow(this.main, this.after);
  private readonly onAfterMove = () => this.follow(this.after, this.main);

  constructor(
    private readonly main: MlMap,
    private readonly host: HTMLElement,
    private readonly afterStyle: () => StyleSpecification,
    private readonly labels: () => { before: string; after: string },
    private readonly setup: (m: MlMap) => void,
    private readonly onSplit: (pct: number) => void = () => {},
  ) {}

  /** Where the swipe divides the two maps, 0–1 from the left. */
  get split(): number {
    return this.pct / 100;
  }

  /** Show the swipe divided at `pct` % of the width from the left (from the state). */
  setSplit(pct: number): void {
    if (pct === this.pct) return;
    this.pct = pct;
    if (this.slider && Number(this.slider.value) !== pct) this.slider.value = String(pct);
    if (this.mode === 'swipe') this.clip();
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
      this.main.getCanvas().setAttribute('aria-label', msg().page.compare.map);
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
    const slider = el('input', { type: 'range', min: '0', max: '100', value: String(this.pct), className: 'compare-slider' });
    slider.setAttribute('aria-label', msg().page.compare.swipe);
    slider.addEventListener('input', () => this.onSplit(Number(slider.value)));
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
      locale: msg().page.maplibre,
    });
    this.setup(this.after);
    // Two canvases, two landmarks: each needs its own name (axe: landmark-unique).
    this.main.getCanvas().setAttribute('aria-label', msg().page.compare.mapNow);
    this.after.getCanvas().setAttribute('aria-label', msg().page.compare.mapAfter);
    this.main.on('move', this.onMainMove);
    this.after.on('move', this.onAfterMove);
    this.relabel();
  }

  /** Clip the After map to the right of the swipe (a paint of the page, not of the maps). */
  private clip(): void {
    if (!this.wrap) return;
    if (this.mode === 'swipe') {
      this.wrap.style.clipPath = `inset(0 0 0 ${this.pct}%)`;
      this.host.style.setProperty('--swipe', `${this.pct}%`);
    } else {
      this.wrap.style.clipPath = '';
    }
  }

  private applyMode(): void {
    if (!this.wrap || !this.after) return;
    this.clip();
    this.main.resize();
    this.after.resize();
    this.follow(this.main, this.after);
  }

  /** Write the tags again (the layers, the line or the scenario changed). */
  relabel(): void {
    const l = this.labels();
    const b = this.host.querySelector<HTMLElement>('.compare-tag-before');
    const a = this.host.querySelector<HTMLElement>('.compare-tag-after');
    // The whole text in a tooltip too: a narrow tag cuts it.
    if (b) b.textContent = b.title = l.before;
    if (a) a.textContent = a.title = l.after;
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
